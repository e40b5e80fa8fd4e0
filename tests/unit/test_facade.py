"""Every operation through the typed facade and through `call()`, against respx."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
import respx

import trenz_async
from trenz_async import OPERATIONS, InvalidParameterError, OperationInfo, Task, TrenzClient

from .helpers import (
    API_KEY,
    BASE_URL,
    cheap_read,
    envelope,
    minimal_arguments,
    typed,
    warns_if_deprecated,
)

pytestmark = pytest.mark.anyio

OPERATION_IDS = sorted(OPERATIONS)


def _route(router: respx.Router, info: OperationInfo) -> respx.Route:
    pattern = (
        re.escape(BASE_URL) + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(info.path)) + r"(\?.*)?$"
    )
    return router.route(method=info.method, url__regex=pattern).respond(200, json=envelope(info))


def _check_request(info: OperationInfo, request: httpx.Request, arguments: dict[str, Any]) -> None:
    assert request.method == info.method
    path_values = {
        param.name: arguments[param.python_name]
        for param in info.params
        if param.location.value == "path"
    }
    assert request.url.path == info.path.format(**path_values)
    assert request.headers["X-API-Key"] == API_KEY
    for param in info.params:
        if param.python_name not in arguments:
            continue
        value = arguments[param.python_name]
        if param.location.value == "query":
            expected = str(value).lower() if isinstance(value, bool) else str(value)
            assert request.url.params[param.name] == expected
        elif param.location.value == "body":
            assert json.loads(request.content)[param.name] == value


def _check_result(info: OperationInfo, result: Any) -> None:
    if info.is_async:
        assert isinstance(result, Task)
        assert (result.id, result.operation_id) == ("job_1", info.operation_id)
    else:
        assert result.request_id == "req_1"
        assert result.usage.coin_cost == info.coin_cost


@pytest.mark.parametrize("via", ["facade", "call"])
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
async def test_every_operation_is_callable(operation_id: str, via: str) -> None:
    """client.<resource>.<method>(...) and client.call(id, ...) send the spec's method and path."""
    info = OPERATIONS[operation_id]
    arguments = minimal_arguments(info)
    with respx.mock(assert_all_called=True) as router:
        route = _route(router, info)
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL, rate_limit=None) as client:
            with warns_if_deprecated(info):
                if via == "facade":
                    method = getattr(getattr(client, info.resource), info.method_name)
                    result = await method(**arguments)
                else:
                    result = await client.call(operation_id, **arguments)
    _check_request(info, route.calls.last.request, arguments)
    _check_result(info, result)


async def test_call_rejects_an_unknown_operation_listing_valid_ids() -> None:
    """An unknown operation id fails before sending, naming the valid ids."""
    known = cheap_read()
    misspelt = known.operation_id + "s"
    async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(InvalidParameterError, match=re.escape(known.operation_id)):
            await client.call(misspelt, **minimal_arguments(known))


async def test_call_rejects_unknown_parameters_listing_valid_ones() -> None:
    """An unknown keyword fails before sending, naming the valid parameters."""
    info = cheap_read()
    valid = re.escape(info.params[0].python_name)
    with respx.mock(assert_all_mocked=True) as router:
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            with pytest.raises(InvalidParameterError, match=rf"colour.*valid: .*{valid}"):
                await client.call(info.operation_id, **minimal_arguments(info), colour="red")
        assert not router.calls


async def test_facade_docstrings_carry_summary_and_cost() -> None:
    """Typed methods document the spec summary, path and coin cost."""
    info = cheap_read()
    async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
        doc = typed(client, info).__doc__ or ""
    assert info.summary in doc
    assert f"{info.method} {info.path}" in doc
    assert f"{info.coin_cost} coins" in doc


def test_exported_members_are_exactly_the_public_names() -> None:
    """`__all__` lists exactly the public, non-module names of the package."""
    public = {name for name in dir(trenz_async) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(trenz_async, name)).__name__ == "module"}
    assert set(trenz_async.__all__) == (public - modules) | {"OPERATIONS", "__version__"}
    assert trenz_async.__all__ == sorted(
        trenz_async.__all__, key=lambda name: (name != "OPERATIONS", name)
    )

"""Client-side validation: bad arguments fail before anything is sent or spent."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from trenz_async import OPERATIONS, InvalidParameterError, OperationInfo, Param, TrenzClient

from .helpers import API_KEY, BASE_URL, envelope, make_client, minimal_arguments, sample_value

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("operation", "params", "parameter"),
    [
        ("trenz-products-search", {}, "country"),
        ("trenz-products-search", {"country": "zz"}, "country"),
        ("trenz-products-search", {"country": "us", "page_size": 21}, "page_size"),
        ("trenz-products-search", {"country": "us", "page": 0}, "page"),
        ("trenz-products-search", {"country": "us", "page": True}, "page"),
        ("trenz-products-search", {"country": "us", "page": "2"}, "page"),
        ("trenz-products-search", {"country": "us", "sort": "gmv_7d"}, "sort"),
        ("trenz-products-search", {"country": "us", "max_price": float("nan")}, "max_price"),
        ("trenz-ai-sd-pro-generate", {"prompt": "cat", "duration": 3}, "duration"),
        ("trenz-ai-sd-pro-generate", {"prompt": "cat", "duration": 16}, "duration"),
        ("trenz-ai-sd-pro-generate", {"prompt": "cat", "resolution": "4k"}, "resolution"),
        ("trenz-ads-account-list", {"page_size": 101}, "page_size"),
    ],
)
async def test_invalid_arguments_send_nothing(
    operation: str, params: dict[str, Any], parameter: str
) -> None:
    """A missing, mistyped, out-of-enum or out-of-bounds value raises, naming the parameter."""
    with respx.mock(assert_all_mocked=True) as router:
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL, max_coins=1_000_000) as client:
            with pytest.raises(InvalidParameterError) as caught:
                await client.call(operation, **params)
            assert client.usage.snapshot().calls == 0
        assert not router.calls
    assert caught.value.parameter == parameter
    assert parameter in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "value",
    [
        "../etc",
        "a/b",
        "a\\b",
        "..",
        "x?y=1",
        "x#frag",
        "a%2Fb",
        "line\nbreak",
        "nul\x00",
        "",
        "tab\there",
    ],
)
async def test_path_parameters_that_change_the_path_are_refused(value: str) -> None:
    """Path values with separators, dot segments, query/fragment or control characters are refused."""
    with respx.mock(assert_all_mocked=True) as router:
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            with pytest.raises(InvalidParameterError, match="id"):
                await client.products.detail(id=value, country="us")
        assert not router.calls


async def test_ordinary_path_values_are_sent() -> None:
    """An id with letters, digits, dashes, underscores and dots goes through."""
    with respx.mock() as router:
        route = router.get(f"{BASE_URL}/open/v1/products/prod-1_2.3").respond(
            200, json={"data": {}, "request_id": "r", "usage": {"coin_cost": 5}}
        )
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            await client.products.detail(id="prod-1_2.3", country="us")
    assert route.called


RENAMED = [
    (info, param)
    for info in OPERATIONS.values()
    for param in info.params
    if param.name != param.python_name
]


@pytest.mark.parametrize(
    ("info", "param"), RENAMED, ids=[f"{i.operation_id}.{p.name}" for i, p in RENAMED]
)
async def test_spec_names_and_python_names_both_work(
    router: respx.MockRouter, info: OperationInfo, param: Param
) -> None:
    """call() takes a parameter under its spec name (`type`) or its Python name (`type_`)."""
    route = router.route(method=info.method, url__startswith=f"{BASE_URL}{info.path}").respond(
        200, json=envelope(info)
    )
    arguments = minimal_arguments(info)
    value = arguments.pop(param.python_name, None) or sample_value(param)
    async with make_client() as client:
        await client.call(info.operation_id, **{**arguments, param.name: value})
        await client.call(info.operation_id, **{**arguments, param.python_name: value})
        with pytest.raises(InvalidParameterError, match="twice"):
            await client.call(
                info.operation_id, **{**arguments, param.name: value, param.python_name: value}
            )
    sent = [call.request for call in route.calls]
    assert len(sent) == 2
    assert sent[0].content == sent[1].content
    assert sent[0].url == sent[1].url


def test_renamed_parameters_exist_in_the_spec() -> None:
    """The spec has parameters Python must rename (else the test above proves nothing)."""
    assert RENAMED


async def test_unknown_names_suggest_the_closest(router: respx.MockRouter) -> None:
    """A misspelt operation or parameter gets a "did you mean" naming the right one."""
    info = next(iter(OPERATIONS.values()))
    async with make_client() as client:
        with pytest.raises(InvalidParameterError, match=f"did you mean '{info.accessor}'"):
            await client.call(info.accessor[:-1] + "x")
        param = info.params[0]
        with pytest.raises(InvalidParameterError, match=f"did you mean '{param.python_name}'"):
            await client.call(info.operation_id, **{param.python_name + "s": 1})
    assert not router.calls

"""Deprecated operations and renamed operations' old names: they work, and warn at the caller.

The registry is swapped for one built from the bundled entries with one operation marked
`deprecated` and two aliases (an old operationId and an old accessor), as `make generate`
writes them from `deprecated: true` and `codegen/aliases.json`.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import pytest
import respx

from trenz_async import OperationInfo, TrenzClient
from trenz_async._call import Resource
from trenz_async._registry import index as _registry
from trenz_async._registry import table as generated
from trenz_async._registry.info import OperationTable

from .helpers import cheap_read, envelope, make_client, minimal_arguments, url_of

pytestmark = pytest.mark.anyio

OLD_ID = "trenz-zz-probe-old-name"
REMOVED_IN = "9.9.0"


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> OperationInfo:
    """The bundled registry, the cheap read marked deprecated, with an old id and accessor."""
    info = cheap_read()
    entries = dict(generated.OPERATIONS._entries)
    entry = json.loads(entries[info.operation_id])
    entries[info.operation_id] = json.dumps({**entry, "deprecated": True})
    old_accessor = f"{info.resource}.zz_probe_old_name"
    table = OperationTable(
        entries,
        accessors=dict(generated.OPERATIONS._accessors),
        aliases={
            OLD_ID: (info.operation_id, REMOVED_IN),
            old_accessor: (info.operation_id, REMOVED_IN),
        },
    )
    monkeypatch.setattr(_registry, "_index", lambda: _registry._Index(table, table.by_accessor))
    return table[info.operation_id]


def _only_warning(caught: list[warnings.WarningMessage]) -> warnings.WarningMessage:
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 1, [str(w.message) for w in caught]
    return deprecations[0]


async def test_old_operation_id_works_and_warns_at_the_callers_line(
    registry: OperationInfo, router: respx.MockRouter
) -> None:
    """`client.call(old id)` calls the renamed operation; the warning names both and points here."""
    route = router.get(url__startswith=url_of(registry)).respond(200, json=envelope(registry))
    async with make_client() as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            page = await client.call(OLD_ID, **minimal_arguments(registry))
    assert route.called
    assert page.request_id == "req_1"
    warning = _only_warning(caught)
    assert warning.filename == __file__
    text = str(warning.message)
    assert OLD_ID in text
    assert registry.operation_id in text
    assert REMOVED_IN in text
    assert "deprecated by Trenz" in text  # the operation itself is deprecated too


async def test_old_accessor_resolves_everywhere(registry: OperationInfo) -> None:
    """An old accessor reaches the operation through `lookup`, `estimate` and `OPERATIONS.aliases`."""
    old = f"{registry.resource}.zz_probe_old_name"
    assert _registry.lookup(old) is registry
    async with make_client() as client:
        assert client.estimate(old, **minimal_arguments(registry)) == registry.coin_cost
    table = _registry.operations()
    assert isinstance(table, OperationTable)
    assert table.aliases[old].operation_id == registry.operation_id


async def test_deprecated_operation_warns_through_call_and_paginate(
    registry: OperationInfo, router: respx.MockRouter
) -> None:
    """`deprecated: true`: `call()` and `paginate()` by its own id warn, at the caller's line."""
    router.get(url__startswith=url_of(registry)).respond(200, json=envelope(registry, {}))
    async with make_client() as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await client.call(registry.operation_id, **minimal_arguments(registry))
        assert _only_warning(caught).filename == __file__
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client.paginate(registry.accessor, **minimal_arguments(registry))
        assert _only_warning(caught).filename == __file__


class _Generated(Resource):
    """The shape `codegen.facade` gives a deprecated method (and an alias): warn first."""

    async def deprecated(self, **params: Any) -> Any:
        self._warn_deprecated(OLD_ID)
        return params


async def test_typed_methods_warn_at_the_callers_line(registry: OperationInfo) -> None:
    """A generated method's `_warn_deprecated` attributes the warning to the user's line."""
    async with TrenzClient(api_key="sk_test_x", base_url="https://api.trenz.test") as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await _Generated(client).deprecated()
    warning = _only_warning(caught)
    assert (warning.filename, warning.lineno) == (__file__, _line("await _Generated(client)"))


def _line(text: str) -> int:
    with open(__file__) as source:
        return next(
            number for number, line in enumerate(source, 1) if text in line and "def" not in line
        )

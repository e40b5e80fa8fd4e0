"""A newer server's responses: unknown fields and enum values parse, and are logged at debug."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from trenz_async import OPERATIONS, OperationInfo
from trenz_async._registry import compat as _compat
from trenz_async._registry.table import TASK_STATUS as TASK_STATUS_OPERATION


@pytest.fixture(autouse=True)
def fresh_reports() -> Iterator[None]:
    """Each test starts with nothing reported yet."""
    _compat._reported.clear()
    yield
    _compat._reported.clear()


def _paid_list() -> OperationInfo:
    return next(
        info
        for _, info in sorted(OPERATIONS.items())
        if info.pagination is not None
        and info.method == "GET"
        and not info.is_async
        and not info.deprecated
    )


def _model(info: OperationInfo) -> Any:
    module, _, name = info.response_model.partition(":")
    return getattr(importlib.import_module(module), name)


def _envelope(info: OperationInfo, items: list[Any], **extra: Any) -> dict[str, Any]:
    paging = info.pagination
    assert paging is not None
    return {
        "data": {paging.items_field: items},
        "request_id": "req_1",
        "usage": {"coin_cost": 1, "remaining_balance": 9},
        **extra,
    }


def test_unknown_fields_are_kept_by_the_generated_models() -> None:
    """A field the spec does not declare lands in `additional_properties`, at any level."""
    info = _paid_list()
    parsed = _model(info).from_dict(_envelope(info, [{"x": 1}], meta={"region": "eu"}))
    assert parsed.additional_properties["meta"] == {"region": "eu"}
    assert parsed.to_dict()["meta"] == {"region": "eu"}


def test_unknown_status_value_parses_and_is_found() -> None:
    """An unheard-of task status parses, and `unknown()` names it."""
    info = OPERATIONS[TASK_STATUS_OPERATION]
    body = {
        "data": {"task_id": "t1", "status": "queued_for_gpu"},
        "request_id": "r",
        "usage": {"coin_cost": 0},
    }
    assert _model(info).from_dict(body).data.status == "queued_for_gpu"
    assert _compat.unknown(info, body) == ["new value data.status='queued_for_gpu'"]
    body["data"]["status"] = "completed"
    assert _compat.unknown(info, body) == []


def test_new_envelope_and_usage_fields_are_found_but_list_extras_are_not() -> None:
    """New fields in declared objects are found; `page`/`total` and open records are not."""
    info = _paid_list()
    envelope = _envelope(info, [{"anything": 1}], page=1, page_size=20, total=1, meta={})
    envelope["usage"]["coins_refunded"] = 0
    assert _compat.unknown(info, envelope) == [
        "new field meta",
        "new field usage.coins_refunded",
    ]


def test_report_logs_each_finding_once_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    """`report_unknown` logs what is new on the trenz_async logger, once per process."""
    info = OPERATIONS[TASK_STATUS_OPERATION]
    body = {"data": {"task_id": "t1", "status": "paused"}, "request_id": "r"}
    with caplog.at_level(logging.DEBUG, logger="trenz_async"):
        _compat.report_unknown(info, body)
        _compat.report_unknown(info, body)
    messages = [record.getMessage() for record in caplog.records if record.name == "trenz_async"]
    assert len(messages) == 1
    assert TASK_STATUS_OPERATION in messages[0]
    assert "new value data.status='paused'" in messages[0]


def test_report_does_nothing_unless_debug_is_on(caplog: pytest.LogCaptureFixture) -> None:
    """With debug off nothing is computed or remembered."""
    info = OPERATIONS[TASK_STATUS_OPERATION]
    body = {"data": {"task_id": "t1", "status": "paused"}, "request_id": "r"}
    with caplog.at_level(logging.INFO, logger="trenz_async"):
        _compat.report_unknown(info, body)
    assert caplog.records == []
    assert _compat._reported == set()


@pytest.mark.anyio
async def test_the_call_path_reports_what_a_newer_server_sends(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A response with a field the spec lacks parses, and the field is logged at debug."""
    import httpx
    import respx

    from .helpers import envelope, make_client, minimal_arguments, typed, url_of

    caplog.set_level(logging.DEBUG, logger="trenz_async")
    info = _paid_list()
    assert info.pagination is not None
    body = envelope(data={info.pagination.items_field: [], "brand_new_field": 1})
    with respx.mock() as router:
        router.get(url__startswith=url_of(info)).mock(return_value=httpx.Response(200, json=body))
        async with make_client() as client:
            page = await typed(client, info)(**minimal_arguments(info))
    assert page.data.additional_properties["brand_new_field"] == 1
    assert "brand_new_field" in caplog.text

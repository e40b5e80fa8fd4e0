"""The generator refuses specs that break the shapes the hand-written core reads."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from codegen import contract, registry
from codegen.contract import ContractError
from codegen.normalize import normalize, operations
from trenz_async._registry import task_status_operation

from . import specs


def _check(spec: dict[str, Any]) -> list[str]:
    normalized = normalize(spec)
    return contract.check(spec, normalized, registry.build(spec, normalized, None, "p"))


def _refusal(spec: dict[str, Any]) -> str:
    with pytest.raises(ContractError) as raised:
        _check(spec)
    return str(raised.value)


def _usage_component(spec: dict[str, Any]) -> str:
    """The component the bundled spec's envelopes use for `usage`."""
    for _, _, operation in operations(spec):
        schema = operation["responses"]["200"].get("content", {}).get("application/json", {})
        usage = schema.get("schema", {}).get("properties", {}).get("usage")
        if usage is not None:
            return str(usage["$ref"]).rsplit("/", 1)[1]
    raise LookupError("no envelope declares usage")


def _task_data(spec: dict[str, Any]) -> dict[str, Any]:
    for _, _, operation in operations(spec):
        if operation["operationId"] == contract.TASK_STATUS_OPERATION:
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            return schema["properties"]["data"]  # type: ignore[no-any-return]
    raise LookupError(contract.TASK_STATUS_OPERATION)


def test_bundled_spec_satisfies_the_contract(spec: dict[str, Any]) -> None:
    """Today's spec passes every check."""
    _check(spec)


def test_contract_names_the_task_operation_the_core_polls() -> None:
    """The checked task-status id is the one the registry marks for the tracker to poll."""
    assert task_status_operation().operation_id == contract.TASK_STATUS_OPERATION


def test_renamed_usage_field_is_refused_naming_the_ledger(spec: dict[str, Any]) -> None:
    """`usage.coin_cost` renamed to `coins` stops generation and names `_ledger`."""
    name = _usage_component(spec)
    usage = spec["components"]["schemas"][name]["properties"]
    usage["coins"] = usage.pop("coin_cost")
    message = _refusal(spec)
    assert "`usage.coin_cost` is missing" in message
    assert "trenz_async/_ledger/" in message
    assert f"#/components/schemas/{name}" in message


def test_retyped_balance_is_refused(spec: dict[str, Any]) -> None:
    """`usage.remaining_balance` as a string is refused."""
    usage = spec["components"]["schemas"][_usage_component(spec)]["properties"]
    usage["remaining_balance"] = {"type": "string"}
    assert "`usage.remaining_balance` is a string" in _refusal(spec)


@pytest.mark.parametrize("field", sorted(contract.TASK_FIELDS))
def test_task_status_fields_are_required_by_the_poller(spec: dict[str, Any], field: str) -> None:
    """Removing any task-status field the poller reads is refused, naming `_jobs`."""
    del _task_data(spec)["properties"][field]
    message = _refusal(spec)
    assert f"`data.{field}` is missing" in message
    assert "trenz_async/_jobs/" in message


def test_missing_task_status_operation_is_refused(spec: dict[str, Any]) -> None:
    """Without the task-status operation, no job could ever be waited for."""
    for _, _, operation in operations(spec):
        if operation["operationId"] == contract.TASK_STATUS_OPERATION:
            operation["operationId"] = "task-state"
    assert f"no {contract.TASK_STATUS_OPERATION!r} operation" in _refusal(spec)


@pytest.mark.parametrize("fields", [(), ("task_id", "job_id")])
def test_async_job_must_answer_one_job_id(fields: tuple[str, ...]) -> None:
    """A job answering neither (or both) id fields is refused, naming `_transport/`."""
    spec = specs.minimal_spec()
    render = spec["paths"]["/open/v1/things/render"]["post"]
    data = render["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    data["data"]["properties"] = {name: {"type": "string"} for name in fields} or {
        "id": {"type": "string"}
    }
    message = _refusal(spec)
    assert "trenz-things-render (POST /open/v1/things/render)" in message
    assert "trenz_async/_transport/" in message


def test_retyped_paging_field_is_refused() -> None:
    """A cursor list whose `has_more` became a string is refused, naming `_call/pagination.py`."""
    spec = specs.minimal_spec()
    data = specs.obj(
        things={"type": "array", "items": {"type": "object"}},
        next_cursor={"type": "string"},
        has_more={"type": "string"},
    )
    params = [specs.query("cursor"), specs.query("limit", "integer")]
    spec["paths"]["/things"] = {
        "get": specs.operation("trenz-things-list", params=params, data=data)
    }
    message = _refusal(spec)
    assert "`data.has_more` is a string" in message
    assert "trenz_async/_call/pagination.py" in message


def test_error_body_without_code_is_refused() -> None:
    """Error bodies must keep `code` and `message`, which `_errors.py` maps to typed errors."""
    spec = specs.minimal_spec()
    search = spec["paths"]["/open/v1/things/search"]["get"]
    search["responses"]["400"] = {
        "description": "bad",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/APIError"}}},
    }
    del spec["components"]["schemas"]["APIError"]["properties"]["code"]
    message = _refusal(spec)
    assert "#/components/schemas/APIError" in message
    assert "trenz_async/_errors.py" in message


def test_job_id_on_an_operation_not_billed_as_a_job_warns() -> None:
    """A per-call operation answering `task_id` generates, with a warning."""
    spec = specs.minimal_spec()
    search = spec["paths"]["/open/v1/things/search"]["get"]
    data = search["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    data["data"]["properties"]["task_id"] = {"type": "string"}
    [warning] = _check(spec)
    assert warning.startswith(
        "trenz-things-search (GET /open/v1/things/search) answers `data.task_id`"
    )
    assert "async_on_complete" in warning


def test_every_break_is_listed_together(spec: dict[str, Any]) -> None:
    """Several breaks come back in one refusal."""
    broken = copy.deepcopy(spec)
    usage = broken["components"]["schemas"][_usage_component(broken)]["properties"]
    del usage["coin_cost"]
    del _task_data(broken)["properties"]["result"]
    with pytest.raises(ContractError) as raised:
        _check(broken)
    assert len(raised.value.problems) == 2

"""The response shapes the hand-written core reads, asserted on every spec we generate from.

Generated code follows the spec wherever it goes; the hand-written modules do not. They
read a few fields by name (coin usage, the task-status record, job ids, paging fields,
error bodies), so a spec that renames or retypes one of them must stop generation with
a message naming the module that would break, instead of generating cleanly and then
counting 0 coins against a real server. `check()` raises `ContractError` listing every
such break, and returns warnings for shapes that look wrong but cannot break the core.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.normalize import ORIGINAL_ID, Spec, data_schema, operations, resolve
from codegen.runtime import OperationInfo, PaginationStyle
from codegen.validate import Problem, SpecError, pointer

# The operation the task tracker polls; the registry records it as `TASK_STATUS`.
TASK_STATUS_OPERATION = "task-status"
USAGE_FIELDS = ("coin_cost", "remaining_balance")
TASK_FIELDS = {
    "task_id": "string",
    "status": "string",
    "result": "object",
    "error_message": "string",
}
ERROR_FIELDS = ("code", "message")
JOB_ID_FIELDS = ("task_id", "job_id")

USAGE_READERS = "trenz_async/_ledger/ (the coin ledger) and trenz_async/_transport/"
TASK_READERS = "trenz_async/_jobs/ (tasks and polling)"
JOB_READERS = "trenz_async/_transport/ (holds coins per job id) and trenz_async/_jobs/"
PAGING_READERS = "trenz_async/_call/pagination.py"
ERROR_READERS = "trenz_async/_errors.py"


class ContractError(SpecError):
    """The spec breaks a shape the hand-written core relies on."""

    heading = "for the hand-written core (generation would succeed, the SDK would not)"


def check(original: Spec, normalized: Spec, infos: list[OperationInfo]) -> list[str]:
    """Warnings about the spec; raises `ContractError` when it breaks the core.

    `original` is the spec as written (for the job-id fields the server really sends),
    `normalized` what the generator sees, `infos` the registry built from them.
    """
    problems = list(_usage(normalized))
    problems += _task_status(normalized)
    problems += _job_ids(original, infos)
    problems += _paging(normalized, infos)
    problems += _error_bodies(normalized)
    if problems:
        raise ContractError(problems)
    return [*_unbilled_jobs(original), *_free_but_priced(original)]


def _usage(spec: Spec) -> Iterator[Problem]:
    reported: set[str] = set()
    for method, path, operation in operations(spec):
        envelope, at = _success(spec, method, path, operation)
        usage = envelope.get("properties", {}).get("usage")
        if usage is None:
            continue  # `declare_usage_everywhere` adds it; absent means no envelope at all
        where = _ref_pointer(usage) or pointer(*at, "properties", "usage")
        if where in reported:
            continue
        reported.add(where)
        fields = resolve(spec, usage).get("properties", {})
        for name in USAGE_FIELDS:
            found = fields.get(name)
            if found is None or resolve(spec, found).get("type") != "integer":
                reported.add(where)
                yield Problem(
                    where,
                    f"`usage.{name}` is {_describe(spec, found)}, but {USAGE_READERS} read an "
                    f"integer `usage.{name}` from every response: coins would go uncounted "
                    "and budgets would be wrong",
                    _label(operation, method, path) if _ref_pointer(usage) is None else None,
                )


def _task_status(spec: Spec) -> Iterator[Problem]:
    found = [
        (method, path, op)
        for method, path, op in operations(spec)
        if op.get(ORIGINAL_ID) == TASK_STATUS_OPERATION
    ]
    if not found:
        yield Problem(
            pointer("paths"),
            f"no {TASK_STATUS_OPERATION!r} operation: {TASK_READERS} poll it for every async job",
        )
        return
    method, path, operation = found[0]
    label = _label(operation, method, path)
    params = {(p["in"], p["name"]) for p in operation.get("parameters", [])}
    if method != "get" or ("path", "task_id") not in params:
        yield Problem(
            pointer("paths", path, method),
            f"{TASK_READERS} poll `GET ...{{task_id}}` with a `task_id` path parameter",
            label,
        )
    data = data_schema(spec, operation) or {}
    fields = data.get("properties", {})
    for name, json_type in TASK_FIELDS.items():
        schema = fields.get(name)
        actual = resolve(spec, schema).get("type", "object") if schema is not None else None
        if actual != json_type:
            yield Problem(
                pointer("paths", path, method, "responses", "200"),
                f"task status `data.{name}` is {_describe(spec, schema)}, but {TASK_READERS} "
                f"read it as a {json_type}",
                label,
            )


def _job_ids(original: Spec, infos: list[OperationInfo]) -> Iterator[Problem]:
    by_id = {op.get("operationId"): (m, p, op) for m, p, op in operations(original)}
    for info in infos:
        if not info.is_async:
            continue
        method, path, operation = by_id[info.operation_id]
        fields = (data_schema(original, operation) or {}).get("properties", {})
        declared = [name for name in JOB_ID_FIELDS if name in fields]
        where = pointer("paths", path, method, "responses", "200")
        label = _label(operation, method, path)
        if len(declared) != 1:
            yield Problem(
                where,
                f"an async job must answer exactly one of `data.task_id` / `data.job_id`, "
                f"found {declared or 'neither'}: {JOB_READERS} take the job id from there",
                label,
            )
            continue
        json_type = resolve(original, fields[declared[0]]).get("type")
        if json_type not in ("string", "integer"):
            yield Problem(
                where,
                f"`data.{declared[0]}` is {_describe(original, fields[declared[0]])}; "
                f"{JOB_READERS} need a string (or integer) job id",
                label,
            )


def _paging(spec: Spec, infos: list[OperationInfo]) -> Iterator[Problem]:
    by_id = {op[ORIGINAL_ID]: (m, p, op) for m, p, op in operations(spec)}
    for info in infos:
        paging = info.pagination
        if paging is None:
            continue
        method, path, operation = by_id[info.operation_id]
        fields = (data_schema(spec, operation) or {}).get("properties", {})
        expected = {paging.next_field: "string", paging.has_more_field: "boolean"}
        if paging.total_field is not None and "." not in paging.total_field:
            expected[paging.total_field] = "integer"
        label = _label(operation, method, path)
        for name, json_type in expected.items():
            if name is None:
                continue
            actual = resolve(spec, fields[name]).get("type")
            if actual != json_type:
                yield Problem(
                    pointer("paths", path, method, "responses", "200"),
                    f"paging field `data.{name}` is {_describe(spec, fields[name])}, but "
                    f"{PAGING_READERS} reads it as a {json_type} to find the next page",
                    label,
                )
        position = info.param(paging.position_param)
        numeric = paging.style not in (PaginationStyle.CURSOR, PaginationStyle.PAGE_TOKEN)
        wanted = ("integer", "number") if numeric else ("string",)
        if position is not None and position.json_type not in wanted:
            yield Problem(
                pointer("paths", path, method),
                f"paging parameter `{position.name}` is a {position.json_type}, but "
                f"{PAGING_READERS} moves it as a {wanted[0]} ({paging.style} style)",
                label,
            )


def _error_bodies(spec: Spec) -> Iterator[Problem]:
    reported: set[str] = set()
    for method, path, operation in operations(spec):
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith(("4", "5")):
                continue
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if schema is None:
                continue
            where = _ref_pointer(schema) or pointer(
                "paths", path, method, "responses", status, "content", "application/json", "schema"
            )
            if where in reported:
                continue
            reported.add(where)
            fields = resolve(spec, schema).get("properties", {})
            missing = [name for name in ERROR_FIELDS if name not in fields]
            if missing:
                yield Problem(
                    where,
                    f"error bodies lack {missing}: {ERROR_READERS} maps `code` to a typed "
                    "error and shows `message`",
                    _label(operation, method, path) if _ref_pointer(schema) is None else None,
                )


def _unbilled_jobs(original: Spec) -> Iterator[str]:
    """Warn about responses that carry a job id on operations not billed as jobs."""
    for method, path, operation in operations(original):
        if operation.get("x-billing-mode") == "async_on_complete":
            continue
        if operation.get("operationId") == TASK_STATUS_OPERATION:
            continue
        fields = (data_schema(original, operation) or {}).get("properties", {})
        carried = [name for name in JOB_ID_FIELDS if name in fields]
        if carried:
            yield (
                f"{_label(operation, method, path)} answers `data.{carried[0]}` but is billed "
                f"{operation.get('x-billing-mode')!r}: it becomes a synchronous method "
                "returning the envelope, not a Task; if it starts a job, Trenz's spec should "
                "say x-billing-mode: async_on_complete"
            )


def _free_but_priced(original: Spec) -> Iterator[str]:
    """Flag operations billed `free` that declare a price: one of the two is wrong."""
    for method, path, operation in operations(original):
        cost = operation.get("x-coin-cost")
        if operation.get("x-billing-mode") == "free" and isinstance(cost, int) and cost > 0:
            yield (
                f"{_label(operation, method, path)} is billed 'free' but declares "
                f"x-coin-cost {cost}: the SDK budgets {cost} coins for each call while "
                "`OperationInfo.is_paid` says free; ask Trenz which is right"
            )


def _success(
    spec: Spec, method: str, path: str, operation: dict[str, Any]
) -> tuple[dict[str, Any], tuple[str, ...]]:
    media = operation["responses"]["200"].get("content", {}).get("application/json", {})
    schema = media.get("schema", {})
    at = ("paths", path, method, "responses", "200", "content", "application/json", "schema")
    if "$ref" in schema:
        at = tuple(schema["$ref"][2:].split("/"))
    return resolve(spec, schema), at


def _ref_pointer(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref if isinstance(ref, str) else None


def _describe(spec: Spec, schema: dict[str, Any] | None) -> str:
    if schema is None:
        return "missing"
    json_type = resolve(spec, schema).get("type")
    return f"a {json_type}" if json_type else "untyped"


def _label(operation: dict[str, Any], method: str, path: str) -> str:
    operation_id = operation.get(ORIGINAL_ID, operation.get("operationId"))
    return f"{operation_id} ({method.upper()} {path})"

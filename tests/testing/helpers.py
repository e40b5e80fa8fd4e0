"""Helpers for the fake-server tests: a manual clock, and operations chosen from the registry.

Tests never name today's operations: they ask for "a paid list read" or "an async job
answering `job_id`" and get the first such operation of whatever spec is bundled, so a
new spec from Trenz leaves them meaningful (a kind the spec no longer has is skipped).
"""

from __future__ import annotations

from typing import Any

import httpx

from trenz_async import OPERATIONS, BillingMode, OperationInfo, ParamLocation
from trenz_async._registry.table import TASK_STATUS as TASK_STATUS_OPERATION
from trenz_async.testing import TEST_API_KEY

from ..shared import ManualClock as ManualClock
from ..shared import operations_where as operations_where
from ..shared import pick as pick

AUTH = {"X-API-Key": TEST_API_KEY}
ASGI_BASE_URL = "http://localhost"
_SAMPLES: dict[str | None, Any] = {
    "string": "7301",
    "integer": 1,
    "number": 1.5,
    "boolean": True,
    "array": [],
    "object": {},
    None: "7301",
}


def is_paid_read(info: OperationInfo) -> bool:
    """A GET list billed per call at a flat, non-zero cost, under a scope."""
    return (
        info.method == "GET"
        and info.pagination is not None
        and info.billing_mode is BillingMode.PER_CALL
        and info.pricing is None
        and info.coin_cost > 0
        and info.scope is not None
    )


def paid_read() -> OperationInfo:
    """A paid list read (a search, in Trenz's spec)."""
    return pick(is_paid_read, "paid list read")


def other_read(than: OperationInfo) -> OperationInfo:
    """Another paid read, under another scope."""
    return pick(lambda info: is_paid_read(info) and info.scope != than.scope, "second read scope")


def job(id_field: str = "task_id") -> OperationInfo:
    """A flat-priced async job answering its id in `data.<id_field>`."""
    return pick(
        lambda info: info.is_async and info.pricing is None and info.job_id_field == id_field,
        f"async job answering {id_field}",
    )


def priced_job() -> OperationInfo:
    """An async job priced per unit (`x-pricing`)."""
    return pick(lambda info: info.pricing is not None, "per-unit priced operation")


def task_status_path(task_id: str) -> str:
    """The task-status URL path for one task id."""
    return OPERATIONS[TASK_STATUS_OPERATION].path.replace("{task_id}", task_id)


def minimal_args(info: OperationInfo) -> dict[str, Any]:
    """A value for every required parameter of `info` (the first enum choice if any)."""
    return {
        param.name: param.enum[0] if param.enum else _SAMPLES[param.json_type]
        for param in info.params
        if param.required
    }


def python_args(info: OperationInfo) -> dict[str, Any]:
    """`minimal_args` under the facade's keyword names."""
    wire = minimal_args(info)
    return {param.python_name: wire[param.name] for param in info.params if param.name in wire}


def request_parts(info: OperationInfo, args: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """Method, URL path and httpx keyword arguments for a call of `info` with `args`."""
    path = info.path
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for param in info.params:
        if param.name not in args:
            continue
        value = args[param.name]
        if param.location is ParamLocation.PATH:
            path = path.replace("{" + param.name + "}", str(value))
        elif param.location is ParamLocation.QUERY:
            query[param.name] = value
        else:
            body[param.name] = value
    kwargs: dict[str, Any] = {"params": query}
    if info.method != "GET":
        kwargs["json"] = body
    return info.method, path, kwargs


async def call(client: httpx.AsyncClient, operation_id: str, **args: Any) -> httpx.Response:
    """Call one operation by id with wire-named arguments."""
    method, path, kwargs = request_parts(OPERATIONS[operation_id], args)
    return await client.request(method, path, **kwargs)


async def call_minimal(
    client: httpx.AsyncClient, info: OperationInfo, **overrides: Any
) -> httpx.Response:
    """Call `info` with its minimal arguments, some of them replaced or added."""
    return await call(client, info.operation_id, **{**minimal_args(info), **overrides})

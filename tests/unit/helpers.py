"""Small builders shared by the unit tests: operations by trait, arguments, envelopes.

Tests never name today's operations: they ask for "a cheap paid read" or "an async job
answering `job_id`" and get the first such operation (by id) of whatever spec is bundled,
with costs, parameters and paths read from its registry entry, so a new spec from Trenz
leaves them meaningful (a kind the spec no longer has is skipped, saying which).
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

import trenz_async
from trenz_async import (
    OPERATIONS,
    BillingMode,
    OperationInfo,
    Param,
    ParamLocation,
    PollPolicy,
    RetryPolicy,
    TrenzClient,
)
from trenz_async._registry.table import TASK_STATUS as TASK_STATUS_OPERATION

from ..shared import operations_where as operations_where
from ..shared import pick as pick

BASE_URL = "https://api.trenz.test"
API_KEY = "sk_live_CANARY0123456789abcdef"
INSTANT_POLLS = PollPolicy(initial=0.0, maximum=0.0, jitter=0.0)
NO_RETRY = RetryPolicy(max_retries=0)


def make_client(**options: Any) -> TrenzClient:
    """A client for respx: no rate limit, no retries and instant polls unless told otherwise."""
    options.setdefault("rate_limit", None)
    options.setdefault("retry", NO_RETRY)
    options.setdefault("poll", INSTANT_POLLS)
    return TrenzClient(api_key=API_KEY, base_url=BASE_URL, **options)


# What `RetryPolicy` retries after an ambiguous failure: reads estimated at most this.
CHEAP = RetryPolicy().max_ambiguous_retry_cost


def warns_if_deprecated(info: OperationInfo) -> contextlib.AbstractContextManager[object]:
    """Around a call of `info`: its `DeprecationWarning` is expected if the spec deprecates it."""
    if info.deprecated:
        return pytest.warns(DeprecationWarning, match=re.escape(info.operation_id))
    return contextlib.nullcontext()


def _flat_paid(info: OperationInfo) -> bool:
    return info.pricing is None and info.coin_cost > 0 and info.scope is not None


def cheap_read() -> OperationInfo:
    """A paid GET list read cheap enough to retry after an ambiguous failure (a search)."""
    return pick(
        lambda info: (
            info.method == "GET"
            and info.pagination is not None
            and info.billing_mode is BillingMode.PER_CALL
            and _flat_paid(info)
            and info.coin_cost <= CHEAP
        ),
        "cheap paid list read",
    )


def detail_read() -> OperationInfo:
    """A paid GET read of one record by a string path parameter (a detail)."""
    return pick(
        lambda info: (
            info.method == "GET"
            and not info.is_async
            and _flat_paid(info)
            and any(
                param.location is ParamLocation.PATH and param.json_type == "string"
                for param in info.params
            )
        ),
        "GET read by path parameter",
    )


def path_param(info: OperationInfo) -> Param:
    """The (first) path parameter of `info`."""
    return next(param for param in info.params if param.location is ParamLocation.PATH)


def costly_read() -> OperationInfo:
    """A synchronous paid read too expensive to retry after an ambiguous failure (an AI read)."""
    return pick(
        lambda info: (
            info.is_read
            and not info.is_async
            and info.billing_mode is BillingMode.PER_CALL
            and _flat_paid(info)
            and info.coin_cost > CHEAP
        ),
        "costly synchronous read",
    )


def paid_write() -> OperationInfo:
    """A synchronous paid operation that is not a read (a create, an update)."""
    return pick(
        lambda info: not info.is_read and not info.is_async and _flat_paid(info),
        "paid synchronous write",
    )


def job(id_field: str = "task_id") -> OperationInfo:
    """A flat-priced async job answering its id in `data.<id_field>`."""
    return pick(
        lambda info: info.is_async and _flat_paid(info) and info.job_id_field == id_field,
        f"async job answering {id_field}",
    )


def input_key(info: OperationInfo) -> Param | None:
    """The one required parameter of `info` when it is a free string in the body (an input)."""
    required = [param for param in info.params if param.required]
    if len(required) != 1:
        return None
    [param] = required
    if param.location is ParamLocation.BODY and param.json_type == "string" and not param.enum:
        return param
    return None


def keyed_job() -> tuple[OperationInfo, Param]:
    """A flat-priced async job taking one string input (a video id), and that parameter."""
    info = pick(
        lambda info: info.is_async and _flat_paid(info) and input_key(info) is not None,
        "async job with a single string input",
    )
    key = input_key(info)
    assert key is not None
    return info, key


def priced_jobs() -> list[OperationInfo]:
    """The async jobs priced per unit (`x-pricing`), by id."""
    return operations_where(lambda info: info.pricing is not None)


def task_status() -> OperationInfo:
    """The free task-status operation every job is polled with."""
    return OPERATIONS[TASK_STATUS_OPERATION]


def task_status_url(task_id: str) -> str:
    """The task-status URL for one task id."""
    return BASE_URL + task_status().path.replace("{task_id}", task_id)


def typed(client: TrenzClient, info: OperationInfo) -> Any:
    """The typed method of `info` on `client` (`client.products.search` for a search)."""
    return getattr(getattr(client, info.resource), info.method_name)


def url_of(info: OperationInfo, python_args: dict[str, Any] | None = None) -> str:
    """The URL (no query) a call of `info` with these arguments goes to."""
    args = minimal_arguments(info) if python_args is None else python_args
    path = info.path
    for param in info.params:
        if param.location is ParamLocation.PATH and param.python_name in args:
            path = path.replace("{" + param.name + "}", str(args[param.python_name]))
    return BASE_URL + path


def arguments(info: OperationInfo, **overrides: Any) -> dict[str, Any]:
    """`minimal_arguments(info)`, some of them replaced or added."""
    return {**minimal_arguments(info), **overrides}


def sample_value(param: Param) -> Any:
    """A valid value for a parameter, from its registry record alone."""
    if param.enum:
        return param.enum[0]
    if param.json_type == "integer":
        return int(param.minimum) if param.minimum is not None else 1
    if param.json_type == "number":
        return float(param.minimum) if param.minimum is not None else 1.5
    if param.json_type == "boolean":
        return True
    if param.json_type == "array":
        return []
    if param.json_type == "object":
        return {}
    return "id_42"


def minimal_arguments(info: OperationInfo) -> dict[str, Any]:
    """The required parameters of an operation, each with a valid value.

    Object-valued body fields get their own required fields, read from the
    normalized spec the generator used.
    """
    arguments = {}
    for param in info.params:
        if not param.required:
            continue
        value = sample_value(param)
        if param.json_type == "object" and param.location.value == "body":
            value = _minimal_object(_body_property(info.operation_id, param.name))
        arguments[param.python_name] = value
    return arguments


@functools.cache
def _normalized_spec() -> dict[str, Any]:
    path = Path(trenz_async.__file__).parent / "_generated" / "openapi.json"
    return json.loads(path.read_text())  # type: ignore[no-any-return]


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    return _normalized_spec()["components"]["schemas"][ref.rsplit("/", 1)[1]] if ref else schema


def _body_property(operation_id: str, name: str) -> dict[str, Any]:
    for item in _normalized_spec()["paths"].values():
        for operation in item.values():
            if operation.get("x-original-operation-id") == operation_id:
                body = _resolve(operation["requestBody"]["content"]["application/json"]["schema"])
                return _resolve(body["properties"][name])
    raise KeyError(operation_id)


def _minimal_object(schema: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for name in schema.get("required", []):
        prop = _resolve(schema["properties"][name])
        kind = prop.get("type")
        if "enum" in prop:
            value[name] = prop["enum"][0]
        elif kind == "object":
            value[name] = _minimal_object(prop)
        else:
            value[name] = {
                "string": "x",
                "integer": 1,
                "number": 1.0,
                "boolean": True,
                "array": [],
            }.get(kind, "x")
    return value


def envelope(
    info: OperationInfo | None = None, data: Any = None, *, coins: int | None = None
) -> dict[str, Any]:
    """A success envelope; async jobs get their id in the registry's field."""
    if data is None:
        data = {}
        if info is not None and info.is_async:
            data = {info.job_id_field: "job_1"}
        elif info is not None and info.operation_id == TASK_STATUS_OPERATION:  # required fields
            data = {"task_id": "id_42", "status": "running"}
    cost = coins if coins is not None else (info.coin_cost if info is not None else 0)
    return {
        "data": data,
        "request_id": "req_1",
        "usage": {"coin_cost": cost, "remaining_balance": 10_000},
    }


def error_body(code: str, message: str = "nope") -> dict[str, Any]:
    """A Trenz error body."""
    return {
        "code": code,
        "message": message,
        "request_id": "req_err",
        "docs_url": f"https://docs/{code}",
    }

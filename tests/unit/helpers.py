"""Small builders shared by the unit tests: minimal arguments and envelopes per operation."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import trenz_async
from trenz_async import OperationInfo, Param, PollPolicy, RetryPolicy, TrenzClient

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
        elif info is not None and info.operation_id == "task-status":  # its only required fields
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

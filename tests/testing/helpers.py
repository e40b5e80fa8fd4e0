"""Helpers for the fake-server tests: a manual clock and requests built from the registry."""

from __future__ import annotations

from typing import Any

import httpx

from trenz_async._operation_info import OperationInfo, ParamLocation
from trenz_async._operations import OPERATIONS
from trenz_async.testing import TEST_API_KEY

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


class ManualClock:
    """A clock that moves only when told to."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def minimal_args(info: OperationInfo) -> dict[str, Any]:
    """A value for every required parameter of `info` (the first enum choice if any)."""
    return {
        param.name: param.enum[0] if param.enum else _SAMPLES[param.json_type]
        for param in info.params
        if param.required
    }


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


def operation_with(predicate: Any) -> OperationInfo:
    """The first operation (by id) matching `predicate`."""
    return next(info for _, info in sorted(OPERATIONS.items()) if predicate(info))

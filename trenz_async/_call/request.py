"""A validated call as an `httpx.Request`: the generated builder, the body, the extras.

The generated module's request builder makes the method, URL, query and JSON body; the
per-request options add their extras (which are sent, so they are priced too). What the
builder cannot send is still the caller's mistake, reported before anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._errors import InvalidParameterError
from .._registry import OperationInfo, PreparedCall
from .answers import PARSE_ERRORS
from .options import RequestOptions
from .runtime import ClientCore, Endpoint


def build_request(
    core: ClientCore,
    endpoint: Endpoint,
    prepared: PreparedCall,
    options: RequestOptions | None,
    timeout: httpx.Timeout,
) -> tuple[httpx.Request, Mapping[str, Any]]:
    """The request for a validated call, and every parameter it sends (for the estimate)."""
    info = prepared.operation
    arguments = dict(prepared.arguments)
    if endpoint.body_model is not None:
        fields = dict(prepared.body or {})
        _check_body(info, endpoint, fields)
        arguments["body"] = _Fields(fields)
    kwargs = endpoint.build(**arguments)
    params = kwargs.get("params")
    body = kwargs.get("json")
    # The builder sets no header but the JSON content type (codegen refuses header
    # parameters), and httpx sets that one itself for `json=`.
    headers = None
    wire = prepared.wire
    if options is not None:
        if options.extra_query:
            params = {**(params or {}), **options.extra_query}
        if options.extra_body:
            body = {**(body or {}), **options.extra_body}
        if options.extra_headers:
            headers = {**(headers or {}), **options.extra_headers}
        if options.extra_query or options.extra_body:
            # Extras are sent, so they are priced: a duration in extra_body counts.
            wire = {**wire, **(options.extra_query or {}), **(options.extra_body or {})}
    try:
        request = core.http.build_request(
            kwargs["method"],
            kwargs["url"],
            params=params,
            json=body,
            headers=headers,
            timeout=timeout,
        )
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidParameterError(
            f"{info.operation_id} cannot be sent with these arguments: {exc}",
            operation_id=info.operation_id,
        ) from exc
    return request, wire


def _check_body(info: OperationInfo, endpoint: Endpoint, fields: dict[str, Any]) -> None:
    """Let the generated body model check nested objects the registry does not describe.

    Top-level fields are checked already; what the model refuses is still the caller's
    mistake, reported before anything is sent.
    """
    try:
        endpoint.body_model.from_dict(fields)
    except PARSE_ERRORS as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise InvalidParameterError(
            f"{info.operation_id} body is invalid: {detail}",
            parameter=None,
            operation_id=info.operation_id,
        ) from exc


class _Fields:
    """The checked body fields, handed to the generated builder as its model would be.

    Sent as given: the model's `to_dict()` would rebuild the same JSON at a cost.
    """

    __slots__ = ("fields",)

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields

    def to_dict(self) -> dict[str, Any]:
        return self.fields


def as_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """A per-request `timeout=` (seconds or an `httpx.Timeout`) as an `httpx.Timeout`."""
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)

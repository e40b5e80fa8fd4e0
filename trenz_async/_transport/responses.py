"""From what came back to the error the SDK raises: status codes, bodies, transport failures.

A body that is not the documented shape (an HTML page from a gateway, an empty 520)
becomes a `MalformedResponseError`, never a `JSONDecodeError` or `KeyError`; every body
and message kept on an error is decoded and redacted first (`_redact.readable`).
"""

from __future__ import annotations

import datetime
import email.utils
import json
import math
import re
import time
from typing import Any, TypeVar

import httpx

from .._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BackendError,
    BackendTimeoutError,
    BackendUnavailableError,
    BadRequestError,
    InsufficientBalanceError,
    InternalServerError,
    MalformedResponseError,
    MalformedServerResponseError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseTooLargeServerError,
    RouteNotFoundError,
    ServerError,
    TaskNotFoundError,
    _preview,
)
from .._support import redacted_response

_RETRY_AFTER_SECONDS = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")

# Failures that happen before any byte of the request reaches the server.
_NOT_SENT: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,  # the CONNECT tunnel failed; the origin never saw the request
    httpx.UnsupportedProtocol,
    # The client refused its own request (an illegal header): h11 checks the whole head
    # before writing a byte of it, and the SDK's bodies are framed by httpx itself.
    httpx.LocalProtocolError,
)

_CODE_CLASSES: dict[str, type[APIError]] = {
    "BAD_REQUEST": BadRequestError,
    "INVALID_PARAM": BadRequestError,
    "MISSING_PARAM": BadRequestError,
    "INVALID_SORT_FIELD": BadRequestError,
    "INVALID_INCLUDE": BadRequestError,
    "PAGE_SIZE_EXCEEDED": BadRequestError,
    "AUTH_MISSING_KEY": AuthenticationError,
    "AUTH_INVALID_KEY": AuthenticationError,
    "AUTH_KEY_REVOKED": AuthenticationError,
    "AUTH_KEY_SUSPENDED": AuthenticationError,
    "INSUFFICIENT_BALANCE": InsufficientBalanceError,
    "FORBIDDEN_SCOPE": PermissionDeniedError,
    "ROUTE_NOT_FOUND": RouteNotFoundError,
    "TASK_NOT_FOUND": TaskNotFoundError,
    "RATE_LIMITED": RateLimitError,
    "QUOTA_EXCEEDED": QuotaExceededError,
    "INTERNAL_ERROR": InternalServerError,
    "BACKEND_ERROR": BackendError,
    "BACKEND_UNAVAILABLE": BackendUnavailableError,
    "BACKEND_TIMEOUT": BackendTimeoutError,
}

_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientBalanceError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
    500: InternalServerError,
    502: BackendError,
    503: BackendUnavailableError,
    504: BackendTimeoutError,
}

_SERVER_VARIANTS: dict[type[MalformedResponseError], type[MalformedResponseError]] = {
    MalformedResponseError: MalformedServerResponseError,
    ResponseTooLargeError: ResponseTooLargeServerError,
}

M = TypeVar("M", bound=MalformedResponseError)


def malformed(cls: type[M] = MalformedResponseError, /, **fields: Any) -> M:  # type: ignore[assignment]
    """A malformed-body error; with a 5xx status, the variant that is also a `ServerError`.

    Like `OSError` picking `FileNotFoundError` from the errno: an HTML 502 from a gateway
    is caught (and classified for retrying) like any other 502.
    """
    status = fields.get("status_code")
    if isinstance(status, int) and 500 <= status <= 599:
        cls = _SERVER_VARIANTS.get(cls, cls)  # type: ignore[assignment]
    return cls(**fields)


def error_class_for(status_code: int, code: str | None) -> type[APIError]:
    """The class for an error response: a known code decides, else the status."""
    by_code = _CODE_CLASSES.get(code) if code else None
    if by_code is not None:
        return by_code
    by_status = _STATUS_CLASSES.get(status_code)
    if by_status is not None:
        return by_status
    return ServerError if 500 <= status_code <= 599 else APIError


def error_from_response(
    response: httpx.Response, body: bytes | None = None, *, now: float | None = None
) -> APIError:
    """The typed error for a non-2xx response (an unfollowed redirect included).

    Args:
        response: the response.
        body: its body, when already read elsewhere; defaults to `response.content`.
        now: the current Unix time, for an HTTP-date `Retry-After` (tests).
    """
    if body is None:
        try:
            body = response.content
        except httpx.ResponseNotRead:
            body = b""
    retry_after = parse_retry_after(response.headers.get("retry-after"), now=now)
    header_request_id = response.headers.get("x-request-id")
    kept = redacted_response(response, body)  # what the error exposes as `.response`
    payload, problem = _error_payload(body)
    if payload is None:
        return malformed(
            status_code=response.status_code,
            body=body,
            message=problem,
            request_id=header_request_id,
            retry_after=retry_after,
            response=kept,
        )
    code = _text(payload.get("code"))
    message = _text(payload.get("message"))
    cls = error_class_for(response.status_code, code)
    return cls(
        status_code=response.status_code,
        code=code,
        message=_preview(message) if message is not None else None,
        request_id=_text(payload.get("request_id")) or header_request_id,
        docs_url=_text(payload.get("docs_url")),
        retry_after=retry_after,
        response=kept,
    )


def has_error_body(error: APIError) -> bool:
    """The server answered with a Trenz error body: it refused the call, charging nothing."""
    return not isinstance(error, MalformedResponseError) and error.code is not None


def _error_payload(body: bytes) -> tuple[dict[str, Any] | None, str]:
    """The parsed error object, or `None` and what is wrong with the body."""
    if not body.strip():
        return None, "the error response has an empty body"
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        return None, "the error body is not JSON"
    if not isinstance(payload, dict):
        return None, "the error body is JSON but not an object"
    # Tolerate missing fields, but an object with neither is not a Trenz error body,
    # and keeping the body in view beats a bare status.
    if _text(payload.get("code")) is None and _text(payload.get("message")) is None:
        return None, "the error body has neither `code` nor `message`"
    return payload, ""


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def connection_error_from(exc: httpx.TransportError) -> APIConnectionError:
    """The SDK error for an httpx transport failure; the caller raises it `from exc`.

    Connect-phase failures (`ConnectError`, `ConnectTimeout`, `PoolTimeout`, a failed
    proxy tunnel, an unsupported scheme) get `request_sent=False`; anything later
    (`ReadTimeout`, `WriteTimeout`, `ReadError`, `RemoteProtocolError`...) may have reached
    the server and gets `request_sent=True`.
    """
    sent = not isinstance(exc, _NOT_SENT)
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    when = "after the request was sent" if sent else "before the request was sent"
    what = "timed out" if cls is APITimeoutError else "connection failed"
    detail = str(exc) or type(exc).__name__
    return cls(f"{what} {when} ({type(exc).__name__}: {detail})", request_sent=sent)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header: delay-seconds or an HTTP date.

    Negative delays and past dates give `0.0`; a missing or unparseable value, or a
    non-finite one, gives `None`. The result is not capped: that is the caller's job.

    Args:
        value: the header's value.
        now: the current Unix time for HTTP dates; defaults to `time.time()`.
    """
    if value is None:
        return None
    text = value.strip()
    if _RETRY_AFTER_SECONDS.fullmatch(text):
        seconds = float(text)
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(text)
        # A `-0000` zone parses as naive; HTTP dates are always UTC.
        stamp = when.timestamp() if when.tzinfo else when.replace(tzinfo=datetime.UTC).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None
    delta = stamp - (time.time() if now is None else now)
    return max(delta, 0.0) if math.isfinite(delta) else None

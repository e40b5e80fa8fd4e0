"""Every error the SDK raises, and the mapping from HTTP responses and transport failures.

All errors subclass `TrenzError`. HTTP errors subclass `APIError` and carry the fields of
the Trenz error body (`code`, `message`, `request_id`, `docs_url`) plus the parsed
`Retry-After`. A body that is not the documented shape (an HTML page from a gateway, an
empty 520) becomes a `MalformedResponseError`, never a `JSONDecodeError` or `KeyError`.

No error's `str()` or `repr()` includes request headers: the API key travels in them.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import math
import re
import time
from typing import Any

import httpx

BODY_PREVIEW_CHARS = 500
"""How much of a response body (or server message) an error keeps."""

_RETRY_AFTER_SECONDS = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")

# Failures that happen before any byte of the request reaches the server.
_NOT_SENT: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,  # the CONNECT tunnel failed; the origin never saw the request
    httpx.UnsupportedProtocol,
)


def _preview(text: str | bytes | None, limit: int = BODY_PREVIEW_CHARS) -> str:
    """`text` decoded and cut to `limit` characters, with a marker saying it was cut."""
    if text is None:
        return ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [truncated, {len(text)} chars in total]"


def _restore(cls: type[TrenzError], args: tuple[Any, ...], state: dict[str, Any]) -> TrenzError:
    """Rebuild a pickled error without calling its keyword-only `__init__`."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class TrenzError(Exception):
    """Base class of every error the SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # BaseException pickles as `cls(*self.args)`, which keyword-only constructors
        # refuse. The response is dropped: it is not picklable and its request holds the key.
        state = dict(self.__dict__)
        if "response" in state:
            state["response"] = None
        return (_restore, (type(self), self.args, state))


class ConfigurationError(TrenzError, ValueError):
    """The client was configured wrongly (no API key, an unsafe base URL...)."""


class InvalidParameterError(TrenzError, ValueError):
    """A call's parameters failed client-side validation; nothing was sent.

    Args:
        message: what is wrong, naming the parameter.
        parameter: the offending parameter's Python name, when one is to blame.
        operation_id: the operation being called, when known.
    """

    def __init__(
        self, message: str, *, parameter: str | None = None, operation_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.operation_id = operation_id


class BudgetExceededError(TrenzError):
    """A call's estimated cost would pass the client's `max_coins` budget; nothing was sent.

    Args:
        operation_id: the refused operation.
        estimate: its estimated cost in coins.
        remaining: coins still available under the budget.
        budget: the budget itself.
    """

    def __init__(
        self, *, operation_id: str | None, estimate: int, remaining: int, budget: int
    ) -> None:
        super().__init__(
            f"{operation_id or 'the call'} would cost an estimated {estimate} coins but only "
            f"{remaining} of the {budget}-coin budget remain; nothing was sent"
        )
        self.operation_id = operation_id
        self.estimate = estimate
        self.remaining = remaining
        self.budget = budget


class APIError(TrenzError):
    """The API answered with an error status.

    Args:
        status_code: the HTTP status.
        code: the Trenz error code (`RATE_LIMITED`...), `None` when the body has none.
        message: the server's message; defaults to the status's reason phrase.
        request_id: the server's request id, to quote to Trenz support.
        docs_url: the server's link to the error's documentation.
        retry_after: seconds the server asked to wait (`Retry-After`), uncapped.
        response: the response, for inspection; never part of `str()` or `repr()`.
    """

    def __init__(
        self,
        *,
        status_code: int,
        code: str | None = None,
        message: str | None = None,
        request_id: str | None = None,
        docs_url: str | None = None,
        retry_after: float | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        if message is None:
            message = httpx.codes.get_reason_phrase(status_code) or f"HTTP {status_code}"
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.docs_url = docs_url
        self.retry_after = retry_after
        self.response = response

    def __str__(self) -> str:
        head = f"{self.status_code} {self.code}" if self.code else str(self.status_code)
        tail = f" (request_id={self.request_id})" if self.request_id else ""
        return f"{head}: {self.message}{tail}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


class BadRequestError(APIError):
    """400: the request's parameters were refused (`INVALID_PARAM`, `MISSING_PARAM`...)."""


class AuthenticationError(APIError):
    """401: the API key is missing, invalid, revoked or suspended."""


class InsufficientBalanceError(APIError):
    """402: the account's coin balance is too low; top up before retrying."""


class PermissionDeniedError(APIError):
    """403: the API key's scope does not cover this operation."""


class NotFoundError(APIError):
    """404: the endpoint or resource does not exist."""


class TaskNotFoundError(NotFoundError):
    """404 `TASK_NOT_FOUND`: the server does not know this async task id."""


class RateLimitError(APIError):
    """429 `RATE_LIMITED`: too many requests; `retry_after` says how long to wait."""


class QuotaExceededError(RateLimitError):
    """429 `QUOTA_EXCEEDED`: the plan's quota is used up; retrying soon will not help."""


class ServerError(APIError):
    """Any 5xx: the server failed."""


class InternalServerError(ServerError):
    """500 `INTERNAL_ERROR`: quote the `request_id` to Trenz support."""


class BackendError(ServerError):
    """502 `BACKEND_ERROR`: a service behind the gateway failed."""


class BackendUnavailableError(ServerError):
    """503 `BACKEND_UNAVAILABLE`: a service behind the gateway is down."""


class BackendTimeoutError(ServerError):
    """504 `BACKEND_TIMEOUT`: a service behind the gateway did not answer in time."""


class MalformedResponseError(APIError):
    """The response body is not the documented shape (not JSON, an HTML page, empty...).

    Like `OSError` picking `FileNotFoundError` from the errno, constructing one with a
    5xx status gives its `ServerError` variant (`MalformedServerResponseError`), so an
    HTML 502 from a gateway is caught and retried like any other 502.

    Args:
        status_code: the HTTP status.
        body: the body; kept decoded and cut to `BODY_PREVIEW_CHARS` with a marker.
        message: what is wrong with it.
        request_id: a request id from the headers, if any.
        retry_after: seconds the server asked to wait, if it said.
        response: the response, for inspection.
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> MalformedResponseError:
        status = kwargs.get("status_code")
        variant = _SERVER_VARIANTS.get(cls)
        if variant is not None and isinstance(status, int) and 500 <= status <= 599:
            cls = variant
        return super().__new__(cls, *args, **kwargs)

    def __init__(
        self,
        *,
        status_code: int,
        body: str | bytes | None = None,
        message: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(
            status_code=status_code,
            message=message or "the response body is not the documented shape",
            request_id=request_id,
            retry_after=retry_after,
            response=response,
        )
        self.body = _preview(body)

    def __str__(self) -> str:
        return f"{super().__str__()}; body={self.body!r}"


class MalformedServerResponseError(MalformedResponseError, ServerError):
    """A malformed body with a 5xx status: both malformed and a server error."""


class ResponseTooLargeError(MalformedResponseError):
    """The response body passed the client's size cap; it was not read further.

    Args:
        status_code: the HTTP status.
        limit: the cap, in bytes.
        body: the start of the body.
        message: what happened; says the limit by default.
        response: the response, if one is kept.
    """

    def __init__(
        self,
        *,
        status_code: int,
        limit: int,
        body: str | bytes | None = None,
        message: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(
            status_code=status_code,
            body=body,
            message=message or f"the response body passed the {limit}-byte limit",
            response=response,
        )
        self.limit = limit


class ResponseTooLargeServerError(ResponseTooLargeError, MalformedServerResponseError):
    """An oversized body with a 5xx status: both too large and a server error."""


_SERVER_VARIANTS: dict[type[MalformedResponseError], type[MalformedResponseError]] = {
    MalformedResponseError: MalformedServerResponseError,
    ResponseTooLargeError: ResponseTooLargeServerError,
}


class APIConnectionError(TrenzError):
    """The request failed on the network: no HTTP response came back.

    Args:
        message: what failed.
        request_sent: `False` only when the request provably never reached the server
            (a connect-phase failure), so even a paid call may be retried safely.
    """

    def __init__(self, message: str, *, request_sent: bool = True) -> None:
        super().__init__(message)
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading or waiting for a connection)."""


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


class OutcomeUnknownError(TrenzError):
    """A paid or write call may or may not have been processed (and charged).

    Raised `from` the underlying error (a read timeout, a dropped connection, a 5xx after
    sending) instead of retrying, so a submission is never paid for twice.

    Args:
        operation_id: the operation whose outcome is unknown.
    """

    def __init__(self, *, operation_id: str | None) -> None:
        super().__init__(operation_id)
        self.operation_id = operation_id

    def __str__(self) -> str:
        # Built lazily: `raise ... from error` sets the cause after construction.
        cause = f" after {type(self.__cause__).__name__}" if self.__cause__ is not None else ""
        return (
            f"the outcome of {self.operation_id or 'the call'} is unknown{cause}: the server "
            "may have processed and charged for it. Do not resubmit blindly; check your "
            "tasks (client.tasks) and usage (client.usage.snapshot()) first"
        )


class TaskFailedError(TrenzError):
    """An async task ended without a result (failed or refunded).

    Args:
        task_id: the task's id.
        operation_id: the operation that created it, when known.
        status: the task's final status (`failed`, `refunded`...).
        error_message: the server's explanation, if any.
    """

    def __init__(
        self, *, task_id: str, operation_id: str | None, status: str, error_message: str | None
    ) -> None:
        super().__init__(
            f"task {task_id} ({operation_id or 'unknown operation'}) ended {status}: "
            f"{error_message or 'no error message'}"
        )
        self.task_id = task_id
        self.operation_id = operation_id
        self.status = status
        self.error_message = error_message


class TaskTimeoutError(TrenzError, TimeoutError):
    """Waiting for an async task took longer than allowed; the task itself goes on.

    Args:
        task_id: the task's id; wait again with `client.tasks.get(task_id)`.
        operation_id: the operation that created it, when known.
        timeout: the seconds waited.
    """

    def __init__(self, *, task_id: str, operation_id: str | None, timeout: float | None) -> None:
        super().__init__(
            f"task {task_id} ({operation_id or 'unknown operation'}) did not finish within "
            f"{timeout}s; it may still be running: wait again with client.tasks.get({task_id!r})"
        )
        self.task_id = task_id
        self.operation_id = operation_id
        self.timeout = timeout


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
    "ROUTE_NOT_FOUND": NotFoundError,
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
    """The typed error for a non-2xx response.

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
    payload, problem = _error_payload(body)
    if payload is None:
        return MalformedResponseError(
            status_code=response.status_code,
            body=body,
            message=problem,
            request_id=header_request_id,
            retry_after=retry_after,
            response=response,
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
        response=response,
    )


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

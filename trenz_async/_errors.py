"""Every error the SDK raises.

All errors subclass `TrenzError`. HTTP errors subclass `APIError` and carry the fields of
the Trenz error body (`code`, `message`, `request_id`, `docs_url`) plus the parsed
`Retry-After`; `_error_mapping` builds them from responses and transport failures.

No error's `str()` or `repr()` includes request headers (the API key travels in them),
and every body or message an error keeps has been through `_redact.readable` first.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._support.redact import readable, redact

BODY_PREVIEW_CHARS = 500
"""How much of a response body (or server message) an error keeps."""


def _preview(text: str | bytes | None, limit: int = BODY_PREVIEW_CHARS) -> str:
    """`text` decoded, redacted and cut to `limit` characters, with a marker if cut."""
    text = readable(text)
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

    def __str__(self) -> str:
        # The last line of defence: whatever a message was built from, no key leaves.
        return redact(super().__str__())

    def __reduce__(self) -> tuple[Any, ...]:
        # BaseException pickles as `cls(*self.args)`, which keyword-only constructors
        # refuse. The response is dropped: it is not picklable and its request holds the key.
        state = dict(self.__dict__)
        if "response" in state:
            state["response"] = None
        return (_restore, (type(self), self.args, state))


class ConfigurationError(TrenzError, ValueError):
    """The client was configured wrongly (no API key, an unsafe base URL...)."""


class ClientClosedError(TrenzError, RuntimeError):
    """The client was closed (`aclose()` or the end of its `async with`); nothing was sent."""


class EventLoopMismatchError(TrenzError, RuntimeError):
    """The client is used from another event loop than the one it started on; nothing was sent.

    A client's connections belong to the event loop (`asyncio.run`, `trio.run`) that
    opened them. Create one client per run, inside it: `async with TrenzClient() as client`.
    """


class JournalError(TrenzError, OSError):
    """The journal could not record a paid submission's intent, so it was not sent."""


class CoordinatorError(TrenzError):
    """The coordinator's Redis failed during an operation; nothing fell back to local state.

    Raised before a request is sent (taking a slot of the fleet's rate limit, reserving
    its coins, journaling a paid job's intent): nothing was sent. After an answer arrived,
    a failed write to Redis is logged instead, never raised: a paid success stays a
    success. Whether the failed operation took effect on Redis is unknown when the
    failure came after the command was sent; permits and reservations left behind are
    recovered after the coordinator's `lease_timeout`.

    Args:
        message: what failed, naming the Redis server without its password.
        operation: the store operation (`"gate.acquire"`, `"coins.reserve"`...).
    """

    def __init__(self, message: str, *, operation: str) -> None:
        super().__init__(message)
        self.operation = operation


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
        super().__init__(redact(message))  # messages quote the value given: it may be a key
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


class PaginationLimitError(BudgetExceededError):
    """A pager stopped: its next page would pass the coins one iteration may spend.

    Every page is a paid call, so an iteration (`client.paginate()`, `client.pages()`,
    `async for` over a list method) has a coin limit: its `max_coins=`, or, when it was
    given no `max_items`, `max_pages` or `max_coins` of its own, `DEFAULT_MAX_COINS`
    (1,000 coins). The items of the pages already fetched were all yielded; the next page
    was not sent. A `BudgetExceededError`: the iteration's budget refused the next call.

    Args:
        operation_id: the list operation.
        coins_spent: the coins the iteration's pages cost (each page counted at the larger
            of its estimate and the cost the server reported).
        pages_fetched: the pages the iteration fetched (and paid for).
        estimate: the next page's estimated cost.
        limit: the iteration's coin limit.
        default_limit: the limit is the default one, not a `max_coins=` given.
    """

    def __init__(
        self,
        *,
        operation_id: str,
        coins_spent: int,
        pages_fetched: int,
        estimate: int,
        limit: int,
        default_limit: bool,
    ) -> None:
        super().__init__(
            operation_id=operation_id,
            estimate=estimate,
            remaining=max(limit - coins_spent, 0),
            budget=limit,
        )
        whose = (
            "the default limit of a pager given no max_items, max_pages or max_coins"
            if default_limit
            else "its max_coins"
        )
        # Replaces the budget's wording: this budget is the iteration's, not the client's.
        self.args = (
            f"stopped paging {operation_id} after {pages_fetched} pages and {coins_spent} "
            f"coins: the next page (an estimated {estimate} coins) would pass the "
            f"{limit}-coin limit of this iteration ({whose}); it was not sent. Pass "
            "max_coins=N to allow more, max_coins=None for no coin limit, or bound the "
            "iteration with max_items= or max_pages=",
        )
        self.coins_spent = coins_spent
        self.pages_fetched = pages_fetched
        self.limit = limit
        self.default_limit = default_limit


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
        return redact(f"{head}: {self.message}{tail}")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"message={redact(self.message)!r}, request_id={self.request_id!r})"
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


class RouteNotFoundError(NotFoundError):
    """404 `ROUTE_NOT_FOUND`: the server has no such endpoint (an operation it dropped?)."""


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

    The SDK builds these with `_error_mapping.malformed()`, which picks the
    `ServerError` variant (`MalformedServerResponseError`) for a 5xx status, so an HTML
    502 from a gateway is caught like any other 502.

    Args:
        status_code: the HTTP status.
        body: the body; kept decoded and cut to `BODY_PREVIEW_CHARS` with a marker.
        message: what is wrong with it.
        request_id: a request id from the headers, if any.
        retry_after: seconds the server asked to wait, if it said.
        response: the response, for inspection.
    """

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


class OutcomeUnknownError(TrenzError):
    """A paid or write call may or may not have been processed (and charged).

    Raised `from` the underlying error (a read timeout, a dropped connection, a body cut
    short, an answer that cannot be read) instead of retrying, so a submission is never
    paid for twice. Its estimate stays counted in the budget as `coins_uncertain` until
    you resolve it: `await client.tasks.resolve(exc.submission_id, task_id=...)` for an
    async job, `client.usage.resolve(exc.submission_id, coins_charged=...)` otherwise.

    Args:
        operation_id: the operation whose outcome is unknown.
        submission_id: the call's id (the journal's intent id for an async job).
        estimate: the coins the call was estimated at (now counted as uncertain).
        job_id: the job id, when the answer carried one but could not be used.
        request_id: the server's request id, when an answer arrived (Trenz support
            asks for it).
        code: the server's error code, when it answered with one (`INTERNAL_ERROR`,
            `BACKEND_ERROR`, `BACKEND_TIMEOUT`...).
    """

    def __init__(
        self,
        *,
        operation_id: str | None,
        submission_id: str | None = None,
        estimate: int | None = None,
        job_id: str | None = None,
        request_id: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(operation_id)
        self.operation_id = operation_id
        self.submission_id = submission_id
        self.estimate = estimate
        self.job_id = job_id
        self.request_id = request_id
        self.code = code

    def __str__(self) -> str:
        # Built lazily: `raise ... from error` sets the cause after construction.
        cause = f" after {type(self.__cause__).__name__}" if self.__cause__ is not None else ""
        known = [
            f"{name}={value}"
            for name, value in (
                ("code", self.code),
                ("submission_id", self.submission_id),
                ("job_id", self.job_id),
                ("request_id", self.request_id),
                ("estimate", self.estimate),
            )
            if value is not None
        ]
        details = f" ({', '.join(known)})" if known else ""
        return (
            f"the outcome of {self.operation_id or 'the call'} is unknown{cause}{details}: "
            "the server may have processed and charged for it. Do not resubmit blindly; "
            "check client.tasks.unconfirmed() and client.usage.snapshot() first"
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
            f"{redact(error_message or 'no error message')}"
        )
        self.task_id = task_id
        self.operation_id = operation_id
        self.status = status
        self.error_message = redact(error_message) if error_message else error_message


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

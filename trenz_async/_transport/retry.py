"""Retries: what may be repeated, how long to wait first, and the layer that does it.

Whether a failed attempt may go again depends on whether the server may have processed
it, and on what that could cost:

- provably not processed (a failure before the first byte was written, 429
  `RATE_LIMITED`, 503 `BACKEND_UNAVAILABLE` with a Trenz JSON error body: the backend
  never saw it): retried for every operation;
- maybe processed (sent, then a read timeout, a dropped connection, a body cut short; a
  gateway's non-JSON 5xx; a JSON 500 `INTERNAL_ERROR`, 502 `BACKEND_ERROR` or 504
  `BACKEND_TIMEOUT`, which Trenz does not say are free, and a 504 is a gateway that gave
  up on a backend that may have finished): retried only for reads estimated at no more
  than `RetryPolicy.max_ambiguous_retry_cost` coins (the 1-5 coin data reads), each such
  attempt counted as uncertain; anything else raises `OutcomeUnknownError`;
- `QUOTA_EXCEEDED`, 400, 401, 402, 403 and 404 are never retried.

`RetryPolicy` and `classify` are pure (no I/O, no sleeping); `RetryTransport` applies them.
"""

from __future__ import annotations

import enum
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable

import anyio
import attrs
import httpx

from .._errors import (
    APIConnectionError,
    APIError,
    MalformedResponseError,
    OutcomeUnknownError,
    QuotaExceededError,
    RateLimitError,
    TrenzError,
)
from .._support import number, whole
from .call import CALL, ENVELOPE, Call
from .responses import has_error_body

logger = logging.getLogger("trenz_async")

RATE_LIMITED = "RATE_LIMITED"
"""The 429 code that means "slow down" (as opposed to `QUOTA_EXCEEDED`)."""
BACKEND_UNAVAILABLE = "BACKEND_UNAVAILABLE"
"""The 503 code that means the backend never saw the request."""

RETRYABLE_READ_STATUSES = frozenset({500, 502, 503, 504, *range(520, 530)})
"""Statuses of a non-JSON answer a cheap read retries on: the documented 500/502/503/504,
plus the 520-529 a CDN in front of the API answers when the origin misbehaves."""


class Decision(enum.Enum):
    """What to do after a failed attempt."""

    RETRY = "retry"
    """Not processed: safe to try again (after `RetryPolicy.delay_for`)."""
    RETRY_UNCERTAIN = "retry_uncertain"
    """Maybe processed, but a cheap read: try again, counting the estimate as uncertain."""
    RAISE = "raise"
    """Raise the error as it is."""
    OUTCOME_UNKNOWN = "outcome_unknown"
    """Maybe processed and too costly (or not a read) to repeat: `OutcomeUnknownError`."""


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """Bounded retries with exponential backoff and full jitter.

    Args:
        max_retries: retries after the first attempt; `0` disables retrying.
        initial_backoff: the backoff cap, in seconds, before the first retry.
        max_backoff: the largest backoff cap, in seconds.
        multiplier: how much the cap grows with each attempt.
        max_total_time: seconds since the first attempt past which no retry starts.
        max_retry_after: the longest `Retry-After` worth waiting; a longer one is raised
            (as the error carrying `retry_after`) instead.
        max_ambiguous_retry_cost: the most coins a read may be estimated at and still be
            retried after a failure that the server may have processed (and charged);
            pricier calls raise `OutcomeUnknownError` instead.

    Raises:
        ValueError: a negative, non-finite or otherwise invalid setting (bools, NaN and
            infinities are refused; counts must be ints).
    """

    max_retries: int = attrs.field(default=3, validator=whole())
    initial_backoff: float = attrs.field(default=0.5, validator=number())
    max_backoff: float = attrs.field(default=8.0, validator=number())
    multiplier: float = attrs.field(default=2.0, validator=number(minimum=1.0))
    max_total_time: float = attrs.field(default=60.0, validator=number())
    max_retry_after: float = attrs.field(default=60.0, validator=number())
    max_ambiguous_retry_cost: int = attrs.field(default=10, validator=whole())

    def with_retries(self, max_retries: int) -> RetryPolicy:
        """A copy allowing `max_retries` retries.

        Raises:
            ValueError: `max_retries` is not an int >= 0.
        """
        return attrs.evolve(self, max_retries=max_retries)

    def backoff(self, attempt: int, *, random: Callable[[], float] = _random.random) -> float:
        """A jittered backoff: uniform in [0, min(max_backoff, initial_backoff * multiplier**attempt)].

        Full jitter spreads out the retries of many clients that failed together.

        Args:
            attempt: the number of the attempt that failed, starting at 0.
            random: a source of floats in [0, 1).
        """
        try:
            cap = min(self.max_backoff, self.initial_backoff * self.multiplier ** max(attempt, 0))
        except OverflowError:  # a huge attempt number: the cap has long been reached
            cap = self.max_backoff
        return random() * cap

    def delay_for(
        self,
        error: BaseException,
        attempt: int,
        *,
        elapsed: float = 0.0,
        random: Callable[[], float] = _random.random,
    ) -> float | None:
        """Seconds to sleep before retrying after `error`, or `None` to stop and raise it.

        A server's `Retry-After` replaces the backoff; one longer than `max_retry_after`
        means stop. It does not decide whether `error` is retryable: see `classify`.

        Args:
            error: the failed attempt's error.
            attempt: the number of the attempt that failed, starting at 0.
            elapsed: seconds since the first attempt started.
            random: a source of floats in [0, 1), for the jitter.
        """
        if attempt >= self.max_retries:
            return None
        retry_after = error.retry_after if isinstance(error, APIError) else None
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return None
            delay = max(retry_after, 0.0)
        else:
            delay = self.backoff(attempt, random=random)
        if elapsed + delay > self.max_total_time:
            return None
        return delay


def classify(
    error: BaseException, *, is_read: bool, estimate: int, policy: RetryPolicy
) -> Decision:
    """Whether a failed attempt may be retried, must be raised, or has an unknown outcome.

    Args:
        error: the attempt's error, already converted to a `TrenzError`.
        is_read: the operation only reads (GET, or a POST whose scope ends in `.read`).
        estimate: the coins the call is estimated at.
        policy: supplies `max_ambiguous_retry_cost`.
    """
    if not isinstance(error, TrenzError) or isinstance(error, OutcomeUnknownError):
        # Cancellation, KeyboardInterrupt and bugs are never retried; an outcome already
        # known to be unknown is raised as it is, with what it carries.
        return Decision.RAISE
    if not maybe_processed(error):
        if isinstance(error, RateLimitError):
            # A 429 is refused before processing, so even a paid call may go again; a
            # QUOTA_EXCEEDED will not clear in seconds, so hammering it only wastes requests.
            quota = isinstance(error, QuotaExceededError) or error.code != RATE_LIMITED
            return Decision.RAISE if quota or not has_error_body(error) else Decision.RETRY
        if isinstance(error, APIConnectionError) or _backend_unavailable(error):
            return Decision.RETRY  # never reached the server, or never its backend
        return Decision.RAISE
    if isinstance(error, MalformedResponseError) and error.status_code < 300:
        # A 200 whose body cannot be used: the work was done and charged; repeating a
        # read gets the same body, and a submission must never go twice.
        return Decision.RAISE if is_read else Decision.OUTCOME_UNKNOWN
    if not (is_read and estimate <= policy.max_ambiguous_retry_cost):
        return Decision.OUTCOME_UNKNOWN
    if isinstance(error, MalformedResponseError):
        retryable = error.status_code in RETRYABLE_READ_STATUSES
        return Decision.RETRY_UNCERTAIN if retryable else Decision.RAISE
    return Decision.RETRY_UNCERTAIN


def maybe_processed(error: BaseException) -> bool:
    """The failed attempt may have reached the server and been processed (and charged).

    True after a send: a timeout or dropped connection once the request went out, a body
    cut short, a gateway's answer that is not a Trenz error body (an HTML 502), a 2xx
    whose body cannot be used, and a Trenz JSON 5xx other than 503 `BACKEND_UNAVAILABLE`.
    False for failures before sending and for the other error answers.
    """
    if isinstance(error, OutcomeUnknownError):
        return True
    if isinstance(error, APIConnectionError):
        return error.request_sent
    if isinstance(error, MalformedResponseError):
        return error.status_code < 300 or error.status_code >= 500
    if isinstance(error, APIError) and error.status_code >= 500:
        return not _backend_unavailable(error)
    return False


def _backend_unavailable(error: TrenzError) -> bool:
    return (
        isinstance(error, APIError)
        and error.status_code == 503
        and error.code == BACKEND_UNAVAILABLE
        and has_error_body(error)
    )


class RetryTransport(httpx.AsyncBaseTransport):
    """Repeats failed attempts the retry rule allows, with backoff; the outermost layer.

    A request without a `Call` (built by hand on the client's `httpx.AsyncClient`) gets
    one here, naming it by method and path: it is retried only when repeating it is
    harmless (a GET, or a failure before sending).

    Args:
        inner: the next layer (the gate).
        retry: the policy for requests that carry no `Call`.
        sleep / clock / rng: injectable for tests.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        retry: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = _random.random,
    ) -> None:
        self._inner = inner
        self.retry = retry
        self._sleep = sleep
        self._clock = clock
        self._rng = rng

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call: Call | None = request.extensions.get(CALL)
        if call is None:
            call = Call(None, retry=self.retry, method=request.method, path=request.url.path)
            request.extensions[CALL] = call
        policy = call.retry
        started = self._clock()
        attempt = 0
        while True:
            attempt_started = self._clock()
            try:
                response = await self._inner.handle_async_request(request)
            except TrenzError as error:
                if logger.isEnabledFor(logging.INFO):
                    _log_attempt(request, call, attempt, self._clock() - attempt_started, error)
                decision = classify(
                    error, is_read=call.is_read, estimate=call.estimate, policy=policy
                )
                if decision is Decision.OUTCOME_UNKNOWN:
                    raise outcome_unknown(call, error) from error
                if decision is Decision.RAISE:
                    raise
                delay = policy.delay_for(
                    error, attempt, elapsed=self._clock() - started, random=self._rng
                )
                if delay is None:  # out of attempts or time, or a Retry-After over the cap
                    raise
                logger.info(
                    "retrying %s %s in %.2fs after %s (attempt %d)",
                    request.method,
                    call.name,
                    delay,
                    error,
                    attempt + 1,
                    extra={
                        "operation_id": call.name,
                        "attempt": attempt + 1,
                        "request_id": getattr(error, "request_id", None),
                    },
                )
                await self._sleep(delay)
                attempt += 1
                continue
            if logger.isEnabledFor(logging.INFO):
                _log_attempt(request, call, attempt, self._clock() - attempt_started, response)
            return response


def outcome_unknown(call: Call, error: TrenzError) -> OutcomeUnknownError:
    """The `OutcomeUnknownError` a call raises after `error`, with what the server said."""
    reservation = call.reservation
    return OutcomeUnknownError(
        operation_id=call.name,
        submission_id=reservation.id if reservation is not None else None,
        estimate=call.estimate,
        request_id=getattr(error, "request_id", None),
        code=getattr(error, "code", None),
    )


def _log_attempt(
    request: httpx.Request,
    call: Call,
    attempt: int,
    elapsed: float,
    outcome: httpx.Response | TrenzError,
) -> None:
    if isinstance(outcome, httpx.Response):
        status: object = outcome.status_code
        envelope = outcome.extensions.get(ENVELOPE) or {}
        request_id = envelope.get("request_id")
        usage = envelope.get("usage")
        coins = usage.get("coin_cost") if isinstance(usage, dict) else None
    else:
        status = getattr(outcome, "status_code", None) or type(outcome).__name__
        request_id = getattr(outcome, "request_id", None)
        coins = None
    logger.info(
        "%s %s (%s) -> %s attempt=%d elapsed=%.3fs coins=%s request_id=%s",
        request.method,
        request.url.path,
        call.name,
        status,
        attempt,
        elapsed,
        coins,
        request_id,
        extra={
            "operation_id": call.name,
            "attempt": attempt,
            "coins": coins,
            "request_id": request_id,
            "status_code": status if isinstance(status, int) else None,
        },
    )

"""The retry policy: backoff with jitter, Retry-After handling, and what is safe to retry."""

from __future__ import annotations

import random

import anyio
import attrs
import httpx
import pytest

from trenz_async._errors import (
    APIError,
    BudgetExceededError,
    InvalidParameterError,
    OutcomeUnknownError,
    QuotaExceededError,
    RateLimitError,
    ResponseTooLargeError,
    TaskFailedError,
)
from trenz_async._transport.responses import connection_error_from, error_class_for, malformed
from trenz_async._transport.retry import Decision, RetryPolicy, classify, maybe_processed

RETRY, RAISE, UNKNOWN = Decision.RETRY, Decision.RAISE, Decision.OUTCOME_UNKNOWN
UNCERTAIN = Decision.RETRY_UNCERTAIN


def _api_error(
    status: int, code: str | None = None, *, retry_after: float | None = None
) -> APIError:
    return error_class_for(status, code)(status_code=status, code=code, retry_after=retry_after)


def _rate_limited(retry_after: float | None) -> RateLimitError:
    return RateLimitError(status_code=429, code="RATE_LIMITED", retry_after=retry_after)


def test_defaults() -> None:
    """Defaults: 3 retries, 0.5 s initial, 8 s max backoff, x2, 60 s total, 60 s Retry-After cap, 10 coins."""
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_backoff, policy.max_backoff) == (3, 0.5, 8.0)
    assert (policy.multiplier, policy.max_total_time, policy.max_retry_after) == (2.0, 60.0, 60.0)
    assert policy.max_ambiguous_retry_cost == 10


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"initial_backoff": -1},
        {"multiplier": 0.5},
        {"max_backoff": float("nan")},
    ],
)
def test_invalid_settings_are_refused(kwargs: dict[str, float]) -> None:
    """Negative counts and delays, and a shrinking multiplier, raise ValueError."""
    with pytest.raises(ValueError, match="RetryPolicy"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_policy_is_frozen() -> None:
    """A policy cannot be changed in place (the client shares it); evolve makes a copy."""
    policy = RetryPolicy()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        policy.max_retries = 5  # type: ignore[misc]
    assert attrs.evolve(policy, max_retries=5).max_retries == 5


@pytest.mark.parametrize(
    ("attempt", "cap"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (10_000, 8.0)]
)
def test_backoff_cap_grows_exponentially_to_max(attempt: int, cap: float) -> None:
    """The jitter range is [0, min(max_backoff, initial * multiplier**attempt)], even for huge attempts."""
    policy = RetryPolicy()
    assert policy.backoff(attempt, random=lambda: 0.0) == 0.0
    assert policy.backoff(attempt, random=lambda: 0.999999) == pytest.approx(cap, rel=1e-5)


@pytest.mark.parametrize("attempt", [0, 2, 6])
def test_backoff_jitter_stays_in_bounds_and_varies(attempt: int) -> None:
    """Over many draws the backoff stays within [0, cap] and is spread out, not constant."""
    policy = RetryPolicy()
    cap = min(policy.max_backoff, policy.initial_backoff * policy.multiplier**attempt)
    rng = random.Random(1234)
    draws = [policy.backoff(attempt, random=rng.random) for _ in range(2000)]
    assert all(0.0 <= draw <= cap for draw in draws)
    assert len(set(draws)) > 1000
    assert min(draws) < cap * 0.1
    assert max(draws) > cap * 0.9


def test_delay_for_uses_backoff_without_retry_after() -> None:
    """Without Retry-After the delay is the jittered backoff for that attempt."""
    policy = RetryPolicy()
    error = _api_error(503, "BACKEND_UNAVAILABLE")
    assert policy.delay_for(error, 2, random=lambda: 0.5) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [(0.0, 0.0), (7.0, 7.0), (60.0, 60.0), (60.5, None), (3600.0, None)],
)
def test_delay_for_honours_retry_after_up_to_the_cap(
    retry_after: float, expected: float | None
) -> None:
    """Retry-After replaces the backoff; one over max_retry_after means stop (None)."""
    policy = RetryPolicy(max_total_time=1000.0)
    assert policy.delay_for(_rate_limited(retry_after), 0, random=lambda: 0.5) == expected


def test_delay_for_stops_after_max_retries() -> None:
    """Once `max_retries` retries have happened, there is no further delay."""
    policy = RetryPolicy(max_retries=2)
    error = _api_error(503)
    assert policy.delay_for(error, 1) is not None
    assert policy.delay_for(error, 2) is None
    assert RetryPolicy(max_retries=0).delay_for(error, 0) is None


def test_delay_for_stops_when_total_time_would_pass() -> None:
    """A sleep that would end past max_total_time since the first attempt means stop."""
    policy = RetryPolicy(max_total_time=10.0)
    assert policy.delay_for(_rate_limited(5.0), 0, elapsed=4.0) == 5.0
    assert policy.delay_for(_rate_limited(5.0), 0, elapsed=6.0) is None


NETWORK_ERRORS = {
    "connect": httpx.ConnectError("refused"),
    "connect_timeout": httpx.ConnectTimeout("slow"),
    "pool_timeout": httpx.PoolTimeout("busy"),
    "read_timeout": httpx.ReadTimeout("slow"),
    "write_timeout": httpx.WriteTimeout("slow"),
    "read_error": httpx.ReadError("reset"),
    "remote_protocol": httpx.RemoteProtocolError("closed"),
}


# The three kinds of call the rule tells apart: a 5-coin data read, a 500-coin AI read,
# and a paid job submission (or any write).
CHEAP_READ = {"is_read": True, "estimate": 5}
COSTLY_READ = {"is_read": True, "estimate": 500}
PAID = {"is_read": False, "estimate": 1000}
POLICY = RetryPolicy()


def _decisions(error: BaseException) -> tuple[Decision, Decision, Decision]:
    return tuple(  # type: ignore[return-value]
        classify(error, policy=POLICY, **kind) for kind in (CHEAP_READ, COSTLY_READ, PAID)
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("connect", (RETRY, RETRY, RETRY)),
        ("connect_timeout", (RETRY, RETRY, RETRY)),
        ("pool_timeout", (RETRY, RETRY, RETRY)),
        ("read_timeout", (UNCERTAIN, UNKNOWN, UNKNOWN)),
        ("write_timeout", (UNCERTAIN, UNKNOWN, UNKNOWN)),
        ("read_error", (UNCERTAIN, UNKNOWN, UNKNOWN)),
        ("remote_protocol", (UNCERTAIN, UNKNOWN, UNKNOWN)),
    ],
)
def test_classify_connection_errors(name: str, expected: tuple[Decision, ...]) -> None:
    """Connect-phase failures retry everything; after sending only cheap reads retry (uncertainly)."""
    assert _decisions(connection_error_from(NETWORK_ERRORS[name])) == expected


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, "INVALID_PARAM", (RAISE, RAISE, RAISE)),
        (401, "AUTH_INVALID_KEY", (RAISE, RAISE, RAISE)),
        (402, "INSUFFICIENT_BALANCE", (RAISE, RAISE, RAISE)),
        (403, "FORBIDDEN_SCOPE", (RAISE, RAISE, RAISE)),
        (404, "ROUTE_NOT_FOUND", (RAISE, RAISE, RAISE)),
        (404, "TASK_NOT_FOUND", (RAISE, RAISE, RAISE)),
        (409, "CONFLICT", (RAISE, RAISE, RAISE)),
        (429, "RATE_LIMITED", (RETRY, RETRY, RETRY)),
        (429, "QUOTA_EXCEEDED", (RAISE, RAISE, RAISE)),
        (503, "BACKEND_UNAVAILABLE", (RETRY, RETRY, RETRY)),
        (500, "INTERNAL_ERROR", (UNCERTAIN, UNKNOWN, UNKNOWN)),
        (502, "BACKEND_ERROR", (UNCERTAIN, UNKNOWN, UNKNOWN)),
        (504, "BACKEND_TIMEOUT", (UNCERTAIN, UNKNOWN, UNKNOWN)),
        (501, "NOT_IMPLEMENTED", (UNCERTAIN, UNKNOWN, UNKNOWN)),
        (503, "INTERNAL_ERROR", (UNCERTAIN, UNKNOWN, UNKNOWN)),
    ],
)
def test_classify_error_answers(status: int, code: str, expected: tuple[Decision, ...]) -> None:
    """Only 429 RATE_LIMITED and 503 BACKEND_UNAVAILABLE are provably unprocessed; other JSON
    5xx may follow processing, so only cheap reads retry them (uncertainly)."""
    assert _decisions(_api_error(status, code)) == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (502, (UNCERTAIN, UNKNOWN, UNKNOWN)),
        (503, (UNCERTAIN, UNKNOWN, UNKNOWN)),
        (520, (UNCERTAIN, UNKNOWN, UNKNOWN)),
        (530, (RAISE, UNKNOWN, UNKNOWN)),
        (200, (RAISE, RAISE, UNKNOWN)),
        (404, (RAISE, RAISE, RAISE)),
        (429, (RAISE, RAISE, RAISE)),
    ],
)
def test_classify_answers_without_an_error_body(
    status: int, expected: tuple[Decision, ...]
) -> None:
    """An HTML 5xx may come after processing: only cheap reads retry; a bad 200 was processed."""
    for error in (
        malformed(status_code=status, body=b"<html>"),
        malformed(ResponseTooLargeError, status_code=status, limit=10, body=b"<html>"),
    ):
        assert _decisions(error) == expected


def test_the_cost_threshold_is_the_policys() -> None:
    """A read at the threshold retries after an ambiguous failure; one coin more does not."""
    error = connection_error_from(httpx.ReadTimeout("slow"))
    policy = RetryPolicy(max_ambiguous_retry_cost=100)
    assert classify(error, is_read=True, estimate=100, policy=policy) is UNCERTAIN
    assert classify(error, is_read=True, estimate=101, policy=policy) is UNKNOWN


def test_maybe_processed_tells_sent_from_refused() -> None:
    """Only failures after sending (and unusable answers) may have been processed."""
    assert maybe_processed(connection_error_from(httpx.ReadTimeout("slow")))
    assert not maybe_processed(connection_error_from(httpx.ConnectError("refused")))
    assert maybe_processed(malformed(status_code=502, body=b"<html>"))
    assert maybe_processed(malformed(status_code=200, body=b"{"))
    assert not maybe_processed(_api_error(503, "BACKEND_UNAVAILABLE"))
    assert maybe_processed(OutcomeUnknownError(operation_id="op"))


def test_quota_exceeded_is_never_retried_even_with_the_rate_limited_code() -> None:
    """QuotaExceededError is raised whatever its code says."""
    error = QuotaExceededError(status_code=429, code="RATE_LIMITED")
    assert classify(error, policy=POLICY, **CHEAP_READ) is RAISE


@pytest.mark.parametrize(
    "error",
    [
        KeyboardInterrupt(),
        ValueError("bug"),
        httpx.ReadTimeout("not converted"),
        InvalidParameterError("bad", parameter="x"),
        BudgetExceededError(operation_id="op", estimate=1, remaining=0, budget=1),
        TaskFailedError(task_id="t", operation_id="op", status="refunded", error_message=None),
    ],
    ids=lambda error: type(error).__name__,
)
def test_other_exceptions_are_raised(error: BaseException) -> None:
    """Bugs, interrupts, unconverted httpx errors and the SDK's own non-HTTP errors are never retried."""
    assert _decisions(error) == (RAISE, RAISE, RAISE)


@pytest.mark.anyio
async def test_cancellation_is_raised() -> None:
    """The event loop's cancellation exception is never retried, on asyncio and trio."""
    seen: list[Decision] = []
    with anyio.CancelScope() as scope:
        scope.cancel()
        try:
            await anyio.sleep(1)
        except anyio.get_cancelled_exc_class() as exc:
            seen.extend(_decisions(exc))
            raise
    assert seen == [RAISE, RAISE, RAISE]

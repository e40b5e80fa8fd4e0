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
    MalformedResponseError,
    OutcomeUnknownError,
    QuotaExceededError,
    RateLimitError,
    ResponseTooLargeError,
    TaskFailedError,
    connection_error_from,
    error_class_for,
)
from trenz_async._retry import Decision, RetryPolicy, classify

RETRY, RAISE, UNKNOWN = Decision.RETRY, Decision.RAISE, Decision.OUTCOME_UNKNOWN


def _api_error(
    status: int, code: str | None = None, *, retry_after: float | None = None
) -> APIError:
    return error_class_for(status, code)(status_code=status, code=code, retry_after=retry_after)


def _rate_limited(retry_after: float | None) -> RateLimitError:
    return RateLimitError(status_code=429, code="RATE_LIMITED", retry_after=retry_after)


def test_defaults() -> None:
    """The defaults are 3 retries, 0.5 s initial, 8 s max backoff, x2, 60 s total and 60 s Retry-After cap."""
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_backoff, policy.max_backoff) == (3, 0.5, 8.0)
    assert (policy.multiplier, policy.max_total_time, policy.max_retry_after) == (2.0, 60.0, 60.0)


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


@pytest.mark.parametrize(
    ("name", "read", "paid"),
    [
        ("connect", RETRY, RETRY),
        ("connect_timeout", RETRY, RETRY),
        ("pool_timeout", RETRY, RETRY),
        ("read_timeout", RETRY, UNKNOWN),
        ("write_timeout", RETRY, UNKNOWN),
        ("read_error", RETRY, UNKNOWN),
        ("remote_protocol", RETRY, UNKNOWN),
    ],
)
def test_classify_connection_errors(name: str, read: Decision, paid: Decision) -> None:
    """Reads retry any network failure; paid calls retry only connect-phase ones, else the outcome is unknown."""
    error = connection_error_from(NETWORK_ERRORS[name])
    assert classify(error, is_read=True) is read
    assert classify(error, is_read=False) is paid


@pytest.mark.parametrize(
    ("status", "code", "read", "paid"),
    [
        (400, "INVALID_PARAM", RAISE, RAISE),
        (401, "AUTH_INVALID_KEY", RAISE, RAISE),
        (402, "INSUFFICIENT_BALANCE", RAISE, RAISE),
        (403, "FORBIDDEN_SCOPE", RAISE, RAISE),
        (404, "ROUTE_NOT_FOUND", RAISE, RAISE),
        (404, "TASK_NOT_FOUND", RAISE, RAISE),
        (409, None, RAISE, RAISE),
        (429, "RATE_LIMITED", RETRY, RETRY),
        (429, "QUOTA_EXCEEDED", RAISE, RAISE),
        (429, None, RAISE, RAISE),
        (500, "INTERNAL_ERROR", RETRY, UNKNOWN),
        (502, "BACKEND_ERROR", RETRY, UNKNOWN),
        (503, "BACKEND_UNAVAILABLE", RETRY, UNKNOWN),
        (504, "BACKEND_TIMEOUT", RETRY, UNKNOWN),
        (500, None, RETRY, UNKNOWN),
        (501, None, RAISE, UNKNOWN),
        (520, None, RETRY, UNKNOWN),
        (530, None, RAISE, UNKNOWN),
    ],
)
def test_classify_api_errors(status: int, code: str | None, read: Decision, paid: Decision) -> None:
    """Statuses x read/paid: 429 RATE_LIMITED retries, 5xx retries for reads and is unknown for paid calls."""
    error = _api_error(status, code)
    assert classify(error, is_read=True) is read
    assert classify(error, is_read=False) is paid


@pytest.mark.parametrize(
    ("status", "read", "paid"),
    [
        (502, RETRY, UNKNOWN),
        (503, RETRY, UNKNOWN),
        (520, RETRY, UNKNOWN),
        (200, RAISE, RAISE),
        (404, RAISE, RAISE),
    ],
)
def test_classify_malformed_bodies_follow_their_status(
    status: int, read: Decision, paid: Decision
) -> None:
    """An HTML or empty body is classified by its status: an HTML 502 is a 502."""
    for error in (
        MalformedResponseError(status_code=status, body=b"<html>"),
        ResponseTooLargeError(status_code=status, limit=10, body=b"<html>"),
    ):
        assert classify(error, is_read=True) is read
        assert classify(error, is_read=False) is paid


def test_quota_exceeded_is_never_retried_even_with_the_rate_limited_code() -> None:
    """QuotaExceededError is raised whatever its code says."""
    error = QuotaExceededError(status_code=429, code="RATE_LIMITED")
    assert classify(error, is_read=True) is RAISE


@pytest.mark.parametrize(
    "error",
    [
        KeyboardInterrupt(),
        ValueError("bug"),
        httpx.ReadTimeout("not converted"),
        InvalidParameterError("bad", parameter="x"),
        BudgetExceededError(operation_id="op", estimate=1, remaining=0, budget=1),
        OutcomeUnknownError(operation_id="op"),
        TaskFailedError(task_id="t", operation_id="op", status="refunded", error_message=None),
    ],
    ids=lambda error: type(error).__name__,
)
@pytest.mark.parametrize("is_read", [True, False])
def test_other_exceptions_are_raised(error: BaseException, is_read: bool) -> None:
    """Bugs, interrupts, unconverted httpx errors and the SDK's own non-HTTP errors are never retried."""
    assert classify(error, is_read=is_read) is RAISE


@pytest.mark.anyio
async def test_cancellation_is_raised() -> None:
    """The event loop's cancellation exception is never retried, on asyncio and trio."""
    seen: list[Decision] = []
    with anyio.CancelScope() as scope:
        scope.cancel()
        try:
            await anyio.sleep(1)
        except anyio.get_cancelled_exc_class() as exc:
            seen.extend(classify(exc, is_read=is_read) for is_read in (True, False))
            raise
    assert seen == [RAISE, RAISE]

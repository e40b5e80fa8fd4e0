"""Logs handlers can use: arguments and exception info kept (redacted), structured fields,
one WARNING per 429 pause, and a word when the rate limit holds requests back."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import anyio
import httpx
import pytest
import respx

from trenz_async import (
    Progress,
    RateLimit,
    RateLimiter,
    RateLimitError,
    RetryPolicy,
    TrenzClient,
)
from trenz_async._support.logs import redacting_filter

from ..shared import ManualClock
from .helpers import (
    API_KEY,
    BASE_URL,
    cheap_read,
    envelope,
    error_body,
    minimal_arguments,
    typed,
    url_of,
)

pytestmark = pytest.mark.anyio

READ = cheap_read()
LOGGER = "trenz_async"


def _record(msg: str, args: Any, exc_info: Any = None) -> logging.LogRecord:
    record = logging.LogRecord(LOGGER, logging.WARNING, __file__, 1, msg, args, exc_info)
    assert redacting_filter.filter(record)
    return record


def test_clean_arguments_and_exception_info_are_kept() -> None:
    """A record without secrets keeps its template, its typed arguments and its exc_info."""
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        record = _record("%s took %.2fs (%d tries)", ("search", 1.5, 3), (type(exc), exc, None))
    assert record.msg == "%s took %.2fs (%d tries)"
    assert record.args == ("search", 1.5, 3)
    assert record.exc_info is not None
    assert record.getMessage() == "search took 1.50s (3 tries)"


def test_secret_arguments_and_traceback_text_are_redacted_not_dropped() -> None:
    """A key in an argument or a traceback is redacted; the argument and exc_info stay."""

    class Holder:
        def __str__(self) -> str:
            return f"holder of {API_KEY}"

    try:
        raise RuntimeError(f"failed with {API_KEY}")
    except RuntimeError as exc:
        record = _record("got %s from %s", (API_KEY, Holder()), (type(exc), exc, None))
    message = record.getMessage()
    assert API_KEY not in message
    assert "holder of [redacted]" in message
    assert record.exc_info is not None  # handlers such as Sentry keep the exception
    assert record.exc_text is not None
    assert API_KEY not in record.exc_text
    formatted = logging.Formatter().format(record)
    assert API_KEY not in formatted


def test_mapping_arguments_are_redacted() -> None:
    """`%(name)s` records with a mapping argument are redacted too."""
    record = _record("key=%(key)s n=%(n)d", ({"key": API_KEY, "n": 2},))
    assert record.getMessage() == "key=[redacted] n=2"


async def test_attempt_records_carry_structured_fields(caplog: pytest.LogCaptureFixture) -> None:
    """Each attempt's INFO record has operation_id, attempt, coins and request_id fields."""
    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).respond(
            200, json={**envelope(READ), "request_id": "req-1"}
        )
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL, rate_limit=None) as client:
            with caplog.at_level(logging.INFO, logger=LOGGER):
                await typed(client, READ)(**minimal_arguments(READ))
    [record] = [r for r in caplog.records if getattr(r, "operation_id", None)]
    fields = (record.operation_id, record.attempt, record.coins, record.request_id)  # type: ignore[attr-defined]
    assert fields == (READ.operation_id, 0, READ.coin_cost, "req-1")


async def test_many_429s_of_one_pause_log_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    """Twenty calls meeting the same 429 pause log one WARNING, not twenty."""
    arrived = 0
    everyone_in = anyio.Event()

    async def throttled(request: httpx.Request) -> httpx.Response:
        nonlocal arrived
        arrived += 1
        if arrived == 20:
            everyone_in.set()
        await everyone_in.wait()  # all twenty are in flight when the 429s come back
        return httpx.Response(429, json=error_body("RATE_LIMITED"), headers={"Retry-After": "30"})

    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).mock(side_effect=throttled)
        async with TrenzClient(
            api_key=API_KEY,
            base_url=BASE_URL,
            rate_limit=RateLimit(100, 60.0),
            max_in_flight=20,
            retry=RetryPolicy(max_retries=0),
            coalesce=False,  # twenty requests, not one shared by twenty callers
        ) as client:
            with caplog.at_level(logging.DEBUG, logger=LOGGER):

                async def one() -> None:
                    # The 429 itself is expected: the logs are what is checked.
                    with contextlib.suppress(RateLimitError):
                        await typed(client, READ)(**minimal_arguments(READ))

                async with anyio.create_task_group() as group:
                    for _ in range(20):
                        group.start_soon(one)
    pauses = [r for r in caplog.records if "pausing all requests" in r.getMessage()]
    assert len(pauses) == 20
    assert [r.levelno for r in pauses].count(logging.WARNING) == 1


async def test_a_long_wait_for_the_rate_limit_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Requests held back more than 5 s are announced once, with the expected wait."""
    clock = ManualClock()
    limiter = RateLimiter(RateLimit(1, 60.0), clock=clock)
    await limiter.release(await limiter.acquire())
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        async with anyio.create_task_group() as group:
            for _ in range(3):
                group.start_soon(limiter.acquire)
            await anyio.wait_all_tasks_blocked()
            assert not caplog.records
            clock.now += 6.0  # past the notice; the window still has 54 s to run
            limiter._wake()
            await anyio.wait_all_tasks_blocked()
            group.cancel_scope.cancel()
    [notice] = caplog.records
    assert "waited over 5s for the rate limit" in notice.getMessage()
    assert notice.expected_wait == pytest.approx(54.0)  # type: ignore[attr-defined]


async def test_progress_reports_a_wait_for_the_rate_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """as_completed's progress callback says when the rate limit holds the polls back."""
    monkeypatch.setattr("trenz_async._jobs.manager.SLOW_WAIT", 0.01)
    reports: list[Progress] = []
    async with TrenzClient(
        api_key=API_KEY, base_url=BASE_URL, rate_limit=RateLimit(1, 60.0)
    ) as client:
        limiter = client.limiter
        await limiter.release(await limiter.acquire())  # the window is full for a minute
        task = client.tasks.get("t-1")
        with anyio.move_on_after(0.2):
            async for _ in client.tasks.as_completed([task], progress=reports.append):
                pass
    waits = [report.rate_limit_wait for report in reports if report.rate_limit_wait]
    assert waits
    assert 50 < waits[0] <= 60

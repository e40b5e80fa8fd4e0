"""The rate limiter: sliding window, in-flight cap, pauses, fairness and cancellation.

Time is the shared `ManualClock`: a driver moves it forward whenever every caller is
blocked, so windows of any length pass without a real sleep; the assertions are on counts
and on the clock's start times, never on how long anything took.
"""

from __future__ import annotations

import anyio
import anyio.lowlevel
import attrs
import pytest

from trenz_async._transport.limiter import RateLimit, RateLimiter

from ..shared import ManualClock

pytestmark = pytest.mark.anyio


async def _start_times(
    limiter: RateLimiter, callers: int, clock: ManualClock, *, step: float
) -> list[float]:
    """Run `callers` concurrent slot users; return their start times on `clock`, sorted.

    Whenever every caller is blocked, the clock moves `step` seconds and the limiter is
    woken (as its own timer would wake it after that long): virtual time, no sleeping.
    """
    starts: list[float] = []
    done = 0

    async def caller() -> None:
        nonlocal done
        async with limiter.slot():
            starts.append(clock())
        done += 1

    async with anyio.create_task_group() as tg:
        for _ in range(callers):
            tg.start_soon(caller)
        await anyio.wait_all_tasks_blocked()
        while done < callers:
            clock.advance(step)
            limiter._wake()
            await anyio.wait_all_tasks_blocked()
    return sorted(starts)


def _assert_window_respected(starts: list[float], limit: int, period: float) -> None:
    """No `period`-long window holds more than `limit` of `starts` (sorted)."""
    for first, later in zip(starts, starts[limit:], strict=False):
        assert later - first >= period


@pytest.mark.parametrize(
    "kwargs",
    [
        {"requests": 0},
        {"requests": -5},
        {"period": 0.0},
        {"period": -1.0},
        {"period": float("inf")},
        {"period": float("nan")},
    ],
)
def test_rate_limit_refuses_non_positive_values(kwargs: dict[str, float]) -> None:
    """RateLimit requires a positive request count and a positive finite period."""
    with pytest.raises(ValueError, match="positive"):
        RateLimit(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("requests", [1.5, True, "200"])
def test_rate_limit_requests_must_be_an_int(requests: object) -> None:
    """A request count that is not an int (bools included) is a TypeError."""
    with pytest.raises(TypeError):
        RateLimit(requests=requests)  # type: ignore[arg-type]


def test_rate_limit_defaults_to_trenz_limit() -> None:
    """The default is Trenz's documented 200 requests per 60 seconds."""
    assert RateLimit() == RateLimit(200, 60.0)


@pytest.mark.parametrize("max_in_flight", [0, -1, 2.5, True])
def test_max_in_flight_must_be_a_positive_int(max_in_flight: object) -> None:
    """An in-flight cap below 1 or not an int is refused."""
    with pytest.raises(ValueError, match="max_in_flight"):
        RateLimiter(RateLimit(), max_in_flight=max_in_flight)  # type: ignore[arg-type]


async def test_window_is_never_exceeded_by_100_concurrent_callers() -> None:
    """100 concurrent callers never put more than `requests` starts in any window, the first included."""
    clock = ManualClock()
    limiter = RateLimiter(RateLimit(20, 60.0), clock=clock)
    starts = await _start_times(limiter, 100, clock, step=1.0)
    assert len(starts) == 100
    _assert_window_respected(starts, 20, 60.0)
    assert starts[-1] - starts[0] < 5 * 60.0  # and no slower than the window requires
    stats = limiter.statistics()
    assert (stats.requests_started, stats.in_flight, stats.waiting) == (100, 0, 0)


async def test_observe_limit_lowers_the_window() -> None:
    """After the server reports a lower X-RateLimit-Limit, the window holds that many starts."""
    clock = ManualClock()
    limiter = RateLimiter(RateLimit(10, 60.0), clock=clock)
    await limiter.observe_limit(3)
    starts = await _start_times(limiter, 12, clock, step=1.0)
    _assert_window_respected(starts, 3, 60.0)


async def test_observe_limit_never_goes_above_the_configured_limit() -> None:
    """The effective limit follows the server down and back up, but never past the configuration."""
    limiter = RateLimiter(RateLimit(10, 60.0))
    await limiter.observe_limit(4)
    assert limiter.statistics().effective_limit == 4
    await limiter.observe_limit(500)
    assert limiter.statistics().effective_limit == 10
    await limiter.observe_limit(0)
    assert limiter.statistics().effective_limit == 10


async def test_observe_limit_is_ignored_when_the_window_is_disabled() -> None:
    """With rate_limit=None the server's header does not switch a window on."""
    limiter = RateLimiter(None)
    await limiter.observe_limit(5)
    assert limiter.statistics().effective_limit is None


async def test_disabled_window_never_waits() -> None:
    """rate_limit=None lets any number of callers start even when the clock stands still."""
    clock = ManualClock()
    limiter = RateLimiter(None, clock=clock)
    starts = await _start_times(limiter, 500, clock, step=0.0)
    assert len(starts) == 500
    assert clock.now == 1_000.0  # nobody had to wait for time to pass


async def test_in_flight_cap_is_respected() -> None:
    """No more than max_in_flight slots are held at once, and the cap is actually used."""
    limiter = RateLimiter(None, max_in_flight=3)
    current = peak = 0

    async def caller() -> None:
        nonlocal current, peak
        async with limiter.slot():
            current += 1
            peak = max(peak, current)
            assert limiter.statistics().in_flight == current
            for _ in range(5):
                await anyio.lowlevel.checkpoint()
            current -= 1

    async with anyio.create_task_group() as tg:
        for _ in range(30):
            tg.start_soon(caller)
    assert peak == 3
    assert limiter.statistics().in_flight == 0


async def test_pause_blocks_every_caller() -> None:
    """While a pause lasts, no caller starts: all of them wait."""
    clock = ManualClock()
    limiter = RateLimiter(RateLimit(100, 60.0), clock=clock)
    await limiter.pause(60.0)
    starts: list[float] = []

    async def caller() -> None:
        async with limiter.slot():
            starts.append(clock())

    async with anyio.create_task_group() as tg:
        for _ in range(5):
            tg.start_soon(caller)
        await anyio.wait_all_tasks_blocked()
        assert starts == []
        assert limiter.statistics().waiting == 5
        tg.cancel_scope.cancel()
    stats = limiter.statistics()
    assert (stats.requests_started, stats.waiting, stats.in_flight) == (0, 0, 0)


async def test_callers_start_once_the_pause_ends() -> None:
    """When a pause ends every waiting caller starts, none of them before its end."""
    clock = ManualClock()
    limiter = RateLimiter(None, clock=clock)
    await limiter.pause(30.0)
    starts = await _start_times(limiter, 5, clock, step=1.0)
    assert len(starts) == 5
    assert starts[0] >= 1_030.0


async def test_pause_extends_but_never_shortens() -> None:
    """A longer pause extends the current one; a shorter, zero, negative or non-finite one changes nothing."""
    clock = ManualClock()
    limiter = RateLimiter(RateLimit(), clock=clock)
    await limiter.pause(30.0)
    assert limiter.statistics().paused_for == 30.0
    for ignored in (5.0, 0.0, -10.0, float("nan"), float("inf")):
        await limiter.pause(ignored)
        assert limiter.statistics().paused_for == 30.0
    clock.now += 10.0
    await limiter.pause(40.0)
    assert limiter.statistics().paused_for == 40.0
    clock.now += 100.0
    assert limiter.statistics().paused_for == 0.0


async def test_waiters_are_served_in_arrival_order() -> None:
    """Callers queued behind a full in-flight cap get their slots first come, first served."""
    limiter = RateLimiter(RateLimit(100, 60.0), max_in_flight=1)
    release = anyio.Event()
    order: list[int] = []

    async def holder() -> None:
        async with limiter.slot():
            await release.wait()

    async def waiter(index: int) -> None:
        async with limiter.slot():
            order.append(index)

    async with anyio.create_task_group() as tg:
        tg.start_soon(holder)
        await anyio.wait_all_tasks_blocked()
        for index in range(8):
            tg.start_soon(waiter, index)
            await anyio.wait_all_tasks_blocked()  # fix the arrival order
        release.set()
    assert order == list(range(8))


async def test_cancelled_in_flight_waiter_leaks_nothing() -> None:
    """A caller cancelled while waiting for an in-flight slot takes nothing and blocks no one."""
    limiter = RateLimiter(RateLimit(100, 60.0), max_in_flight=1)
    release = anyio.Event()
    served: list[str] = []

    async def holder() -> None:
        async with limiter.slot():
            await release.wait()

    async def victim(scope: anyio.CancelScope) -> None:
        with scope:
            async with limiter.slot():
                served.append("victim")

    async def later() -> None:
        async with limiter.slot():
            served.append("later")

    scope = anyio.CancelScope()
    with anyio.fail_after(5):  # a guard against a leaked slot hanging the test
        async with anyio.create_task_group() as tg:
            tg.start_soon(holder)
            await anyio.wait_all_tasks_blocked()
            tg.start_soon(victim, scope)
            await anyio.wait_all_tasks_blocked()
            tg.start_soon(later)
            await anyio.wait_all_tasks_blocked()
            assert limiter.statistics().waiting == 2
            scope.cancel()
            await anyio.wait_all_tasks_blocked()
            assert limiter.statistics().waiting == 1
            release.set()
    assert served == ["later"]
    stats = limiter.statistics()
    assert (stats.requests_started, stats.in_flight, stats.waiting) == (2, 0, 0)


async def test_cancelled_window_waiter_gives_back_its_in_flight_slot() -> None:
    """A caller cancelled while sleeping for the window returns the in-flight slot it held."""
    clock = ManualClock()
    limiter = RateLimiter(RateLimit(1, 60.0), max_in_flight=1, clock=clock)
    async with limiter.slot():
        pass
    async with anyio.create_task_group() as tg:

        async def held_back() -> None:
            async with limiter.slot():
                pytest.fail("the window should have held this caller back")

        tg.start_soon(held_back)
        await anyio.wait_all_tasks_blocked()
        assert limiter.statistics().waiting == 1
        tg.cancel_scope.cancel()
    stats = limiter.statistics()
    assert (stats.requests_started, stats.in_flight, stats.waiting) == (1, 0, 0)
    clock.advance(60.0)  # the window has passed: only a leaked in-flight slot could block now
    with anyio.fail_after(5):
        async with limiter.slot():
            assert limiter.statistics().in_flight == 1
    assert limiter.statistics().requests_started == 2


async def test_cancelled_slot_holder_releases_its_slot() -> None:
    """Cancelling the block that holds a slot frees it."""
    limiter = RateLimiter(None, max_in_flight=1)
    with anyio.CancelScope() as scope:
        async with limiter.slot():
            scope.cancel()
            await anyio.sleep(1)
    assert limiter.statistics().in_flight == 0
    with anyio.fail_after(5):
        async with limiter.slot():
            pass


def test_limiter_built_outside_an_event_loop_works_on_both_backends() -> None:
    """A limiter made before any loop runs works, and keeps working on a later asyncio or trio run."""
    clock = ManualClock()
    limiter = RateLimiter(RateLimit(5, 60.0), max_in_flight=2, clock=clock)

    async def use() -> int:
        return len(await _start_times(limiter, 2, clock, step=1.0))

    assert anyio.run(use, backend="asyncio") == 2
    assert anyio.run(use, backend="trio") == 2
    assert limiter.statistics().requests_started == 4


async def test_statistics_is_a_frozen_snapshot() -> None:
    """statistics() returns an immutable value that does not change after it is taken."""
    limiter = RateLimiter(RateLimit(7, 60.0), max_in_flight=4)
    stats = limiter.statistics()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        stats.in_flight = 3  # type: ignore[misc]
    await limiter.observe_limit(2)
    assert (stats.effective_limit, stats.max_in_flight, stats.requests_started) == (7, 4, 0)


async def test_a_free_slot_is_taken_without_a_checkpoint() -> None:
    """When nothing can block, acquire returns without yielding to the event loop."""
    limiter = RateLimiter(RateLimit(10, 60.0), max_in_flight=5)
    others_ran = False

    async def other() -> None:
        nonlocal others_ran
        others_ran = True

    async with anyio.create_task_group() as tg:
        tg.start_soon(other)
        permit = await limiter.acquire()  # a checkpoint here would let `other` run
        assert not others_ran
        await limiter.release(permit)


async def test_calls_go_before_polls_and_polls_borrow_idle_capacity() -> None:
    """Waiting calls are served before waiting polls; alone, polls fill the window but its reserve."""
    clock = ManualClock()
    limiter = RateLimiter(RateLimit(10, 60.0), poll_share=0.0, call_reserve=0.2, clock=clock)
    # Polls alone borrow up to limit - reserve (8 of 10) and then wait.
    polls = [await limiter.acquire(poll=True) for _ in range(8)]
    async with anyio.create_task_group() as tg:
        tg.start_soon(lambda: limiter.acquire(poll=True))
        await anyio.wait_all_tasks_blocked()
        assert limiter.statistics().waiting == 1  # the ninth poll waits
        tg.cancel_scope.cancel()
    # The reserve is there for calls.
    calls = [await limiter.acquire() for _ in range(2)]
    for permit in (*polls, *calls):
        await limiter.release(permit)
    order: list[str] = []

    async def take(kind: str) -> None:
        permit = await limiter.acquire(poll=kind == "poll")
        order.append(kind)
        await limiter.release(permit)

    async with anyio.create_task_group() as tg:
        for kind in ("poll", "call", "poll", "call"):
            tg.start_soon(take, kind)
            await anyio.wait_all_tasks_blocked()
        clock.advance(61.0)  # the window empties: both kinds are waiting
        limiter._wake()
    assert order == ["call", "call", "poll", "poll"]


async def test_polls_keep_a_guaranteed_share_against_busy_calls() -> None:
    """Under its guaranteed share a waiting poll goes before waiting calls, so polls never starve."""
    clock = ManualClock()
    limiter = RateLimiter(RateLimit(10, 60.0), poll_share=0.2, call_reserve=0.0, clock=clock)
    held = [await limiter.acquire() for _ in range(10)]
    order: list[str] = []

    async def take(kind: str) -> None:
        permit = await limiter.acquire(poll=kind == "poll")
        order.append(kind)
        await limiter.release(permit)

    async with anyio.create_task_group() as tg:
        for kind in ("call", "call", "poll"):
            tg.start_soon(take, kind)
            await anyio.wait_all_tasks_blocked()
        for permit in held:
            await limiter.release(permit)
        clock.advance(61.0)
        limiter._wake()
    assert order[0] == "poll"


@pytest.mark.parametrize(("share", "reserve"), [(-0.1, 0.1), (1.0, 0.1), (0.1, 1.5)])
def test_shares_must_be_fractions(share: float, reserve: float) -> None:
    """poll_share and call_reserve must lie in [0, 1)."""
    with pytest.raises(ValueError, match=r"in \[0, 1\)"):
        RateLimiter(RateLimit(), poll_share=share, call_reserve=reserve)

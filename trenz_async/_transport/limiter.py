"""Client-side rate limiting: a sliding window, a cap on requests in flight, and priorities.

`RateLimiter` is the in-process `RequestGate` (`_transport.gate`): one per client, shared
by every request it sends (task polls included), and shareable between clients that use
one API key. `RedisCoordinator` offers the same gate for a fleet of processes.

Admission, in order of preference:
1. a poll while polls hold less than their guaranteed share (`poll_share`) of the window;
2. otherwise ordinary calls, first come first served;
3. otherwise polls, borrowing idle capacity but leaving `call_reserve` of the window
   free, so a call arriving after a burst of polls does not wait for it to expire.

When nothing can block (nobody waiting, room in the window and in flight, no pause) a
slot is taken without a lock and without a checkpoint: the common case costs a few
comparisons. The limiter keeps no event-loop object between waits, so one limiter serves
successive event loops (and asyncio and trio in turn).
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections import deque
from collections.abc import AsyncIterator, Callable

import anyio
import attrs

from .._support import check_number, check_whole, number, whole

logger = logging.getLogger("trenz_async")

SLOW_WAIT = 5.0
"""Seconds a request may wait for the rate limit before the limiter says so (once)."""


@attrs.frozen
class RateLimit:
    """At most `requests` requests in any window of `period` seconds.

    Args:
        requests: requests allowed per window (Trenz allows 200 per minute per key).
        period: the window's length, in seconds.

    Raises:
        ValueError: a count that is not a whole number >= 1, or a period that is not a
            finite number > 0.
    """

    requests: int = attrs.field(default=200, validator=whole(minimum=1))
    period: float = attrs.field(default=60.0, validator=number(above=True))


@attrs.frozen
class RateLimiterStatistics:
    """A `RateLimiter`'s state, as of one moment."""

    requests_started: int
    """Slots granted since the limiter was created."""
    in_flight: int
    """Slots held right now."""
    waiting: int
    """Callers waiting for a slot (polls included)."""
    effective_limit: int | None
    """Requests allowed per period now (lowered by `observe_limit`); `None` when unlimited."""
    max_in_flight: int | None
    """The in-flight cap; `None` when uncapped."""
    paused_for: float
    """Seconds left of a `pause`; 0.0 when not paused."""


def _share(value: float, name: str) -> float:
    return check_number(name, value, below=1.0)


class _Waiter:
    __slots__ = ("event", "poll")

    def __init__(self, poll: bool) -> None:
        self.poll = poll
        self.event = anyio.Event()


class RateLimiter:
    """Grants request slots: at most N per sliding window, M in flight, calls before polls.

    A request counts in the window from its start until `period` after it *ends*: the
    server counts arrivals, and a start-stamped window would let network jitter bunch two
    windows' worth of requests into one of the server's.

    Args:
        rate_limit: the window; `None` disables it (the in-flight cap and pauses still apply).
        max_in_flight: the most slots held at once; `None` for no cap.
        poll_share: the share of the window polls are guaranteed when calls compete.
        call_reserve: the share of the window polls leave free for calls when borrowing.
        clock: monotonic seconds; the window and pauses are measured on it.

    Raises:
        ValueError: `max_in_flight` is not a positive int, or a share outside [0, 1).
    """

    def __init__(
        self,
        rate_limit: RateLimit | None,
        *,
        max_in_flight: int | None = None,
        poll_share: float = 0.1,
        call_reserve: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_in_flight is not None:
            check_whole("max_in_flight", max_in_flight, minimum=1)
        self.rate_limit = rate_limit
        self.max_in_flight = max_in_flight
        self.poll_share = _share(poll_share, "poll_share")
        self.call_reserve = _share(call_reserve, "call_reserve")
        self._clock = clock
        self._period = rate_limit.period if rate_limit is not None else math.inf
        self._limit: int | None = None
        self._quotas = (0, 0)  # (polls guaranteed, most slots polls may borrow into)
        self._set_limit(rate_limit.requests if rate_limit is not None else None)
        # End times of finished requests still in the window, oldest first, and which of
        # them were polls.
        self._ended: deque[tuple[float, bool]] = deque()
        self._ended_polls = 0
        self._active = 0
        self._active_polls = 0
        self._calls: deque[_Waiter] = deque()
        self._polls: deque[_Waiter] = deque()
        self._paused_until = -math.inf
        self._started = 0
        self._slow_announced = False  # a long wait was logged since the queues last emptied

    def __repr__(self) -> str:
        return (
            f"RateLimiter(rate_limit={self.rate_limit!r}, max_in_flight={self.max_in_flight!r}, "
            f"effective_limit={self._limit!r})"
        )

    # ----------------------------------------------------------------- RequestGate

    async def acquire(self, *, poll: bool = False) -> object:
        """Wait for a slot; return the permit `release` takes. Cancelling takes nothing."""
        if not self._calls and not self._polls and self._admits(self._clock(), poll):
            return self._grant(poll)  # the fast path: no await, so no checkpoint
        return await self._wait_turn(poll)

    async def release(self, permit: object) -> None:
        """The request ended; it counts in the window for one more period.

        Never suspends, so it completes even inside a cancelled scope.
        """
        poll = bool(permit)
        self._active -= 1
        if poll:
            self._active_polls -= 1
        if self._limit is not None:
            self._ended.append((self._clock(), poll))
            self._ended_polls += poll
        self._wake()

    async def pause(self, seconds: float) -> None:
        """Hold back every new slot for `seconds` from now (after a 429, say).

        A longer pause extends the current one; a shorter one does not shorten it.
        Zero, negative and non-finite values are ignored: the caller caps `Retry-After`,
        and a pause must never last forever.
        """
        if not math.isfinite(seconds) or seconds <= 0:
            return
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    async def observe_limit(self, limit: int) -> None:
        """Follow the server's `X-RateLimit-Limit`, never going above the configured limit.

        Ignored when the window is disabled, and for values below 1.
        """
        if self.rate_limit is None or limit < 1:
            return
        lowered = min(self.rate_limit.requests, limit)
        if lowered != self._limit:
            self._set_limit(lowered)
            self._wake()

    # ----------------------------------------------------------------- conveniences

    @contextlib.asynccontextmanager
    async def slot(self, *, poll: bool = False) -> AsyncIterator[None]:
        """Hold a slot for the duration of the block (`acquire` ... `release`)."""
        permit = await self.acquire(poll=poll)
        try:
            yield
        finally:
            await self.release(permit)

    def statistics(self) -> RateLimiterStatistics:
        """A frozen snapshot of the limiter's counters."""
        return RateLimiterStatistics(
            requests_started=self._started,
            in_flight=self._active,
            waiting=len(self._calls) + len(self._polls),
            effective_limit=self._limit,
            max_in_flight=self.max_in_flight,
            paused_for=max(self._paused_until - self._clock(), 0.0),
        )

    # ----------------------------------------------------------------- admission

    def _set_limit(self, limit: int | None) -> None:
        self._limit = limit
        if limit is not None:
            guaranteed = max(1, math.floor(limit * self.poll_share)) if self.poll_share else 0
            reserve = math.ceil(limit * self.call_reserve) if self.call_reserve else 0
            self._quotas = (guaranteed, max(limit - reserve, guaranteed, 1))

    def _grant(self, poll: bool) -> bool:
        self._active += 1
        self._active_polls += poll
        self._started += 1
        return poll

    def _expire(self, now: float) -> None:
        horizon = now - self._period
        ended = self._ended
        while ended and ended[0][0] <= horizon:
            _, was_poll = ended.popleft()
            self._ended_polls -= was_poll

    def _room(self, poll: bool) -> int:
        """How many slots of the window this kind of request may fill."""
        assert self._limit is not None
        if not poll:
            return self._limit
        guaranteed, borrowing = self._quotas
        if self._ended_polls + self._active_polls < guaranteed:
            return self._limit
        return borrowing

    def _admits(self, now: float, poll: bool) -> bool:
        if now < self._paused_until:
            return False
        if self.max_in_flight is not None and self._active >= self.max_in_flight:
            return False
        if self._limit is None:
            return True
        self._expire(now)
        return self._active + len(self._ended) < self._room(poll)

    def _next_kind(self) -> bool | None:
        """Which queue is served next: `True` polls, `False` calls, `None` nobody waits."""
        if self._polls and self._limit is not None:
            guaranteed = self._quotas[0]
            if self._ended_polls + self._active_polls < guaranteed:
                return True
        if self._calls:
            return False
        return True if self._polls else None

    def _delay(self, now: float, poll: bool) -> float:
        """Seconds until a start of this kind could be admitted (`inf`: after a release)."""
        if self.max_in_flight is not None and self._active >= self.max_in_flight:
            return math.inf  # a release wakes us
        delay = max(self._paused_until - now, 0.0)
        if self._limit is None:
            return delay
        excess = self._active + len(self._ended) - self._room(poll)
        if excess < 0:
            return delay
        if excess >= len(self._ended):
            return math.inf  # only requests still in flight fill the window
        return max(delay, self._ended[excess][0] + self._period - now)

    async def _wait_turn(self, poll: bool) -> object:
        waiter = _Waiter(poll)
        queue = self._polls if poll else self._calls
        queue.append(waiter)
        announce_at = self._clock() + SLOW_WAIT
        try:
            while True:
                now = self._clock()
                if self._limit is not None:
                    self._expire(now)  # the share counts below must be current
                ours = queue[0] is waiter and self._next_kind() is poll
                if ours and self._admits(now, poll):
                    queue.popleft()
                    permit = self._grant(poll)
                    if not self._calls and not self._polls:
                        self._slow_announced = False
                    self._wake()  # the next in line may be admissible too
                    return permit
                delay = self._delay(now, poll) if ours else math.inf
                if not self._slow_announced:
                    if now >= announce_at:
                        self._announce_slow(now, delay)
                    else:
                        delay = min(delay, announce_at - now)  # wake to say so, then wait on
                with anyio.move_on_after(delay):
                    await waiter.event.wait()
                waiter.event = anyio.Event()
        except BaseException:
            if waiter in queue:
                queue.remove(waiter)
                self._wake()  # whoever is now first must look again
            raise

    def _announce_slow(self, now: float, delay: float) -> None:
        """One WARNING when requests have waited `SLOW_WAIT` seconds, until the queues empty:
        a long wait for the window should not look like a hang."""
        self._slow_announced = True
        waiting = len(self._calls) + len(self._polls)
        if math.isfinite(delay):
            expected = f"the next one may start in about {delay:.0f}s"
        else:
            expected = "the next one starts when a request in flight ends"
        logger.warning(
            "%d request(s) have waited over %.0fs for the rate limit (%s); %s",
            waiting,
            SLOW_WAIT,
            self._describe(),
            expected,
            extra={"waiting": waiting, "expected_wait": delay if math.isfinite(delay) else None},
        )

    def _describe(self) -> str:
        if self._paused_until > self._clock():
            return "paused after a 429"
        if self.max_in_flight is not None and self._active >= self.max_in_flight:
            return f"{self._active} in flight, the cap"
        return f"{self._limit} per {self._period:g}s"

    def expected_wait(self) -> float:
        """Seconds before a new call could start, as of now (0.0: at once; `inf`: when a
        request in flight ends). Progress reports use it."""
        now = self._clock()
        if self._limit is not None:
            self._expire(now)
        if not self._calls and self._admits(now, False):
            return 0.0
        return self._delay(now, False)

    def _wake(self) -> None:
        """Let the first waiter of each queue re-check: something changed."""
        if self._calls:
            self._calls[0].event.set()
        if self._polls:
            self._polls[0].event.set()

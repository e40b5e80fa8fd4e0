"""Client-side rate limiting: a sliding-window log plus a cap on requests in flight.

Built on anyio, so it runs on asyncio and trio alike. One limiter is shared by every
request of a client (task polls included), and may be shared by several clients that use
one API key.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import anyio.lowlevel
import attrs


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"RateLimit.{attribute.name} must be a number, got {value!r}")
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"RateLimit.{attribute.name} must be positive, got {value!r}")


def _whole(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int):
        raise TypeError(f"RateLimit.{attribute.name} must be an int, got {value!r}")


@attrs.frozen
class RateLimit:
    """At most `requests` request starts in any window of `period` seconds.

    Args:
        requests: requests allowed per window (Trenz allows 200 per minute per key).
        period: the window's length, in seconds.

    Raises:
        ValueError: a value that is not positive.
    """

    requests: int = attrs.field(default=200, validator=[_positive, _whole])
    period: float = attrs.field(default=60.0, validator=_positive)


@attrs.frozen
class RateLimiterStatistics:
    """A `RateLimiter`'s state, as of one moment."""

    requests_started: int
    """Slots granted since the limiter was created."""
    in_flight: int
    """Slots held right now."""
    waiting: int
    """Callers waiting for a slot."""
    effective_limit: int | None
    """Requests allowed per period now (lowered by `observe_limit`); `None` when unlimited."""
    max_in_flight: int | None
    """The in-flight cap; `None` when uncapped."""
    paused_for: float
    """Seconds left of a `pause`; 0.0 when not paused."""


# How often a caller blocked only by requests still in flight looks again.
_IN_FLIGHT_RECHECK = 0.05


@attrs.frozen
class _Primitives:
    gate: anyio.Lock
    capacity: anyio.Semaphore | None


class RateLimiter:
    """Grants request slots: at most N starts per sliding window, and M in flight.

    The window is a log of start times, so no burst ever goes above the limit: there
    are never more than `rate_limit.requests` starts within any `rate_limit.period`
    seconds. Waiters are served first come, first served.

    Args:
        rate_limit: the window; `None` disables it (the in-flight cap and pauses still apply).
        max_in_flight: the most slots held at once; `None` for no cap.
        clock: monotonic seconds; the window and pauses are measured on it.

    Raises:
        ValueError: `max_in_flight` is not a positive int.
    """

    def __init__(
        self,
        rate_limit: RateLimit | None,
        *,
        max_in_flight: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_in_flight is not None and (
            isinstance(max_in_flight, bool)
            or not isinstance(max_in_flight, int)
            or max_in_flight < 1
        ):
            raise ValueError(f"max_in_flight must be a positive int or None, got {max_in_flight!r}")
        self.rate_limit = rate_limit
        self.max_in_flight = max_in_flight
        self._clock = clock
        self._limit = rate_limit.requests if rate_limit is not None else None
        self._stamps: deque[_Stamp] = deque()
        self._paused_until = -math.inf
        self._started = 0
        self._in_flight = 0
        self._waiting = 0
        # anyio primitives bind to the running event loop, and the limiter may be built
        # before one runs (or outlive one): create them per loop run, on first use.
        self._primitives: anyio.lowlevel.RunVar[_Primitives] = anyio.lowlevel.RunVar(
            f"trenz_async.RateLimiter.{id(self)}"
        )

    def __repr__(self) -> str:
        return (
            f"RateLimiter(rate_limit={self.rate_limit!r}, max_in_flight={self.max_in_flight!r}, "
            f"effective_limit={self._limit!r})"
        )

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Wait for a window slot and an in-flight slot; hold the latter until the block exits.

        Cancellation while waiting gives back whatever was taken.
        """
        primitives = self._get_primitives()
        self._waiting += 1
        try:
            # One waiter at a time goes past the gate, in arrival order (anyio locks are fair).
            async with primitives.gate:
                if primitives.capacity is not None:
                    # In-flight first: a start is logged only when the request really starts.
                    await primitives.capacity.acquire()
                try:
                    stamp = await self._wait_for_window()
                except BaseException:
                    if primitives.capacity is not None:
                        primitives.capacity.release()
                    raise
        finally:
            self._waiting -= 1
        self._in_flight += 1
        try:
            yield
        finally:
            self._in_flight -= 1
            if stamp is not None:
                # The request counts until `period` after it *ended*: the server counts
                # arrivals, and a start-stamped window would let network jitter bunch
                # two windows' worth of requests into one of the server's.
                stamp.at = self._clock()
            if primitives.capacity is not None:
                primitives.capacity.release()

    def pause(self, seconds: float) -> None:
        """Hold back every new slot for `seconds` from now (after a 429, say).

        A longer pause extends the current one; a shorter one does not shorten it.
        Zero, negative and non-finite values are ignored: the caller caps `Retry-After`,
        and a pause must never last forever.
        """
        if not math.isfinite(seconds) or seconds <= 0:
            return
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    def observe_limit(self, limit: int) -> None:
        """Follow the server's `X-RateLimit-Limit`, never going above the configured limit.

        Ignored when the window is disabled, and for values below 1.
        """
        if self.rate_limit is None or limit < 1:
            return
        self._limit = min(self.rate_limit.requests, limit)

    def statistics(self) -> RateLimiterStatistics:
        """A frozen snapshot of the limiter's counters."""
        return RateLimiterStatistics(
            requests_started=self._started,
            in_flight=self._in_flight,
            waiting=self._waiting,
            effective_limit=self._limit,
            max_in_flight=self.max_in_flight,
            paused_for=max(self._paused_until - self._clock(), 0.0),
        )

    def _get_primitives(self) -> _Primitives:
        primitives = self._primitives.get(None)
        if primitives is None:
            capacity = anyio.Semaphore(self.max_in_flight) if self.max_in_flight else None
            primitives = _Primitives(gate=anyio.Lock(), capacity=capacity)
            self._primitives.set(primitives)
        return primitives

    async def _wait_for_window(self) -> _Stamp | None:
        """Sleep until a start is allowed, then log it (with no checkpoint in between)."""
        while True:
            now = self._clock()
            delay = self._delay(now)
            if delay <= 0:
                self._started += 1
                if self.rate_limit is None:
                    return None
                stamp = _Stamp()
                self._stamps.append(stamp)
                return stamp
            # Re-checked after waking: a pause, a lower limit or a finished request may
            # have come meanwhile.
            await anyio.sleep(delay)

    def _delay(self, now: float) -> float:
        """Seconds until a start at `now` would respect the pause and the window."""
        delay = self._paused_until - now
        if self.rate_limit is None or self._limit is None:
            return delay
        period = self.rate_limit.period
        self._stamps = deque(
            stamp for stamp in self._stamps if stamp.at is None or stamp.at > now - period
        )
        excess = len(self._stamps) - self._limit
        if excess >= 0:
            # Wait for the (excess + 1)-th earliest expiry; requests still in flight
            # expire only after they end, so look again shortly.
            expiries = sorted(
                now + period if stamp.at is None else stamp.at + period for stamp in self._stamps
            )
            in_flight_wait = min(period, _IN_FLIGHT_RECHECK)
            wait = expiries[excess] - now
            if any(stamp.at is None for stamp in self._stamps):
                wait = min(wait, in_flight_wait)
            delay = max(delay, wait)
        return delay


@attrs.define
class _Stamp:
    """One request in the window: `at` is `None` while in flight, then its end time."""

    at: float | None = None

"""The fleet's request gate on Redis: one sliding window per key, on Redis's clock.

Every decision is one Lua script, so it is atomic across the fleet, and every time is
read with `TIME` inside it, so the workers' clocks never matter. Keys (all under the
coordinator's keyspace, all expiring once idle):

- `gate:window` / `gate:flight`: sorted sets of ended requests (scored by when they stop
  counting: their end plus `period`) and of requests in flight (scored by their lease's
  expiry). A request counts from its start until `period` after it ends; a permit whose
  lease runs out (its worker died) counts as ended at that moment;
- `gate:polls`: the polls among them, scored by when they stop counting;
- `gate:pause`: present while the fleet is paused after a 429 (its TTL is the pause);
- `gate:limit`: the limit the server announced lately (`X-RateLimit-Limit`);
- `gate:calls_waiting` / `gate:polls_waiting`: the workers with calls or polls waiting.

Admission follows `RateLimiter`'s rules, fleet-wide: polls are guaranteed `poll_share` of
the window (a waiting poll goes first while polls hold less); otherwise waiting calls go
first; polls borrow idle capacity but leave `call_reserve` of the window free for calls.

Within one worker, callers queue locally (one queue per kind, first come first served)
and only the head of each queue talks to Redis: a waiting fleet sends a few scripts per
freed slot, not one per waiting caller.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel
import attrs

from ..._errors import CoordinatorError
from ..._transport import RateLimit
from .keys import Keyspace, LuaScript
from .link import Deferred, RedisLink

# Why a script said "not yet" (the third item of its reply; the scripts write the numbers).
_WINDOW, _PAUSED, _IN_FLIGHT, _PRIORITY = 1, 2, 3, 4

# How soon to look again when only requests in flight (whose end nobody can know) or
# waiting requests of the other kind block a request. A local release wakes sooner.
_RECHECK = 0.05

# A worker's "waiting" mark outlives its expected wake-up by this much, so a worker that
# dies while waiting holds the other kind back no longer than this.
_WAITER_MARGIN = 1.0

# Spread the fleet's wake-ups: up to this fraction of the wait, at most `_MAX_JITTER`
# seconds (Redis runs a script in microseconds: a few ms apart is no herd, and a longer
# sleep past a freed slot is throughput lost), plus up to 2 ms.
_JITTER = 0.1
_MAX_JITTER = 0.02

# How long an announced limit is remembered without being announced again.
_LIMIT_TTL = 24 * 3600


# The scripts, in lua/gate.*.lua. Times are whole microseconds on Redis's clock (`TIME`),
# exact in Lua's doubles; numbers reach Redis commands as numbers, never through
# `tostring` (which keeps 14 digits). Each script is idempotent for its permit id, so a
# retried round trip applies once.
ACQUIRE = LuaScript.load("gate.acquire")
RELEASE = LuaScript.load("gate.release")
PAUSE = LuaScript.load("gate.pause")
OBSERVE_LIMIT = LuaScript.load("gate.observe_limit")
STATISTICS = LuaScript.load("gate.statistics")


@attrs.frozen
class FleetPermit:
    """A request admitted by the fleet's gate; hand it back to `RedisGate.release`.

    Attributes:
        id: unique across the fleet (the worker's id and a counter).
        granted_at: when it was granted, in seconds since the epoch on Redis's clock.
        poll: whether it was granted to a task poll.
    """

    id: str
    granted_at: float
    poll: bool


@attrs.frozen
class GateStatistics:
    """The fleet gate's state, as of one moment (on Redis's clock).

    Attributes:
        in_window: ended requests still counting in the window.
        in_flight: permits held by the fleet.
        paused_for: seconds left of a 429 pause; 0.0 when not paused.
        announced_limit: the limit the server last announced, if any.
        polls: polls among the requests counting in the window.
        waiting_calls: workers with ordinary calls waiting.
        waiting_polls: workers with polls waiting.
    """

    in_window: int
    in_flight: int
    paused_for: float
    announced_limit: int | None
    polls: int
    waiting_calls: int
    waiting_polls: int


@attrs.define(eq=False)
class _LocalQueue:
    """This worker's waiters on one event loop: only the head of each queue asks Redis."""

    heads: dict[bool, anyio.Lock] = attrs.field(
        factory=lambda: {False: anyio.Lock(), True: anyio.Lock()}
    )
    waiting: dict[bool, int] = attrs.field(factory=lambda: {False: 0, True: 0})
    released: anyio.Event = attrs.field(factory=anyio.Event)


class RedisGate:
    """A `RequestGate` shared by every worker bound to the same namespace and key.

    Args:
        link: the coordinator's connection.
        keyspace: the namespace's and key's keys.
        owner: this worker's id (unique per bind), the prefix of its permit ids.
        rate_limit: the window; `None` leaves only the in-flight cap and pauses.
        max_in_flight: the fleet's cap on requests in flight; `None` for none.
        lease_timeout: seconds after which a permit never released (its worker died)
            stops counting as in flight and counts as ended.
        poll_share: the share of the window polls are guaranteed when calls compete.
        call_reserve: the share of the window polls leave free for calls when borrowing.

    Raises:
        ValueError: a share outside [0, 1).
    """

    def __init__(
        self,
        link: RedisLink,
        keyspace: Keyspace,
        *,
        owner: str,
        rate_limit: RateLimit | None,
        max_in_flight: int | None,
        lease_timeout: float,
        poll_share: float = 0.1,
        call_reserve: float = 0.1,
    ) -> None:
        for name, share in (("poll_share", poll_share), ("call_reserve", call_reserve)):
            if isinstance(share, bool) or not (isinstance(share, int | float) and 0 <= share < 1):
                raise ValueError(f"{name} must be in [0, 1), got {share!r}")
        self.rate_limit = rate_limit
        self.max_in_flight = max_in_flight
        self.poll_share = float(poll_share)
        self.call_reserve = float(call_reserve)
        self._link = link
        self._owner = owner
        self._keys = [
            keyspace.key("gate", "window"),
            keyspace.key("gate", "flight"),
            keyspace.key("gate", "pause"),
            keyspace.key("gate", "limit"),
            keyspace.key("gate", "polls"),
            keyspace.key("gate", "calls_waiting"),
            keyspace.key("gate", "polls_waiting"),
        ]
        self._requests = rate_limit.requests if rate_limit is not None else 0
        self._period_us = _us(rate_limit.period) if rate_limit is not None else 0
        self._lease_us = _us(lease_timeout)
        self._ids = itertools.count(1)
        self._announced: int | None = None
        self._local_queue: anyio.lowlevel.RunVar[_LocalQueue] = anyio.lowlevel.RunVar(
            f"trenz_async.RedisGate.{id(self)}"
        )

    async def acquire(self, *, poll: bool = False) -> FleetPermit:
        """Wait until the fleet admits a request (see the module docs for who goes first).

        Cancellation while waiting takes nothing.

        Raises:
            CoordinatorError: Redis failed.
        """
        local = self._local()
        permit_id = f"{self._owner}:{next(self._ids)}"
        local.waiting[poll] += 1
        try:
            async with local.heads[poll]:
                return await self._wait_turn(local, permit_id, poll=poll)
        finally:
            local.waiting[poll] -= 1

    async def release(
        self,
        permit: object,
        *,
        on_error: Callable[[CoordinatorError], None] | None = None,
    ) -> None:
        """The request ended; it keeps counting in the window for one period.

        With `on_error`, the release is deferred to the next round trip (`RedisLink.defer`):
        until it is carried, the permit counts as in flight, which errs on the safe side,
        and a failure goes to `on_error`. Without, it is a round trip of its own.

        Raises:
            TypeError: `permit` did not come from `acquire`.
            CoordinatorError: Redis failed (the permit's lease will recover it).
        """
        if not isinstance(permit, FleetPermit):
            raise TypeError(f"expected a FleetPermit from acquire(), got {permit!r}")
        if on_error is not None:
            self.release_later(permit, on_error=on_error)
            return
        try:
            await self._link.script("gate.release", RELEASE, *self._release(permit))
        finally:
            self._wake()

    def release_later(
        self, permit: FleetPermit, *, on_error: Callable[[CoordinatorError], None]
    ) -> None:
        """`release`, deferred to this process's next round trip (`RedisLink.defer`)."""
        try:
            self._link.defer("gate.release", RELEASE, *self._release(permit), on_error=on_error)
        finally:
            self._wake()

    def start_step(self) -> tuple[str, Deferred] | None:
        """An acquire for a call, to run in the round trip that reserves its coins.

        `None` while calls of this worker queue for a slot: the slot goes to the head of
        their queue, never to a call that did not queue. Pass the step's reply to
        `granted`.
        """
        if self._local().waiting[False]:
            return None
        permit_id = f"{self._owner}:{next(self._ids)}"
        args = self._acquire_args(permit_id, poll=False, keep_mark=False)
        return permit_id, Deferred("gate.acquire", ACQUIRE, self._keys, args, None, _ignore)

    def granted(self, permit_id: str, reply: Any) -> FleetPermit | None:
        """The permit a `start_step` reply granted, if it did (else the call queues as usual)."""
        if not reply or not int(reply[0]):
            return None
        return FleetPermit(id=permit_id, granted_at=int(reply[1]) / 1e6, poll=False)

    def _release(self, permit: FleetPermit) -> tuple[list[str], list[str | int]]:
        keys = [*self._keys[:2], self._keys[4]]
        return keys, [permit.id, self._period_us, self._lease_us, int(permit.poll)]

    def _wake(self) -> None:
        local = self._local()
        local.released.set()
        local.released = anyio.Event()

    async def pause(self, seconds: float) -> None:
        """Admit nothing, fleet-wide, for `seconds` from now; never shortens a pause.

        Zero, negative and non-finite values are ignored (the caller caps `Retry-After`).

        Raises:
            CoordinatorError: Redis failed.
        """
        if not math.isfinite(seconds) or seconds <= 0:
            return
        await self._link.script(
            "gate.pause", PAUSE, [self._keys[2]], [max(math.ceil(seconds * 1000), 1)]
        )

    async def observe_limit(self, limit: int) -> None:
        """Follow a lower `X-RateLimit-Limit` for the whole fleet (never above the window).

        Only a value that differs from the last one this worker saw costs a round trip.
        Ignored without a window and for values below 1.

        Raises:
            CoordinatorError: Redis failed.
        """
        if self.rate_limit is None or isinstance(limit, bool) or limit < 1:
            return
        if limit == self._announced:
            return
        await self._link.script(
            "gate.observe_limit", OBSERVE_LIMIT, [self._keys[3]], [limit, _LIMIT_TTL]
        )
        self._announced = limit

    async def statistics(self) -> GateStatistics:
        """The fleet-wide state of the gate.

        Raises:
            CoordinatorError: Redis failed.
        """
        (
            window,
            flight,
            paused_ms,
            announced,
            polls,
            calls_waiting,
            polls_waiting,
        ) = await self._link.script("gate.statistics", STATISTICS, self._keys, [])
        return GateStatistics(
            in_window=int(window),
            in_flight=int(flight),
            paused_for=int(paused_ms) / 1000,
            announced_limit=int(announced) if announced else None,
            polls=int(polls),
            waiting_calls=int(calls_waiting),
            waiting_polls=int(polls_waiting),
        )

    async def _wait_turn(self, local: _LocalQueue, permit_id: str, *, poll: bool) -> FleetPermit:
        while True:
            granted, value, reason = await self._link.script(
                "gate.acquire",
                ACQUIRE,
                self._keys,
                # Keep this worker's "waiting" mark while more of its kind queue.
                self._acquire_args(permit_id, poll=poll, keep_mark=local.waiting[poll] > 1),
            )
            if granted:
                return FleetPermit(id=permit_id, granted_at=int(value) / 1e6, poll=poll)
            delay = int(value) / 1e6
            delay += min(delay * _JITTER, _MAX_JITTER) * random.random() + random.uniform(0, 0.002)
            if int(reason) == _IN_FLIGHT:
                # Only an end can free an in-flight slot: wake up early at a local one.
                with anyio.move_on_after(delay):
                    await local.released.wait()
            else:
                await anyio.sleep(delay)

    def _acquire_args(self, permit_id: str, *, poll: bool, keep_mark: bool) -> list[str | int]:
        return [
            permit_id,
            int(poll),
            self._requests,
            self._period_us,
            self._lease_us,
            self.max_in_flight or 0,
            self._owner,
            int(keep_mark),
            _us(_RECHECK),
            _us(_WAITER_MARGIN),
            repr(self.poll_share),
            repr(self.call_reserve),
        ]

    def _local(self) -> _LocalQueue:
        local = self._local_queue.get(None)
        if local is None:
            local = _LocalQueue()
            self._local_queue.set(local)
        return local

    def __repr__(self) -> str:
        return (
            f"RedisGate(rate_limit={self.rate_limit!r}, max_in_flight={self.max_in_flight!r}, "
            f"owner={self._owner!r})"
        )


def _ignore(error: CoordinatorError) -> None:
    """A failed `start_step` only means the call queues for its slot as usual."""


def _us(seconds: float) -> int:
    """Seconds as whole microseconds, the unit of every time in the scripts."""
    return round(seconds * 1_000_000)

"""The fleet's request gate on Redis: one sliding window per key, on Redis's clock.

Every decision is one Lua script, so it is atomic across the fleet, and every time is
read with `TIME` inside it, so the workers' clocks never matter. Keys (all under the
coordinator's keyspace, all expiring once idle):

- `gate:window`: a sorted set of ended requests, scored by when they stop counting
  (their end plus `period`);
- `gate:flight`: a sorted set of requests in flight, scored by their lease's expiry.
  A request counts in the window from its start until `period` after it ends; a permit
  whose lease runs out (its worker died) counts as ended at that moment;
- `gate:pause`: present while the fleet is paused after a 429 (its TTL is the pause);
- `gate:limit`: the lowest limit the server announced lately (`X-RateLimit-Limit`);
- `gate:waiters`: the workers whose ordinary calls are waiting, so polls let them go first.

Within one worker, callers queue locally (calls before polls, first come first served)
and only the head of each queue talks to Redis: a waiting fleet sends a few scripts per
freed slot, not one per waiting caller.
"""

from __future__ import annotations

import itertools
import math
import random

import anyio
import anyio.lowlevel
import attrs

from ._ratelimit import RateLimit
from ._redis_keys import Keyspace, LuaScript
from ._redis_link import RedisLink

# Why a script said "not yet" (the third item of its reply; the script writes the numbers).
_WINDOW, _PAUSED, _IN_FLIGHT, _PRIORITY = 1, 2, 3, 4

# How soon to look again when only requests in flight (whose end nobody can know) or a
# waiting call block a request. A local release wakes the worker's head sooner.
_RECHECK = 0.05

# A waiting call's entry outlives its expected wake-up by this much, so a worker that
# dies while waiting holds polls back no longer than this.
_WAITER_MARGIN = 1.0

# Spread the fleet's wake-ups: up to this fraction of the wait, plus up to 2 ms.
_JITTER = 0.1

_ACQUIRE = LuaScript(
    "gate.acquire",
    """
redis.replicate_commands()
local window, flight, pause, limit_key, waiters = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local permit, poll = ARGV[1], ARGV[2] == '1'
local requests, period, lease = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local cap, waiter, keep_waiter = tonumber(ARGV[6]), ARGV[7], ARGV[8] == '1'
local recheck, margin = tonumber(ARGV[9]), tonumber(ARGV[10])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])

-- Permits whose lease ran out belong to dead workers: they count as ended now.
local dead = redis.call('ZRANGEBYSCORE', flight, '-inf', now, 'WITHSCORES', 'LIMIT', 0, 100)
for i = 1, #dead, 2 do
  redis.call('ZREM', flight, dead[i])
  redis.call('ZADD', window, tonumber(dead[i + 1]) + period, dead[i])
end
redis.call('ZREMRANGEBYSCORE', window, '-inf', now)
redis.call('ZREMRANGEBYSCORE', waiters, '-inf', now)

-- A retried script whose first run got through (the reply was lost): same permit.
local granted = redis.call('ZSCORE', flight, permit)
if granted then
  return {1, now, 0}
end

local wait, reason = 0, 0
local function need(us, why)
  if us > wait then
    wait, reason = us, why
  end
end
local paused = redis.call('PTTL', pause)
if paused > 0 then
  need(paused * 1000, 2) -- paused
end
local in_flight = redis.call('ZCARD', flight)
if cap > 0 and in_flight >= cap then
  need(recheck, 3) -- in-flight cap
end
if requests > 0 then
  local limit = requests
  local announced = tonumber(redis.call('GET', limit_key))
  if announced and announced >= 1 and announced < limit then
    limit = announced
  end
  if poll then
    -- Polls use idle capacity only: a tenth of the window stays free for calls.
    limit = limit - math.floor(limit / 10)
  end
  local used = redis.call('ZCARD', window) + in_flight
  if used >= limit then
    -- Ended requests stop counting in score order; requests in flight end no sooner
    -- than a period from now.
    local nth = redis.call('ZRANGE', window, used - limit, used - limit, 'WITHSCORES')
    local frees = now + period
    if nth[2] then
      frees = tonumber(nth[2])
    end
    need(math.max(frees - now, 1000), 1) -- window
  end
end
if poll and wait == 0 and redis.call('ZCARD', waiters) > 0 then
  need(recheck, 4) -- a call waits: it goes first
end

if wait > 0 then
  if not poll then
    redis.call('ZADD', waiters, now + wait + margin, waiter)
    redis.call('PEXPIRE', waiters, math.ceil((wait + margin) / 1000))
  end
  return {0, wait, reason}
end
redis.call('ZADD', flight, now + lease, permit)
if not poll and not keep_waiter then
  redis.call('ZREM', waiters, waiter)
end
local ttl = math.ceil((period + lease) / 1000) + 1000
redis.call('PEXPIRE', flight, ttl)
redis.call('PEXPIRE', window, ttl)
return {1, now, 0}
""",
)

_RELEASE = LuaScript(
    "gate.release",
    """
redis.replicate_commands()
local window, flight = KEYS[1], KEYS[2]
local permit, period, lease = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZREM', flight, permit)
-- The request counts until a period after it ended (re-stamped even if its lease was
-- recovered meanwhile: it ended later than the recovery assumed).
local ends = now + period
local score = tonumber(redis.call('ZSCORE', window, permit))
if not score or score < ends then
  redis.call('ZADD', window, ends, permit)
end
redis.call('PEXPIRE', window, math.ceil((period + lease) / 1000) + 1000)
return 1
""",
)

_PAUSE = LuaScript(
    "gate.pause",
    """
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then
  redis.call('SET', KEYS[1], '1', 'PX', ms)
end
return 1
""",
)

_OBSERVE_LIMIT = LuaScript(
    "gate.observe_limit",
    """
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
""",
)

_STATISTICS = LuaScript(
    "gate.statistics",
    """
local window, flight, pause, limit_key, waiters = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local in_window = redis.call('ZCOUNT', window, now + 1, '+inf')
local in_flight = redis.call('ZCARD', flight)
local waiting = redis.call('ZCOUNT', waiters, now + 1, '+inf')
return {in_window, in_flight, math.max(redis.call('PTTL', pause), 0), redis.call('GET', limit_key) or '', waiting}
""",
)

# How long an announced limit is remembered without being announced again.
_LIMIT_TTL = 24 * 3600


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
        waiting_calls: workers with ordinary calls waiting.
    """

    in_window: int
    in_flight: int
    paused_for: float
    announced_limit: int | None
    waiting_calls: int


@attrs.define(eq=False)
class _LocalQueue:
    """This worker's waiters on one event loop: only the head of each queue asks Redis."""

    calls: anyio.Lock = attrs.field(factory=anyio.Lock)
    polls: anyio.Lock = attrs.field(factory=anyio.Lock)
    calls_waiting: int = 0
    calls_idle: anyio.Event = attrs.field(factory=anyio.Event)
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
    ) -> None:
        self.rate_limit = rate_limit
        self.max_in_flight = max_in_flight
        self._link = link
        self._owner = owner
        self._keys = [
            keyspace.key("gate", "window"),
            keyspace.key("gate", "flight"),
            keyspace.key("gate", "pause"),
            keyspace.key("gate", "limit"),
            keyspace.key("gate", "waiters"),
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
        """Wait until the fleet admits a request; ordinary calls go before polls.

        Cancellation while waiting takes nothing.

        Raises:
            CoordinatorError: Redis failed.
        """
        local = self._local()
        permit_id = f"{self._owner}:{next(self._ids)}"
        if poll:
            async with local.polls:
                return await self._wait_turn(local, permit_id, poll=True)
        if local.calls_waiting == 0:
            local.calls_idle = anyio.Event()
        local.calls_waiting += 1
        try:
            async with local.calls:
                return await self._wait_turn(local, permit_id, poll=False)
        finally:
            local.calls_waiting -= 1
            if local.calls_waiting == 0:
                local.calls_idle.set()

    async def release(self, permit: object) -> None:
        """The request ended; it keeps counting in the window for one period.

        Raises:
            TypeError: `permit` did not come from `acquire`.
            CoordinatorError: Redis failed (the permit's lease will recover it).
        """
        if not isinstance(permit, FleetPermit):
            raise TypeError(f"expected a FleetPermit from acquire(), got {permit!r}")
        try:
            await self._link.script(
                "gate.release",
                _RELEASE,
                self._keys[:2],
                [permit.id, self._period_us, self._lease_us],
            )
        finally:
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
            "gate.pause", _PAUSE, [self._keys[2]], [max(math.ceil(seconds * 1000), 1)]
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
            "gate.observe_limit", _OBSERVE_LIMIT, [self._keys[3]], [limit, _LIMIT_TTL]
        )
        self._announced = limit

    async def statistics(self) -> GateStatistics:
        """The fleet-wide state of the gate.

        Raises:
            CoordinatorError: Redis failed.
        """
        in_window, in_flight, paused_ms, announced, waiting = await self._link.script(
            "gate.statistics", _STATISTICS, self._keys, []
        )
        return GateStatistics(
            in_window=int(in_window),
            in_flight=int(in_flight),
            paused_for=int(paused_ms) / 1000,
            announced_limit=int(announced) if announced else None,
            waiting_calls=int(waiting),
        )

    async def _wait_turn(self, local: _LocalQueue, permit_id: str, *, poll: bool) -> FleetPermit:
        while True:
            if poll:
                while local.calls_waiting:  # this worker's calls go first
                    await local.calls_idle.wait()
            granted, value, reason = await self._link.script(
                "gate.acquire",
                _ACQUIRE,
                self._keys,
                [
                    permit_id,
                    int(poll),
                    self._requests,
                    self._period_us,
                    self._lease_us,
                    self.max_in_flight or 0,
                    self._owner,
                    # Keep the fleet-wide "calls waiting" mark while more of ours queue.
                    int(not poll and local.calls_waiting > 1),
                    _us(_RECHECK),
                    _us(_WAITER_MARGIN),
                ],
            )
            if granted:
                return FleetPermit(id=permit_id, granted_at=int(value) / 1e6, poll=poll)
            delay = int(value) / 1e6
            delay += delay * random.uniform(0, _JITTER) + random.uniform(0, 0.002)
            if int(reason) == _IN_FLIGHT:
                # Only an end can free an in-flight slot: wake up early at a local one.
                with anyio.move_on_after(delay):
                    await local.released.wait()
            else:
                await anyio.sleep(delay)

    def _local(self) -> _LocalQueue:
        local = self._local_queue.get(None)
        if local is None:
            local = _LocalQueue()
            local.calls_idle.set()
            self._local_queue.set(local)
        return local

    def __repr__(self) -> str:
        return (
            f"RedisGate(rate_limit={self.rate_limit!r}, max_in_flight={self.max_in_flight!r}, "
            f"owner={self._owner!r})"
        )


def _us(seconds: float) -> int:
    """Seconds as whole microseconds, the unit of every time in the scripts."""
    return round(seconds * 1_000_000)

"""The fleet's coin store on Redis: one budget and one ledger for every worker.

Every transition is one Lua script, so concurrent reservations from the whole fleet see
one committed total and can never pass the budget together. Keys (under the
coordinator's keyspace; the ledger is durable, nothing here expires but old job ids):

- `coins:totals`: a hash of `calls`, `spent`, `held`, `uncertain`, `reserved` and the
  last `balance` the server reported;
- `coins:ops`: a hash of `calls:<operation>` and `coins:<operation>`;
- `coins:reserved` + `coins:leases`: each reservation (`<coins>\\t<operation>`) and the
  moment it is deemed abandoned;
- `coins:uncertain`: each uncertain amount (`<coins>\\t<operation>\\t<origin>`);
- `coins:held`: each held job (`<coins>\\t<operation>`);
- `coins:ended`: job ids that settled or were refunded (kept a week, so a late `hold`
  of a finished job cannot count it again).

A reservation whose lease runs out (its worker died, or took longer than the lease) is
*not* released: the request may have reached Trenz, so releasing it could let the fleet
overspend. It becomes uncertain (origin `r`): still counted by the budget, shown in
`coins_uncertain`, and settled by `resolve(call_id, coins_charged=...)`. A worker that
was only slow still finishes it: its `commit`, `release` or `mark_uncertain` applies to
the recovered amount as it would have to the reservation.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ._coordinator import CoordinatorError
from ._errors import BudgetExceededError
from ._redis_keys import Keyspace, LuaScript
from ._redis_link import RedisLink
from ._usage import OperationUsage, UsageSnapshot

# How long ended job ids are remembered, in seconds.
_ENDED_RETENTION = 7 * 24 * 3600

# Shared by the scripts: TIME, record parsing and the sweep of abandoned reservations.
_PRELUDE = """
redis.replicate_commands()
local config, totals, ops, reserved, leases, uncertain, held, ended =
  KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])

local function parse(record)
  local coins, op, origin = string.match(record, '^(%d+)\\t([^\\t]*)\\t?(.*)$')
  return tonumber(coins), op, origin
end

local function sweep()
  local expired = redis.call('ZRANGEBYSCORE', leases, '-inf', now, 'LIMIT', 0, 100)
  for _, id in ipairs(expired) do
    local record = redis.call('HGET', reserved, id)
    redis.call('ZREM', leases, id)
    if record then
      local coins, op = parse(record)
      redis.call('HDEL', reserved, id)
      redis.call('HINCRBY', totals, 'reserved', -coins)
      if redis.call('HSETNX', uncertain, id, coins .. '\\t' .. op .. '\\tr') == 1 then
        redis.call('HINCRBY', totals, 'uncertain', coins)
      end
    end
  end
end

-- The call's open amount: its reservation, or what recovery turned it into.
local function take_call(id)
  local record = redis.call('HGET', reserved, id)
  if record then
    local coins, op = parse(record)
    redis.call('HDEL', reserved, id)
    redis.call('ZREM', leases, id)
    redis.call('HINCRBY', totals, 'reserved', -coins)
    return coins, op
  end
  record = redis.call('HGET', uncertain, id)
  if record then
    local coins, op, origin = parse(record)
    if origin == 'r' then
      redis.call('HDEL', uncertain, id)
      redis.call('HINCRBY', totals, 'uncertain', -coins)
      return coins, op
    end
  end
  return nil, nil
end

local function spend(op, coins)
  redis.call('HINCRBY', totals, 'spent', coins)
  redis.call('HINCRBY', ops, 'coins:' .. op, coins)
end
"""


def _script(name: str, body: str) -> LuaScript:
    return LuaScript(name, _PRELUDE + body)


_RESERVE = _script(
    "coins.reserve",
    """
local id, op, coins, lease = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
sweep()
if redis.call('HEXISTS', reserved, id) == 1 then
  return {1, 0}
end
local budget = redis.call('HGET', config, 'max_coins')
if not budget then
  return {-1, 0} -- the namespace's configuration (and so its ledger) is gone
end
local sums = redis.call('HMGET', totals, 'spent', 'held', 'uncertain', 'reserved')
local committed = 0
for _, value in ipairs(sums) do
  committed = committed + (tonumber(value) or 0)
end
if budget ~= 'none' and committed + coins > tonumber(budget) then
  return {0, committed}
end
redis.call('HSET', reserved, id, ARGV[3] .. '\\t' .. op)
redis.call('ZADD', leases, now + lease, id)
redis.call('HINCRBY', totals, 'reserved', coins)
return {1, committed + coins}
""",
)

_COMMIT = _script(
    "coins.commit",
    """
local id, coins, job, balance = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]
local estimate, op = take_call(id)
if not estimate then
  return 0 -- already committed (a retried script), released or never reserved
end
redis.call('HINCRBY', totals, 'calls', 1)
redis.call('HINCRBY', ops, 'calls:' .. op, 1)
if balance ~= '' then
  redis.call('HSET', totals, 'balance', balance)
end
if job == '' then
  spend(op, coins)
  return 1
end
-- A submission that reported no cost is held at its estimate, so the budget counts it.
if coins <= 0 then
  coins = estimate
end
if redis.call('HEXISTS', held, job) == 0 and not redis.call('ZSCORE', ended, job) then
  redis.call('HSET', held, job, coins .. '\\t' .. op)
  redis.call('HINCRBY', totals, 'held', coins)
end
return 1
""",
)

_RELEASE = _script(
    "coins.release",
    """
local estimate = take_call(ARGV[1])
return estimate and 1 or 0
""",
)

_MARK_UNCERTAIN = _script(
    "coins.mark_uncertain",
    """
local id = ARGV[1]
local estimate, op = take_call(id)
if not estimate then
  return 0
end
redis.call('HSET', uncertain, id, estimate .. '\\t' .. op .. '\\tu')
redis.call('HINCRBY', totals, 'uncertain', estimate)
return 1
""",
)

_ADD_UNCERTAIN = _script(
    "coins.add_uncertain",
    """
local id, op, coins = ARGV[1], ARGV[2], tonumber(ARGV[3])
if redis.call('HSETNX', uncertain, id, ARGV[3] .. '\\t' .. op .. '\\ta') == 1 then
  redis.call('HINCRBY', totals, 'uncertain', coins)
  return 1
end
return 0
""",
)

_RESOLVE = _script(
    "coins.resolve",
    """
local id, charged = ARGV[1], tonumber(ARGV[2])
local record = redis.call('HGET', uncertain, id)
if not record then
  return 0
end
local coins, op = parse(record)
redis.call('HDEL', uncertain, id)
redis.call('HINCRBY', totals, 'uncertain', -coins)
spend(op, charged)
return 1
""",
)

_HOLD = _script(
    "coins.hold",
    """
local job, op, coins = ARGV[1], ARGV[2], tonumber(ARGV[3])
if redis.call('ZSCORE', ended, job) then
  return 0 -- settled or refunded already: a late resume must not hold it again
end
if redis.call('HSETNX', held, job, ARGV[3] .. '\\t' .. op) == 1 then
  redis.call('HINCRBY', totals, 'held', coins)
  return 1
end
return 0
""",
)

_SETTLE = _script(
    "coins.settle",
    """
local job, final, retention = ARGV[1], ARGV[2], tonumber(ARGV[3])
local record = redis.call('HGET', held, job)
if not record then
  return 0
end
local coins, op = parse(record)
redis.call('HDEL', held, job)
redis.call('HINCRBY', totals, 'held', -coins)
if final ~= '' then
  coins = tonumber(final)
end
if ARGV[4] == 'settle' then
  spend(op, coins)
end
redis.call('ZADD', ended, now, job)
redis.call('ZREMRANGEBYSCORE', ended, '-inf', now - retention)
return 1
""",
)

_SNAPSHOT = _script(
    "coins.snapshot",
    """
sweep()
return {redis.call('HGETALL', totals), redis.call('HGETALL', ops)}
""",
)


class RedisCoinStore:
    """A `CoinStore` shared by every worker bound to the same namespace and key.

    Args:
        link: the coordinator's connection.
        keyspace: the namespace's and key's keys.
        max_coins: the namespace's budget (already checked against Redis by the
            coordinator); `None` for none.
        lease_timeout: seconds after which a reservation neither committed nor released
            counts as uncertain.
    """

    def __init__(
        self,
        link: RedisLink,
        keyspace: Keyspace,
        *,
        max_coins: int | None,
        lease_timeout: float,
    ) -> None:
        self.max_coins = max_coins
        self._link = link
        self._keys = [
            keyspace.key("config"),
            *(
                keyspace.key("coins", name)
                for name in ("totals", "ops", "reserved", "leases", "uncertain", "held", "ended")
            ),
        ]
        self._lease_us = round(lease_timeout * 1_000_000)

    async def reserve(self, call_id: str, operation_id: str, coins: int) -> None:
        """Reserve `coins` for a call about to be sent; idempotent per `call_id`.

        Raises:
            BudgetExceededError: the fleet's committed coins + `coins` would pass the
                budget; nothing reserved.
            CoordinatorError: Redis failed, or lost the namespace's data (its ledger with
                it): the fleet stops rather than spend its budget twice.
        """
        ok, committed = await self._run(
            _RESERVE, call_id, operation_id, _coins(coins), self._lease_us
        )
        if ok < 0:
            # Redis restarted without persistence, or was flushed: the ledger is gone, and
            # carrying on would let the fleet spend its budget a second time.
            raise CoordinatorError(
                "the namespace's configuration and ledger are gone from Redis (restarted "
                "without persistence, or flushed?); nothing was reserved. Bind again to "
                "start a new ledger",
                operation="coins.reserve",
            )
        if not ok:
            budget = self.max_coins if self.max_coins is not None else int(committed)
            raise BudgetExceededError(
                operation_id=operation_id,
                estimate=coins,
                remaining=max(budget - int(committed), 0),
                budget=budget,
            )

    async def commit(
        self, call_id: str, *, coins: int, job_id: str | None, balance: int | None
    ) -> None:
        """The call succeeded: its reservation becomes `coins` spent, or held for `job_id`.

        A job whose submission reported no cost is held at the reserved estimate. A
        commit for an unknown call (a retry of one that got through) changes nothing.
        """
        await self._run(
            _COMMIT,
            call_id,
            _coins(coins),
            job_id or "",
            "" if balance is None else int(balance),
        )

    async def release(self, call_id: str) -> None:
        """The call provably did nothing: its reservation no longer counts."""
        await self._run(_RELEASE, call_id)

    async def mark_uncertain(self, call_id: str) -> None:
        """The call's outcome is unknown: its reservation stays counted, as uncertain."""
        await self._run(_MARK_UNCERTAIN, call_id)

    async def add_uncertain(self, uncertain_id: str, operation_id: str, coins: int) -> None:
        """A retried attempt may have been charged too: count `coins` more as uncertain."""
        await self._run(_ADD_UNCERTAIN, uncertain_id, operation_id, _coins(coins))

    async def resolve(self, uncertain_id: str, *, coins_charged: int) -> None:
        """An uncertain amount becomes `coins_charged` spent (0: none); unknown ids are ignored.

        `uncertain_id` is the call id for a call marked uncertain or recovered after its
        worker died, and the id given to `add_uncertain` otherwise.
        """
        await self._run(_RESOLVE, uncertain_id, _coins(coins_charged))

    async def hold(self, job_id: str, operation_id: str, coins: int) -> None:
        """Hold coins for a job known from elsewhere; idempotent, and a no-op once it ended."""
        await self._run(_HOLD, job_id, operation_id, _coins(coins))

    async def settle(self, job_id: str, coins: int | None) -> None:
        """A held job completed: its coins (or `coins`, if reported) become spent."""
        final = "" if coins is None else _coins(coins)
        await self._run(_SETTLE, job_id, final, _ENDED_RETENTION * 1_000_000, "settle")

    async def refund(self, job_id: str) -> None:
        """A held job was refunded: its coins are no longer committed."""
        await self._run(_SETTLE, job_id, "", _ENDED_RETENTION * 1_000_000, "refund")

    async def snapshot(self) -> UsageSnapshot:
        """The whole fleet's ledger for this namespace and key.

        Raises:
            CoordinatorError: Redis failed.
        """
        totals_reply, ops_reply = await self._run(_SNAPSHOT)
        totals = _pairs(totals_reply)
        by_operation: dict[str, dict[str, int]] = {}
        for field, value in _pairs(ops_reply).items():
            kind, _, operation_id = field.partition(":")
            by_operation.setdefault(operation_id, {})[kind] = int(value)
        balance = totals.get("balance")
        return UsageSnapshot(
            calls=int(totals.get("calls", 0)),
            coins_spent=int(totals.get("spent", 0)),
            coins_held=int(totals.get("held", 0)),
            coins_uncertain=int(totals.get("uncertain", 0)),
            remaining_balance=None if balance is None else int(balance),
            by_operation=MappingProxyType(
                {
                    operation_id: OperationUsage(
                        calls=counts.get("calls", 0), coins=counts.get("coins", 0)
                    )
                    for operation_id, counts in sorted(by_operation.items())
                }
            ),
        )

    async def _run(self, script: LuaScript, *args: str | int) -> Any:
        return await self._link.script(script.name, script, self._keys, args)

    def __repr__(self) -> str:
        return f"RedisCoinStore(max_coins={self.max_coins!r})"


def _coins(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"coins must be a non-negative int, got {value!r}")
    return value


def _pairs(reply: list[bytes]) -> dict[str, str]:
    """A flat HGETALL reply as a dict of text."""
    items = [item.decode() for item in reply]
    return dict(zip(items[::2], items[1::2], strict=True))

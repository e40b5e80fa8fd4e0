"""The coin store's Lua scripts (see `_redis_coins` for the keys and what they mean).

Records are tab-separated text: coins and operation for reservations and holds; coins,
operation, origin and since when for uncertain amounts (origin `r`: a recovered
reservation, `u`: marked uncertain, `a`: a retried attempt). Every script is idempotent
for its call, job or uncertain id, so a retried round trip applies once.
"""

from __future__ import annotations

from ._redis_keys import LuaScript

# Shared by the scripts: TIME, record parsing and the sweep of abandoned reservations.
_PRELUDE = """
redis.replicate_commands()
local config, totals, ops, reserved, leases, uncertain, held, ended, done =
  KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8], KEYS[9]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])

local function parse(record)
  local coins, op, origin = string.match(record, '^(%d+)\\t([^\\t]*)\\t?([^\\t]*)')
  return tonumber(coins), op, origin
end

-- An uncertain amount: coins, operation, origin and since when (Redis's seconds).
local function uncertain_record(coins, op, origin)
  return coins .. '\\t' .. op .. '\\t' .. origin .. '\\t' .. t[1]
end

-- The call is over: a late or repeated commit for it must change nothing (kept an hour).
local function finish(id)
  redis.call('ZADD', done, now, id)
  redis.call('ZREMRANGEBYSCORE', done, '-inf', now - 3600000000)
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
      if redis.call('HSETNX', uncertain, id, uncertain_record(coins, op, 'r')) == 1 then
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

-- Whatever is open for the call: its reservation, or an uncertain amount of any origin.
local function take_open(id)
  local coins, op = take_call(id)
  if coins then
    return coins, op
  end
  local record = redis.call('HGET', uncertain, id)
  if not record then
    return nil, nil
  end
  coins, op = parse(record)
  redis.call('HDEL', uncertain, id)
  redis.call('HINCRBY', totals, 'uncertain', -coins)
  return coins, op
end

local function spend(op, coins)
  redis.call('HINCRBY', totals, 'spent', coins)
  if op ~= '' then
    redis.call('HINCRBY', ops, 'coins:' .. op, coins)
  end
end
"""


def _script(name: str, body: str) -> LuaScript:
    return LuaScript(name, _PRELUDE + body)


RESERVE = _script(
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

COMMIT = _script(
    "coins.commit",
    """
local id, coins, job, balance = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]
local estimate, op = take_call(id)
if not estimate then
  if redis.call('ZSCORE', done, id) then
    return 0 -- already committed (a retried script), released, or resolved
  end
  -- A call committed without a reservation (estimated free, yet charged): record it.
  estimate, op = 0, ARGV[5]
end
finish(id)
redis.call('HINCRBY', totals, 'calls', 1)
if op ~= '' then
  redis.call('HINCRBY', ops, 'calls:' .. op, 1)
end
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

RELEASE = _script(
    "coins.release",
    """
local estimate = take_call(ARGV[1])
finish(ARGV[1])
return estimate and 1 or 0
""",
)

MARK_UNCERTAIN = _script(
    "coins.mark_uncertain",
    """
local id = ARGV[1]
local estimate, op = take_call(id)
if not estimate then
  return 0
end
redis.call('HSET', uncertain, id, uncertain_record(estimate, op, 'u'))
redis.call('HINCRBY', totals, 'uncertain', estimate)
finish(id)
return 1
""",
)

ADD_UNCERTAIN = _script(
    "coins.add_uncertain",
    """
local id, op, coins = ARGV[1], ARGV[2], tonumber(ARGV[3])
if redis.call('HSETNX', uncertain, id, uncertain_record(ARGV[3], op, 'a')) == 1 then
  redis.call('HINCRBY', totals, 'uncertain', coins)
  return 1
end
return 0
""",
)

RESOLVE = _script(
    "coins.resolve",
    """
local id, charged = ARGV[1], tonumber(ARGV[2])
sweep() -- an abandoned reservation may be resolved before anyone else looked
-- Uncertain, or still reserved by a worker that died before its lease ran out: the user
-- knows what happened, and that ends the call (its late commit, if any, is ignored).
local coins, op = take_open(id)
if not coins then
  return 0
end
spend(op, charged)
finish(id)
return 1
""",
)

HOLD = _script(
    "coins.hold",
    """
local job, op, coins, call = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
if call ~= '' then
  -- The call that created the job: whatever is still open for it (a reservation its
  -- worker never committed, an uncertain amount) is this job's, not a second charge.
  local open, open_op = take_open(call)
  if open then
    finish(call)
    if coins == 0 then
      coins, op = open, open_op
    end
  end
end
if redis.call('ZSCORE', ended, job) then
  return 0 -- settled or refunded already: a late resume must not hold it again
end
if coins > 0 and redis.call('HSETNX', held, job, coins .. '\\t' .. op) == 1 then
  redis.call('HINCRBY', totals, 'held', coins)
  return 1
end
return 0
""",
)

SETTLE = _script(
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

SNAPSHOT = _script(
    "coins.snapshot",
    """
sweep()
return {redis.call('HGETALL', totals), redis.call('HGETALL', ops)}
""",
)

UNCERTAIN = _script(
    "coins.uncertain",
    """
sweep()
return redis.call('HGETALL', uncertain)
""",
)

redis.replicate_commands()
local config, totals, ops, reserved, leases, uncertain, held, ended, done =
  KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8], KEYS[9]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])

local function parse(record)
  local coins, op, origin = string.match(record, '^(%d+)\t([^\t]*)\t?([^\t]*)')
  return tonumber(coins), op, origin
end

-- An uncertain amount: coins, operation, origin and since when (Redis's seconds).
local function uncertain_record(coins, op, origin)
  return coins .. '\t' .. op .. '\t' .. origin .. '\t' .. t[1]
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

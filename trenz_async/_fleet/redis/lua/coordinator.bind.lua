-- Bind one worker to a namespace: check (or set) its epoch and limits, and say hello.
-- KEYS: config, coins:totals, coins:workers.
-- ARGV: reconfigure ('1'/'0'), the epoch this process knew ('' for none), a fresh epoch
-- (used if the namespace is new), the worker's id, the heartbeat's TTL (microseconds),
-- then field/value pairs of limits.
-- Returns {status, epoch, config pairs, committed coins, workers seen}; status is
-- 'created', 'bound', 'adopted' (another worker started the namespace over) or 'lost'.
redis.replicate_commands()
local config, totals, workers = KEYS[1], KEYS[2], KEYS[3]
local known, fresh, owner, ttl = ARGV[2], ARGV[3], ARGV[4], tonumber(ARGV[5])
local epoch, lost, retired = unpack(redis.call('HMGET', config, 'epoch', 'lost', 'retired'))
local status = 'bound'
if lost then
  return {'lost', lost}
elseif not epoch then
  if known ~= '' then
    -- This process bound the namespace before and it is gone: mark the loss for all.
    redis.call('HSET', config, 'lost', known)
    return {'lost', known}
  end
  redis.call('HSET', config, 'epoch', fresh)
  epoch, status = fresh, 'created'
elseif known ~= '' and known ~= epoch then
  if not string.find(' ' .. (retired or '') .. ' ', ' ' .. known .. ' ', 1, true) then
    -- Recreated by a worker that never knew it was lost: the fresh budget is refused too.
    redis.call('HSET', config, 'lost', known)
    return {'lost', known}
  end
  status = 'adopted'
end
for i = 6, #ARGV, 2 do
  if ARGV[1] == '1' then
    redis.call('HSET', config, ARGV[i], ARGV[i + 1])
  else
    redis.call('HSETNX', config, ARGV[i], ARGV[i + 1])
  end
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZADD', workers, now, owner)
redis.call('ZREMRANGEBYSCORE', workers, '-inf', now - ttl)
redis.call('PEXPIRE', workers, math.ceil(ttl / 1000) * 2)
local total = 0
for _, value in ipairs(redis.call('HMGET', totals, 'spent', 'held', 'uncertain', 'reserved')) do
  total = total + (tonumber(value) or 0)
end
return {status, epoch, redis.call('HGETALL', config), total, redis.call('ZCARD', workers)}

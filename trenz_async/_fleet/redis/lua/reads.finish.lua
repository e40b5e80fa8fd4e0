redis.replicate_commands()
-- After a worker led a read: store its answer (`ARGV[3]`, compressed) for `ttl` ms within
-- the cache's bounds, or (no answer) withdraw the flight. With `offer` and no answer, a
-- flight that others wait on is kept and 'want' returned: the leader then sends it.
local values, expiry, bytes, flight = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local digest, owner, body = ARGV[1], ARGV[2], ARGV[3]
local ttl, max_bytes, max_entries = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local offer = ARGV[7] == '1'
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local holder, waiters = unpack(redis.call('HMGET', flight, 'owner', 'waiters'))
local mine = holder == owner

local function land()
  if mine then
    redis.call('DEL', flight)
  end
end

if body == '' then
  if mine and offer and tonumber(waiters or '0') > 0 then
    return 'want'
  end
  land()
  return 'withdrawn'
end

local function drop(member)
  local size = redis.call('HSTRLEN', values, member)
  redis.call('HDEL', values, member)
  redis.call('ZREM', expiry, member)
  if size > 0 then
    redis.call('DECRBY', bytes, size)
  end
end

-- Expired answers first (a bounded sweep per store), then this digest's old answer.
for _, member in ipairs(redis.call('ZRANGEBYSCORE', expiry, '-inf', now, 'LIMIT', 0, 64)) do
  drop(member)
end
drop(digest)
if redis.call('ZCARD', expiry) == 0 then
  -- Nothing indexed: whatever the counters say (a volatile-* policy may have evicted
  -- part of the cache), it holds nothing.
  redis.call('DEL', values)
  redis.call('SET', bytes, 0)
end
local record = string.format('%.0f', now) .. '|' .. body
local size = string.len(record)
if size > max_bytes or max_entries < 1 then
  land()
  return 'too large'
end
-- Within the bounds: the answers closest to expiring go first.
while tonumber(redis.call('GET', bytes) or '0') + size > max_bytes
  or redis.call('ZCARD', expiry) >= max_entries do
  local first = redis.call('ZRANGE', expiry, 0, 0)[1]
  if not first then
    break
  end
  drop(first)
end
redis.call('HSET', values, digest, record)
redis.call('ZADD', expiry, now + ttl, digest)
redis.call('INCRBY', bytes, size)
-- The cache's keys outlive their longest answer, so an idle namespace's cache vanishes.
local keep = ttl + 60000
for _, key in ipairs({values, expiry, bytes}) do
  if redis.call('PTTL', key) < keep then
    redis.call('PEXPIRE', key, keep)
  end
end
land()
return 'stored'

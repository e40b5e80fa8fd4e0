redis.replicate_commands()
local window, flight, pause, limit_key, polls = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local permit, poll = ARGV[1], ARGV[2] == '1'
local requests, period, lease = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local cap, owner, keep_mark = tonumber(ARGV[6]), ARGV[7], ARGV[8] == '1'
local recheck, margin = tonumber(ARGV[9]), tonumber(ARGV[10])
local poll_share, call_reserve = tonumber(ARGV[11]), tonumber(ARGV[12])
local mine, theirs = KEYS[6], KEYS[7] -- the waiting marks of this kind and of the other
if poll then
  mine, theirs = KEYS[7], KEYS[6]
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])

-- Permits whose lease ran out belong to dead workers: they count as ended now.
local dead = redis.call('ZRANGEBYSCORE', flight, '-inf', now, 'WITHSCORES', 'LIMIT', 0, 100)
for i = 1, #dead, 2 do
  redis.call('ZREM', flight, dead[i])
  redis.call('ZADD', window, tonumber(dead[i + 1]) + period, dead[i])
end
redis.call('ZREMRANGEBYSCORE', window, '-inf', now)
redis.call('ZREMRANGEBYSCORE', polls, '-inf', now)
redis.call('ZREMRANGEBYSCORE', mine, '-inf', now)
redis.call('ZREMRANGEBYSCORE', theirs, '-inf', now)

-- A retried script whose first run got through (the reply was lost): same permit.
if redis.call('ZSCORE', flight, permit) then
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
local first = not poll -- without a window, calls simply go before polls
if requests > 0 then
  local limit = requests
  local announced = tonumber(redis.call('GET', limit_key))
  if announced and announced >= 1 and announced < limit then
    limit = announced
  end
  -- The same arithmetic as RateLimiter: a guaranteed share for polls, a reserve for calls.
  local guaranteed, reserve = 0, 0
  if poll_share > 0 then
    guaranteed = math.max(1, math.floor(limit * poll_share))
  end
  if call_reserve > 0 then
    reserve = math.ceil(limit * call_reserve)
  end
  local under_share = redis.call('ZCARD', polls) < guaranteed
  first = poll == under_share
  local room = limit
  if poll and not under_share then
    room = math.max(limit - reserve, guaranteed, 1)
  end
  local used = redis.call('ZCARD', window) + in_flight
  if used >= room then
    -- Ended requests stop counting in score order; requests in flight end no sooner
    -- than a period from now.
    local nth = redis.call('ZRANGE', window, used - room, used - room, 'WITHSCORES')
    local frees = now + period
    if nth[2] then
      frees = tonumber(nth[2])
    end
    need(math.max(frees - now, 1000), 1) -- window
  end
end
if wait == 0 and not first and redis.call('ZCARD', theirs) > 0 then
  need(recheck, 4) -- the other kind waits and goes first
end

if wait > 0 then
  redis.call('ZADD', mine, now + wait + margin, owner)
  redis.call('PEXPIRE', mine, math.ceil((wait + margin) / 1000))
  return {0, wait, reason}
end
redis.call('ZADD', flight, now + lease, permit)
local ttl = math.ceil((period + lease) / 1000) + 1000
if poll then
  -- Counts as a poll until released (then until a period after), or its lease recovery.
  redis.call('ZADD', polls, now + lease + period, permit)
  redis.call('PEXPIRE', polls, ttl)
end
if not keep_mark then
  redis.call('ZREM', mine, owner)
end
redis.call('PEXPIRE', flight, ttl)
redis.call('PEXPIRE', window, ttl)
return {1, now, 0}

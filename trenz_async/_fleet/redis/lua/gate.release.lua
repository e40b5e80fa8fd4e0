redis.replicate_commands()
local window, flight, polls = KEYS[1], KEYS[2], KEYS[3]
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
local ttl = math.ceil((period + lease) / 1000) + 1000
if ARGV[4] == '1' then
  redis.call('ZADD', polls, ends, permit)
  redis.call('PEXPIRE', polls, ttl)
end
redis.call('PEXPIRE', window, ttl)
return 1

redis.replicate_commands()
-- Before a worker sends a read: a stored answer young enough, or another worker's
-- identical read in flight (wait for it), or the lead (announced for `lease` ms).
local values, expiry, flight = KEYS[1], KEYS[2], KEYS[3]
local digest, owner = ARGV[1], ARGV[2]
local lease, max_age = tonumber(ARGV[3]), tonumber(ARGV[4])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if max_age > 0 then
  local expires = tonumber(redis.call('ZSCORE', expiry, digest))
  if expires and expires > now then
    local record = redis.call('HGET', values, digest)
    if record then
      local bar = string.find(record, '|', 1, true)
      local age = now - tonumber(string.sub(record, 1, bar - 1))
      if age <= max_age then
        return {'hit', age, string.sub(record, bar + 1)}
      end
    end
  end
end
if lease <= 0 then
  return {'alone', now}
end
local holder = redis.call('HGET', flight, 'owner')
if holder and holder ~= owner then
  redis.call('HINCRBY', flight, 'waiters', 1)
  return {'wait', now}
end
redis.call('HSET', flight, 'owner', owner)
redis.call('PEXPIRE', flight, lease)
return {'lead', now}

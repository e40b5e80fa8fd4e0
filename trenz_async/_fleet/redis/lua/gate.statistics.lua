local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local function live(key)
  return redis.call('ZCOUNT', key, now + 1, '+inf')
end
return {live(KEYS[1]), redis.call('ZCARD', KEYS[2]), math.max(redis.call('PTTL', KEYS[3]), 0),
  redis.call('GET', KEYS[4]) or '', live(KEYS[5]), live(KEYS[6]), live(KEYS[7])}

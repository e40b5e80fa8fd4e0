local owner, ttl = ARGV[1], tonumber(ARGV[2])
local granted = {}
for i, key in ipairs(KEYS) do
  local holder = redis.call('GET', key)
  if not holder or holder == owner then
    redis.call('SET', key, owner, 'PX', ttl)
    granted[#granted + 1] = i
  end
end
return granted

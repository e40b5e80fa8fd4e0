local t = redis.call('TIME')
local at = string.format('%s.%06d', t[1], tonumber(t[2]))
redis.call('SET', KEYS[1], '{"at":' .. at .. ',' .. string.sub(ARGV[1], 2), 'EX', ARGV[2])
return 1

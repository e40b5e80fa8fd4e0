local intents, seq_key = KEYS[1], KEYS[2]
local seq = redis.call('INCR', seq_key)
redis.call('HSET', intents, ARGV[1], '{"seq":' .. seq .. ',' .. string.sub(ARGV[2], 2))
return seq

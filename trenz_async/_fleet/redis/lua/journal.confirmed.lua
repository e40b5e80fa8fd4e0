local intents, jobs, seq_key = KEYS[1], KEYS[2], KEYS[3]
local intent = redis.call('HGET', intents, ARGV[1])
if not intent and redis.call('HEXISTS', jobs, ARGV[2]) == 1 then
  return 0 -- a retried script whose first run got through: keep the job's place
end
local seq = intent and tonumber(string.match(intent, '^{"seq":(%d+),'))
if not seq then
  seq = redis.call('INCR', seq_key)
end
redis.call('HDEL', intents, ARGV[1])
redis.call('HSET', jobs, ARGV[2], '{"seq":' .. seq .. ',' .. string.sub(ARGV[3], 2))
return 1

local intents, jobs = KEYS[1], KEYS[2]
local intent = redis.call('HGET', intents, ARGV[1])
if not intent then
  return 0
end
redis.call('HDEL', intents, ARGV[1])
if ARGV[2] ~= '' then
  local seq = string.match(intent, '^{"seq":(%d+),') or '0'
  redis.call('HSET', jobs, ARGV[2],
    '{"seq":' .. seq .. ',"task_id":' .. cjson.encode(ARGV[2]) .. ',"submission":' .. intent .. '}')
end
return 1

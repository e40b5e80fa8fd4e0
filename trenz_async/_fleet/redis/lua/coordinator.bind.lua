local replace = ARGV[1] == '1'
for i = 2, #ARGV, 2 do
  if replace then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  else
    redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1])
  end
end
return redis.call('HGETALL', KEYS[1])

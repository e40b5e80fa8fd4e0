local job, final, retention = ARGV[1], ARGV[2], tonumber(ARGV[3])
local record = redis.call('HGET', held, job)
if not record then
  return 0
end
local coins, op = parse(record)
redis.call('HDEL', held, job)
redis.call('HINCRBY', totals, 'held', -coins)
if final ~= '' then
  coins = tonumber(final)
end
if ARGV[4] == 'settle' then
  spend(op, coins)
end
redis.call('ZADD', ended, now, job)
redis.call('ZREMRANGEBYSCORE', ended, '-inf', now - retention)
return 1

local id, coins, job, balance = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]
local estimate, op = take_call(id)
if not estimate then
  if redis.call('ZSCORE', done, id) then
    return 0 -- already committed (a retried script), released, or resolved
  end
  -- A call committed without a reservation (estimated free, yet charged): record it.
  estimate, op = 0, ARGV[5]
end
finish(id)
redis.call('HINCRBY', totals, 'calls', 1)
if op ~= '' then
  redis.call('HINCRBY', ops, 'calls:' .. op, 1)
end
if balance ~= '' then
  redis.call('HSET', totals, 'balance', balance)
end
if job == '' then
  spend(op, coins)
  return 1
end
-- A submission that reported no cost is held at its estimate, so the budget counts it.
if coins <= 0 then
  coins = estimate
end
if redis.call('HEXISTS', held, job) == 0 and not redis.call('ZSCORE', ended, job) then
  redis.call('HSET', held, job, coins .. '\t' .. op)
  redis.call('HINCRBY', totals, 'held', coins)
end
return 1

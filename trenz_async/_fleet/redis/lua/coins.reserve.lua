local id, op, coins, lease = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
sweep()
if redis.call('HEXISTS', reserved, id) == 1 then
  return {1, 0}
end
local budget = redis.call('HGET', config, 'max_coins')
if not budget then
  return {-1, 0} -- the namespace's configuration (and so its ledger) is gone
end
local sums = redis.call('HMGET', totals, 'spent', 'held', 'uncertain', 'reserved')
local committed = 0
for _, value in ipairs(sums) do
  committed = committed + (tonumber(value) or 0)
end
if budget ~= 'none' and committed + coins > tonumber(budget) then
  return {0, committed}
end
redis.call('HSET', reserved, id, ARGV[3] .. '\t' .. op)
redis.call('ZADD', leases, now + lease, id)
redis.call('HINCRBY', totals, 'reserved', coins)
return {1, committed + coins}

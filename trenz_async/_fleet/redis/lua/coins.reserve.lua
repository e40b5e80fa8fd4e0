local id, op, coins, lease = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local epoch, owner, ttl = ARGV[5], ARGV[6], tonumber(ARGV[7])
if not epoch_holds(epoch) then
  return {-1, 0, 0} -- the namespace's ledger is gone (or was started over)
end
sweep()
local seen = heartbeat(owner, ttl)
if redis.call('HEXISTS', reserved, id) == 1 then
  return {1, committed(), seen}
end
local budget = redis.call('HGET', config, 'max_coins')
if not budget then
  return {-1, 0, 0} -- configured by no bind: treat as gone
end
local total = committed()
if budget ~= 'none' and total + coins > tonumber(budget) then
  return {0, total, seen}
end
redis.call('HSET', reserved, id, ARGV[3] .. '\t' .. op)
redis.call('ZADD', leases, now + lease, id)
redis.call('HINCRBY', totals, 'reserved', coins)
return {1, total + coins, seen}

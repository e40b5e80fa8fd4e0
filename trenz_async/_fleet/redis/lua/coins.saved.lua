-- Calls answered without a request (a coalesced read, a cache hit): the fleet's savings,
-- outside the budget. Counted once per id, like every transition.
local id, op, coins, kind = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
if redis.call('ZSCORE', done, id) then
  return 0
end
finish(id)
redis.call('HINCRBY', totals, kind, 1)
redis.call('HINCRBY', totals, 'saved', coins)
redis.call('HINCRBY', ops, kind .. ':' .. op, 1)
redis.call('HINCRBY', ops, 'saved:' .. op, coins)
return 1

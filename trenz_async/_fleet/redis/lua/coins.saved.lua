-- A call answered without a request (a coalesced read, a cache hit): the fleet's savings,
-- outside the budget. Unlike the money transitions it keeps no id in `done`: cache hits
-- are not bounded by the rate limit, and an hour of their ids would grow without bound.
-- A redis-py retry after a dropped connection may count one saving twice in this report.
local op, coins, kind = ARGV[1], tonumber(ARGV[2]), ARGV[3]
redis.call('HINCRBY', totals, kind, 1)
redis.call('HINCRBY', totals, 'saved', coins)
redis.call('HINCRBY', ops, kind .. ':' .. op, 1)
redis.call('HINCRBY', ops, 'saved:' .. op, coins)
return 1

local id, op, coins, origin = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
if redis.call('ZSCORE', done, id) then
  return 0 -- resolved (or its call ended) already: a retried script must not count it again
end
local record = redis.call('HGET', uncertain, id)
if record then
  local _, _, was = parse(record)
  if was == 'r' then
    -- Recovered while its worker was only slow: now known to be this call's attempt, so
    -- the call's end (a release) must not take it back.
    local kept = string.match(record, '^(%d+)')
    redis.call('HSET', uncertain, id, uncertain_record(kept, op, origin))
  end
  return 0
end
redis.call('HSET', uncertain, id, uncertain_record(ARGV[3], op, origin))
redis.call('HINCRBY', totals, 'uncertain', coins)
return 1

local id = ARGV[1]
local estimate, op = take_call(id)
if not estimate then
  return 0
end
redis.call('HSET', uncertain, id, uncertain_record(estimate, op, 'u'))
redis.call('HINCRBY', totals, 'uncertain', estimate)
finish(id)
return 1

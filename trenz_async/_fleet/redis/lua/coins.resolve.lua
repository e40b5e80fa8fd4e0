local id, charged = ARGV[1], tonumber(ARGV[2])
sweep() -- an abandoned reservation may be resolved before anyone else looked
-- Uncertain, or still reserved by a worker that died before its lease ran out: the user
-- knows what happened, and that ends the call (its late commit, if any, is ignored).
local coins, op
local record = redis.call('HGET', uncertain, id)
if record then
  coins, op = parse(record)
  redis.call('HDEL', uncertain, id)
  redis.call('HINCRBY', totals, 'uncertain', -coins)
end
-- A reservation the call's worker never released (its Redis failed) ends here too.
local reserved_coins, reserved_op = take_call(id)
if not coins then
  coins, op = reserved_coins, reserved_op
end
if not coins then
  return 0
end
spend(op, charged)
finish(id)
return 1

local id, charged = ARGV[1], tonumber(ARGV[2])
sweep() -- an abandoned reservation may be resolved before anyone else looked
-- Uncertain, or still reserved by a worker that died before its lease ran out: the user
-- knows what happened, and that ends the call (its late commit, if any, is ignored).
local coins, op = take_open(id)
if not coins then
  return 0
end
spend(op, charged)
finish(id)
return 1

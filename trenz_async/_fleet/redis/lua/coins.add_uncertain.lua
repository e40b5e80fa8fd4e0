local id, op, coins = ARGV[1], ARGV[2], tonumber(ARGV[3])
if redis.call('HSETNX', uncertain, id, uncertain_record(ARGV[3], op, 'a')) == 1 then
  redis.call('HINCRBY', totals, 'uncertain', coins)
  return 1
end
return 0

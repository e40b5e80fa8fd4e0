local job, op, coins, call = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
if call ~= '' then
  -- The call that created the job: whatever is still open for it (a reservation its
  -- worker never committed, an uncertain amount) is this job's, not a second charge.
  local open, open_op = take_open(call)
  if open then
    finish(call)
    if coins == 0 then
      coins, op = open, open_op
    end
  end
end
if redis.call('ZSCORE', ended, job) then
  return 0 -- settled or refunded already: a late resume must not hold it again
end
if coins > 0 and redis.call('HSETNX', held, job, coins .. '\t' .. op) == 1 then
  redis.call('HINCRBY', totals, 'held', coins)
  return 1
end
return 0

-- Start a namespace over after a loss: a new epoch, the lost one retired (its workers may
-- rebind to the new one), the limits left for the next bind to set.
-- KEYS: config. ARGV: the new epoch. Returns 0 (and changes nothing) for an intact namespace.
local epoch, lost, retired = unpack(redis.call('HMGET', KEYS[1], 'epoch', 'lost', 'retired'))
if epoch and not lost then
  return 0
end
retired = retired or ''
for _, old in ipairs({lost or '', epoch or ''}) do
  if old ~= '' then
    retired = retired .. ' ' .. old
  end
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'epoch', ARGV[1], 'retired', retired)
return 1

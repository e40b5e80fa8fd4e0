-- A worker waiting on another's read: its answer (stored since `since`), or whether the
-- flight still runs ('wait') or ended without an answer ('gone': go yourself).
local values, flight = KEYS[1], KEYS[2]
local digest, since = ARGV[1], tonumber(ARGV[2])
local record = redis.call('HGET', values, digest)
if record then
  local bar = string.find(record, '|', 1, true)
  if tonumber(string.sub(record, 1, bar - 1)) >= since then
    return {'done', string.sub(record, bar + 1)}
  end
end
if redis.call('EXISTS', flight) == 1 then
  return {'wait'}
end
return {'gone'}

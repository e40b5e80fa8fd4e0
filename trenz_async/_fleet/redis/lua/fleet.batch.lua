-- Run the steps ARGV lists, in order: ARGV[1] is their number, then for each one its
-- script's name, its number of keys, its number of arguments and the arguments; its keys
-- come next in KEYS. A step that fails does not stop the ones after it (each reports
-- its own error): every step is an independent, idempotent transition.
local replies = {}
local k, a = 1, 2
for i = 1, tonumber(ARGV[1]) do
  local name, nkeys, nargs = ARGV[a], tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
  a = a + 3
  local keys, args = {}, {}
  for j = 1, nkeys do
    keys[j] = KEYS[k]
    k = k + 1
  end
  for j = 1, nargs do
    args[j] = ARGV[a]
    a = a + 1
  end
  local ok, reply = pcall(steps[name], keys, args)
  if ok then
    replies[i] = {1, reply or false}
  else
    if type(reply) == 'table' then
      reply = reply.err
    end
    replies[i] = {0, tostring(reply)}
  end
end
return replies

-- Run the steps ARGV lists, in order: ARGV[1] is their number, then for each one its
-- script's name, its number of keys, its number of arguments, the step it depends on
-- (0: none; n: it runs only if the step n places before it ran and replied {1, ...}, as
-- a granted reservation or slot does), and its arguments; its keys come next in KEYS.
-- A step that fails does not stop the ones after it (each reports its own error): every
-- step is an independent, idempotent transition. Each reply is {1, reply}, {0, error} or
-- {2} (not run: the step it depends on was not granted).
local replies, granted = {}, {}
local k, a = 1, 2
for i = 1, tonumber(ARGV[1]) do
  local name, nkeys, nargs = ARGV[a], tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
  local after = tonumber(ARGV[a + 3])
  a = a + 4
  local keys, args = {}, {}
  for j = 1, nkeys do
    keys[j] = KEYS[k]
    k = k + 1
  end
  for j = 1, nargs do
    args[j] = ARGV[a]
    a = a + 1
  end
  granted[i] = false
  if after > 0 and not granted[i - after] then
    replies[i] = {2}
  else
    local ok, reply = pcall(steps[name], keys, args)
    if ok then
      replies[i] = {1, reply or false}
      granted[i] = type(reply) == 'table' and reply[1] == 1
    else
      if type(reply) == 'table' then
        reply = reply.err
      end
      replies[i] = {0, tostring(reply)}
    end
  end
end
return replies

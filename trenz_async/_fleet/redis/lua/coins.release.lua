local estimate = take_call(ARGV[1])
finish(ARGV[1])
return estimate and 1 or 0

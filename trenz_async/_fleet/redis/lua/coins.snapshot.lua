sweep()
return {redis.call('HGETALL', totals), redis.call('HGETALL', ops)}

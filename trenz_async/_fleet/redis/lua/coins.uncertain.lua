sweep()
return redis.call('HGETALL', uncertain)

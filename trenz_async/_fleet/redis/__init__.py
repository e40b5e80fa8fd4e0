"""The fleet's stores on Redis: gate, coins, journal and poll leases, with their Lua."""

"""A fleet's throughput: worker processes sharing one window against a server enforcing it.

`--workers` spawned processes (asyncio and trio in turn), `--concurrency` callers each,
share one `RedisCoordinator` namespace and call `FakeTrenz` over loopback; the fake
enforces a scaled window (`--limit` requests per `--period` seconds) and records when
each request arrived. Every caller makes paid reads until the fleet has sent `--windows`
windows' worth. Figures, as the server counted them:

- 429s (the target is none);
- the most arrivals in any `--period` seconds (at most `--limit`);
- the steady-state rate as a share of the limit: `--limit` divided by the average time
  from any arrival to the `--limit`-th after it, over the period. A window stamped at
  each request's end (what keeps jitter from ever causing a 429) adds each request's
  latency to its slot's cycle, so 100% is out of reach by that much.

Redis is a local `redis-server` started for the run, unless `--url` names one.

    .venv/bin/python bench/fleet.py [--workers 4] [--concurrency 25] [--windows 4]
                                    [--limit 60] [--period 5] [--url URL] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import shlex
import sys
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import anyio
import redis
from coordination import local_redis

from trenz_async import RateLimit, RedisCoordinator, RetryPolicy, TrenzClient
from trenz_async.testing import TEST_API_KEY, FakeTrenz

READ = "trenz-products-search"


def barrier(redis_url: str, name: str, parties: int) -> None:
    """Block until `parties` workers got here, so that the fleet starts at once."""
    with redis.Redis.from_url(redis_url) as client:
        client.incr(name)
        while int(client.get(name) or 0) < parties:
            time.sleep(0.005)


def worker(
    redis_url: str,
    namespace: str,
    base_url: str,
    backend: str,
    calls: int,
    concurrency: int,
    window: tuple[int, float],
    parties: int,
) -> int:
    """One worker process: `calls` reads by `concurrency` callers; the calls it made."""

    async def run() -> int:
        async with (
            RedisCoordinator(redis_url, namespace=namespace) as coordinator,
            TrenzClient(
                api_key=TEST_API_KEY,
                base_url=base_url,
                coordinator=coordinator,
                rate_limit=RateLimit(*window),
                retry=RetryPolicy(max_retries=3),
                coalesce=False,  # identical reads on purpose: every one is sent
            ) as client,
        ):
            await anyio.to_thread.run_sync(barrier, redis_url, f"{namespace}:ready", parties)
            todo = iter(range(calls))

            async def caller() -> None:
                for _ in todo:
                    await client.call(READ, country="us")

            async with anyio.create_task_group() as group:
                for _ in range(concurrency):
                    group.start_soon(caller)
            made = client.usage.snapshot().calls
        coordinator.close()
        return made

    return anyio.run(run, backend=backend)


async def run(args: argparse.Namespace, redis_url: str) -> dict[str, Any]:
    window = (args.limit, args.period)
    total = args.windows * args.limit
    per_worker = [total // args.workers + (i < total % args.workers) for i in range(args.workers)]
    namespace = f"bench-fleet-{uuid.uuid4().hex[:8]}"
    fake = FakeTrenz(rate_limit=window)
    context = multiprocessing.get_context("spawn")
    async with fake.serve() as base_url:
        with ProcessPoolExecutor(max_workers=args.workers, mp_context=context) as pool:
            futures = [
                pool.submit(
                    worker,
                    *(redis_url, namespace, base_url, ("asyncio", "trio")[index % 2]),
                    *(calls, args.concurrency, window, args.workers),
                )
                for index, calls in enumerate(per_worker)
            ]
            made = [await anyio.to_thread.run_sync(future.result) for future in futures]
    arrived = sorted(record.at for record in fake.requests)
    most = max(
        sum(1 for later in arrived[index:] if later < first + args.period)
        for index, first in enumerate(arrived)
    )
    spacing = [later - first for first, later in zip(arrived, arrived[args.limit :], strict=False)]
    cycle = sum(spacing) / len(spacing)
    return {
        "workers": args.workers,
        "concurrency": args.concurrency,
        "limit": args.limit,
        "period": args.period,
        "requests": len(arrived),
        "calls_reported": sum(made),
        "rate_limited": fake.statistics().rate_limited,
        "max_in_window": most,
        "span_s": arrived[-1] - arrived[0],
        "cycle_s": cycle,
        "rate_per_s": args.limit / cycle,
        "share_of_limit": args.period / cycle,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=25)
    parser.add_argument("--windows", type=int, default=4, help="windows' worth of calls")
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--period", type=float, default=5.0)
    parser.add_argument("--url", help="an existing Redis (default: start one on loopback)")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    if args.windows < 2:
        parser.error("--windows must be at least 2 (a rate needs two windows)")
    with contextlib.ExitStack() as stack:
        url = args.url or stack.enter_context(local_redis())
        result = anyio.run(run, args, url)
    if args.json:
        print(json.dumps(result))
        return
    print(f"command: {shlex.join([os.path.relpath(sys.executable), *sys.argv])}")
    print(
        f"{result['workers']} processes x {result['concurrency']} callers, one coordinator, "
        f"server window {result['limit']} per {result['period']:g} s"
    )
    print(f"requests the server saw       {result['requests']}")
    print(f"429s                          {result['rate_limited']}")
    print(f"most arrivals in any window   {result['max_in_window']} (limit {result['limit']})")
    print(f"first to last arrival         {result['span_s']:.2f} s")
    print(
        f"steady-state rate             {result['rate_per_s']:.2f}/s = "
        f"{result['share_of_limit']:.1%} of the limit (a window's worth every "
        f"{result['cycle_s']:.3f} s)"
    )


if __name__ == "__main__":
    main()

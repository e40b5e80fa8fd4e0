"""Throughput at C=200 with the client pinned to one CPU: the SDK and bare clients, side
by side in one run.

The server (bench/_server.py) runs in its own process on the other core and answers a
fixed `products.search` envelope, counting the connections it accepts. The client
process is pinned to core 0 and makes `--calls` calls per round from 200 concurrent
workers, for each variant in turn, round after round (the order alternating, so drifts
of a shared machine hit every variant). Before each measured batch a burst of 200 calls
fills the variant's pool, so a pool that keeps its connections is measured warm.
Reported per variant, medians over rounds:

- calls/s of client CPU time (`calls / time.process_time()`): what a one-CPU client can
  sustain, whatever else runs on the machine; the figure the targets are judged on;
- calls/s of wall time, with the client pinned (the server's core may be shared);
- new connections per `--calls` calls, from the server's accept count.

Variants: bare `httpx.AsyncClient` (default limits); the SDK facade with its defaults;
the facade with its pool sized to the concurrency (`http_options={"limits": ...}`);
bare httpx on httpx-aiohttp's transport; the facade on `AioHttpClient`; bare
`aiohttp.ClientSession`. Every call sends a keyword no other call sent, so the SDK's
single-flight never shares one. The SDK clients get an ample rate limit and
`max_in_flight` = the concurrency.

    .venv/bin/python bench/throughput.py [--calls 5000] [--rounds 5] [--quick] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

import anyio
from _server import KEY, SEARCH, Server, envelopes, serving

Call = Callable[[], Awaitable[Any]]
CONCURRENCY = 200
BARE_HTTPX = "bare httpx (default limits)"
FACADE = "trenz_async facade, defaults"
FACADE_SIZED = "trenz_async, pool sized to the concurrency"
BARE_HTTPX_AIOHTTP = "bare httpx on httpx-aiohttp"
FACADE_AIOHTTP = "trenz_async on AioHttpClient"
BARE_AIOHTTP = "bare aiohttp.ClientSession"


async def _variants(stack: AsyncExitStack, base_url: str, concurrency: int) -> dict[str, Call]:
    """One call per variant, each on a client of its own (opened on `stack`)."""
    import aiohttp
    import httpx
    from httpx_aiohttp import AiohttpTransport

    import trenz_async

    numbers = itertools.count()

    def params() -> dict[str, Any]:
        # The query the facade sends, spec defaults included; never the same keyword twice.
        return {
            "keyword": f"lamp {next(numbers)}",
            "page": 1,
            "page_size": 20,
            "sort": "gmv_7d:desc",
            "country": "us",
        }

    sized = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"X-API-Key": KEY}
    enter = stack.enter_async_context
    bare = await enter(httpx.AsyncClient(base_url=base_url, headers=headers))
    on_aiohttp = await enter(
        httpx.AsyncClient(
            base_url=base_url, headers=headers, transport=AiohttpTransport(limits=sized)
        )
    )
    session = await enter(
        aiohttp.ClientSession(
            base_url, headers=headers, connector=aiohttp.TCPConnector(limit=concurrency)
        )
    )

    async def sdk(**options: Any) -> trenz_async.TrenzClient:
        return await enter(
            trenz_async.TrenzClient(
                api_key=KEY,
                base_url=base_url,
                rate_limit=trenz_async.RateLimit(10**9, 60.0),  # the window runs, never blocks
                max_in_flight=concurrency,
                **options,
            )
        )

    facade = await sdk()
    facade_sized = await sdk(http_options={"limits": sized})
    facade_aiohttp = await sdk(http_client=await enter(trenz_async.AioHttpClient()))

    def through_httpx(client: httpx.AsyncClient) -> Call:
        async def call() -> Any:
            response = await client.get(SEARCH, params=params())
            response.raise_for_status()
            return response.json()

        return call

    def through_sdk(client: trenz_async.TrenzClient) -> Call:
        return lambda: client.products.search(country="us", keyword=f"lamp {next(numbers)}")

    async def through_aiohttp() -> Any:
        async with session.get(SEARCH, params=params()) as response:
            response.raise_for_status()
            return json.loads(await response.read())

    return {
        BARE_HTTPX: through_httpx(bare),
        FACADE: through_sdk(facade),
        FACADE_SIZED: through_sdk(facade_sized),
        BARE_HTTPX_AIOHTTP: through_httpx(on_aiohttp),
        FACADE_AIOHTTP: through_sdk(facade_aiohttp),
        BARE_AIOHTTP: through_aiohttp,
    }


async def _batch(call: Call, calls: int, concurrency: int) -> None:
    per_worker = max(calls // concurrency, 1)

    async def worker() -> None:
        for _ in range(per_worker):
            await call()

    async with anyio.create_task_group() as group:
        for _ in range(concurrency):
            group.start_soon(worker)


async def measure(server: Server, *, calls: int, rounds: int, concurrency: int) -> dict[str, Any]:
    """Per variant: the medians over rounds, and each round's figures."""
    samples: dict[str, list[dict[str, float]]] = {}
    async with AsyncExitStack() as stack:
        variants = await _variants(stack, server.base_url, concurrency)
        order = list(variants.items())
        for round_number in range(rounds):
            for label, call in order if round_number % 2 else reversed(order):
                await _batch(call, concurrency, concurrency)  # fill the pool: warm, not counted
                accepted = server.accepts()
                cpu, wall = time.process_time(), time.perf_counter()
                await _batch(call, calls, concurrency)
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                samples.setdefault(label, []).append(
                    {
                        "cpu_calls_per_s": calls / cpu,
                        "wall_calls_per_s": calls / wall,
                        "new_connections": server.accepts() - accepted,
                    }
                )
    medians = {
        label: {
            name: statistics.median(sample[name] for sample in rows)
            for name in ("cpu_calls_per_s", "wall_calls_per_s", "new_connections")
        }
        for label, rows in sorted(samples.items(), key=lambda item: list(variants).index(item[0]))
    }
    base = medians[BARE_HTTPX]["cpu_calls_per_s"]
    for figures in medians.values():
        figures["vs_bare_httpx"] = figures["cpu_calls_per_s"] / base
    return {"variants": medians, "rounds": samples}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=5000, help="calls per variant and round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY)
    parser.add_argument("--quick", action="store_true", help="1,000 calls, 2 rounds")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if args.quick:
        args.calls, args.rounds = 1000, 2
    load_before = os.getloadavg()
    with serving(envelopes()) as server:
        if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
            os.sched_setaffinity(0, {0})
        result = anyio.run(
            lambda: measure(
                server, calls=args.calls, rounds=args.rounds, concurrency=args.concurrency
            )
        )
    result.update(
        concurrency=args.concurrency,
        calls=args.calls,
        rounds=args.rounds,
        cpus=os.cpu_count(),
        load_average_before=list(load_before),
        load_average_after=list(os.getloadavg()),
    )
    if args.json:
        print(json.dumps(result))
        return 0
    print(
        f"C={args.concurrency}, client on one CPU, {args.calls} calls per round, "
        f"medians of {args.rounds} rounds; load average before "
        f"{', '.join(f'{x:.2f}' for x in load_before)}, after "
        f"{', '.join(f'{x:.2f}' for x in result['load_average_after'])}"
    )
    print(
        f"{'variant':<45} {'calls/s CPU':>11} {'vs bare':>8} {'calls/s wall':>12} {'new conns':>9}"
    )
    for label, figures in result["variants"].items():
        print(
            f"{label:<45} {figures['cpu_calls_per_s']:>11,.0f} "
            f"{figures['vs_bare_httpx']:>7.2f}x {figures['wall_calls_per_s']:>12,.0f} "
            f"{figures['new_connections']:>9,.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

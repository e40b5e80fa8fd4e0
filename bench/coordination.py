"""What fleet coordination costs per call: the local limiter vs the Redis gate.

Per call, a client takes a slot and gives it back. Locally that is
`RateLimiter.slot()`; in a fleet it is `RedisGate.acquire()` + `release()`, two Lua
scripts on Redis. Both run with a window that never makes anyone wait, so the figures
are the bookkeeping alone, on asyncio and on trio, one caller at a time (latency) and 25
concurrent callers (throughput). A third column adds the coin store's reserve + commit,
the other two round trips a paid call makes in a fleet.

The last two columns are whole calls: `client.call("trenz-products-search")` through a
`TrenzClient` whose network is an in-memory transport answering a realistic envelope at
once, with its own limiter and ledger vs `coordinator=` (all four round trips, plus
validation, the transport chain and parsing): what coordination adds to a call when the
network costs nothing. The last figure is the same fleet call with single-flight on (the
default; every call a new request, so a miss): the shared reads' `reads.claim` before
sending and `reads.finish` after, two more round trips.

Redis is a local `redis-server` (the one `make install` brings) started on a loopback
port for the run, unless `--url` names one. Loopback is the best case: over a network
add the round-trip time twice per call (four times with the coin store).

    .venv/bin/python bench/coordination.py [--calls 2000] [--concurrency 25] [--url URL] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import anyio
import httpx
import redis

from trenz_async import RateLimit, RateLimiter, RedisCoordinator, TrenzClient
from trenz_async.testing import TEST_API_KEY, FakeTrenz

API_KEY = "sk_test_bench_coordination"
# Never binding, and short, so the local limiter's log holds about as many stamps as the
# default 200-per-minute window does (it scans them on every slot).
AMPLE = RateLimit(requests=10**9, period=0.01)
REPEATS = 3


@contextlib.contextmanager
def local_redis() -> Iterator[str]:
    """A throwaway redis-server on a free loopback port, without persistence."""
    binary = str(Path(sys.executable).parent / "redis-server")
    if not os.access(binary, os.X_OK):
        binary = shutil.which("redis-server") or sys.exit("no redis-server: run make install")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with tempfile.TemporaryDirectory() as directory:
        process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", directory],
            stdout=subprocess.DEVNULL,
        )
        try:
            client = redis.Redis(port=port)
            for _ in range(500):
                with contextlib.suppress(redis.exceptions.ConnectionError):
                    if client.ping():
                        break
                time.sleep(0.01)
            client.close()
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.kill()
            process.wait()


async def per_call(call: Callable[[], Awaitable[None]], calls: int, concurrency: int) -> float:
    """Microseconds per call: `calls` calls split over `concurrency` tasks, best of REPEATS."""
    each = calls // concurrency

    async def worker() -> None:
        for _ in range(each):
            await call()

    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for _ in range(concurrency):
                tg.start_soon(worker)
        timings.append((time.perf_counter() - started) / (each * concurrency) * 1e6)
    return min(timings)


async def canned_search() -> httpx.MockTransport:
    """An in-memory network answering every request with one products.search envelope."""
    fake = FakeTrenz(rate_limit=None)
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url="http://localhost", headers={"X-API-Key": TEST_API_KEY}
    ) as client:
        body = (await client.get("/open/v1/products/search", params={"country": "us"})).content
    return httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )


async def measure(url: str, calls: int, concurrency: int) -> dict[str, float]:
    limiter = RateLimiter(AMPLE)
    network = await canned_search()

    async def local_slot() -> None:
        async with limiter.slot():
            pass

    results: dict[str, float] = {}
    async with RedisCoordinator(url, namespace=f"bench-{uuid.uuid4().hex[:8]}") as coordinator:
        stores = coordinator.bind(API_KEY, rate_limit=AMPLE, max_in_flight=None, max_coins=None)
        ids = iter(range(10**9))

        async def fleet_slot() -> None:
            await stores.gate.release(await stores.gate.acquire())

        async def fleet_call() -> None:
            call_id = str(next(ids))
            permit = await stores.gate.acquire()
            await stores.coins.reserve(call_id, "bench", 1)
            await stores.coins.commit(call_id, coins=1, job_id=None, balance=None)
            await stores.gate.release(permit)

        async with (
            TrenzClient(
                api_key=TEST_API_KEY,
                base_url="http://localhost",
                transport=network,
                rate_limit=AMPLE,
                coalesce=False,  # identical calls on purpose: each one is coordinated
            ) as alone,
            TrenzClient(
                api_key=TEST_API_KEY,
                base_url="http://localhost",
                transport=network,
                rate_limit=AMPLE,
                coordinator=coordinator,
                coalesce=False,
            ) as fleet,
            TrenzClient(
                api_key=TEST_API_KEY,
                base_url="http://localhost",
                transport=network,
                rate_limit=AMPLE,
                coordinator=coordinator,
            ) as sharing,
        ):

            async def client_local() -> None:
                await alone.call("trenz-products-search", country="us")

            async def client_fleet() -> None:
                await fleet.call("trenz-products-search", country="us")

            async def client_fleet_reads() -> None:
                # Never asked before: a miss, led by this worker and shared with no one.
                await sharing.call("trenz-products-search", country="us", keyword=str(next(ids)))

            for name, call in (
                ("local", local_slot),
                ("redis", fleet_slot),
                ("redis+coins", fleet_call),
                ("client", client_local),
                ("client+fleet", client_fleet),
                ("client+fleet+reads", client_fleet_reads),
            ):
                await per_call(call, max(calls // 10, concurrency), concurrency)  # warm up
                for width in (1, concurrency):
                    results[f"{name}/{width}"] = await per_call(call, calls, width)
    coordinator.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="calls per measurement")
    parser.add_argument("--concurrency", type=int, default=25)
    parser.add_argument("--url", help="an existing Redis (default: start one on loopback)")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        url = args.url or stack.enter_context(local_redis())
        rows = {
            backend: anyio.run(measure, url, args.calls, args.concurrency, backend=backend)
            for backend in ("asyncio", "trio")
        }
        with redis.Redis.from_url(url) as client:
            version = client.info("server")["redis_version"]
    figures = {
        backend: {
            str(width): {
                "local_slot_us": result[f"local/{width}"],
                "gate_us": result[f"redis/{width}"],
                "gate_ratio": result[f"redis/{width}"] / result[f"local/{width}"],
                "gate_coins_us": result[f"redis+coins/{width}"],
                "gate_coins_ratio": result[f"redis+coins/{width}"] / result[f"local/{width}"],
                "call_us": result[f"client/{width}"],
                "fleet_call_us": result[f"client+fleet/{width}"],
                "call_ratio": result[f"client+fleet/{width}"] / result[f"client/{width}"],
                "fleet_read_us": result[f"client+fleet+reads/{width}"],
                "reads_ratio": result[f"client+fleet+reads/{width}"]
                / result[f"client+fleet/{width}"],
            }
            for width in (1, args.concurrency)
        }
        for backend, result in rows.items()
    }
    if args.json:
        print(json.dumps({"redis_version": version, "calls": args.calls, **figures}))
        return
    print(f"command: {shlex.join([os.path.relpath(sys.executable), *sys.argv])}")
    print(f"Redis {version} on loopback, {args.calls} calls per figure, best of {REPEATS}")
    print()
    print(
        "| backend | callers | local slot() | Redis gate | ratio | gate + reserve/commit | ratio "
        "| client.call() | with coordinator | ratio | + shared reads (a miss) | ratio |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for backend, widths in figures.items():
        for width, f in widths.items():
            print(
                f"| {backend} | {width} | {f['local_slot_us']:.1f} µs | {f['gate_us']:.1f} µs "
                f"| {f['gate_ratio']:.0f}x | {f['gate_coins_us']:.1f} µs "
                f"| {f['gate_coins_ratio']:.0f}x | {f['call_us']:.0f} µs "
                f"| {f['fleet_call_us']:.0f} µs | {f['call_ratio']:.1f}x "
                f"| {f['fleet_read_us']:.0f} µs | {f['reads_ratio']:.2f}x |"
            )
    print()
    print("figures are microseconds per call (wall time / calls); lower is better")


if __name__ == "__main__":
    main()

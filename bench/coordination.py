"""What fleet coordination costs per call: Redis round trips, and whole-call client CPU.

Two parts, in one run:

1. **Round trips and commands per call**, counted by the Redis server itself
   (`INFO commandstats`, diffed around `N` calls of one kind, divided by `N`), for a
   cheap read (single-flight off, then on), a paid job submission and a task poll,
   through a `TrenzClient(coordinator=...)` on the in-memory fake (the counts do not
   depend on the network). *Round trips* are the requests the client sent: the calls
   of `EVALSHA`, `EVAL` and `SCRIPT` (a first `SCRIPT LOAD` after `NOSCRIPT`), the only
   commands the SDK sends on the hot path; a `fleet.batch` script that carries deferred
   writes counts once, as the one request it is. *Commands* are every command the server
   counted, the ones the scripts ran included (`INFO` itself excluded). The deferred
   writes of the last call are flushed before the second count, so they are counted.

2. **Whole-call client CPU**, coordinated vs not, at C=1 and C=50: `products.search`
   over real sockets to a local uvicorn server pinned to the other core (as in
   `call_overhead.py`; Redis pinned there too), the client pinned to the first core and
   measuring its own `time.process_time()`. Variants, interleaved round after round:
   the client alone (its own limiter and ledger), the client with a coordinator, both
   with single-flight off (coordination alone), and the coordinated client with
   single-flight on (the default, every call a miss). Ratios are of each variant's
   fastest round (noise only adds CPU time).

The load average is printed (and in `--json`): on a busy machine the ratios move.

    .venv/bin/python bench/coordination.py [--calls 2000] [--rounds 5] [--count 50] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import multiprocessing
import os
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import redis
from call_overhead import _bodies, _cpu_per_call, _free_port, _serve

from trenz_async import RateLimit, RedisCoordinator, TrenzClient
from trenz_async.testing import TEST_API_KEY, FakeTrenz

KEY = "sk_test_fake"
AMPLE = RateLimit(requests=10**9, period=60.0)  # the window runs, never blocks
BUDGET = 10**9
JOB = "trenz-ai-grok-generate"  # a paid async job (its `prompt` keys it)
TARGETS = {"1": 1.3, "50": 1.1}
ROUND_TRIP_TARGETS = {"read": 1, "read (single-flight)": 1, "job": 2, "poll": 1}
ROUND_TRIP_COMMANDS = ("cmdstat_evalsha", "cmdstat_eval", "cmdstat_script")


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
        if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
            os.sched_setaffinity(process.pid, {(os.cpu_count() or 1) - 1})
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


def _stats(server: redis.Redis) -> dict[str, int]:
    return {name: int(row["calls"]) for name, row in server.info("commandstats").items()}


async def count_round_trips(url: str, count: int) -> dict[str, dict[str, float]]:
    """Round trips and commands per call of each kind, from the server's commandstats."""
    server = redis.Redis.from_url(url)
    fake = FakeTrenz(rate_limit=None)
    ids = itertools.count()
    figures: dict[str, dict[str, float]] = {}
    async with RedisCoordinator(url, namespace=f"bench-{uuid.uuid4().hex[:8]}") as coordinator:
        options: dict[str, Any] = {
            "api_key": TEST_API_KEY,
            "base_url": "http://localhost",
            "transport": fake.transport(),
            "coordinator": coordinator,
            "rate_limit": AMPLE,
            "max_in_flight": 50,
            "max_coins": BUDGET,
        }
        async with (
            TrenzClient(**options, coalesce=False) as alone,
            TrenzClient(**options) as shared,
        ):
            tasks: list[Any] = []

            async def read_alone() -> None:
                await alone.products.search(country="us", keyword=f"k{next(ids)}")

            async def read_shared() -> None:
                await shared.products.search(country="us", keyword=f"k{next(ids)}")

            async def submit() -> None:
                tasks.append(await alone.call(JOB, prompt=f"p{next(ids)}"))

            async def poll() -> None:
                await tasks[next(ids) % len(tasks)].refresh()

            kinds: dict[str, Callable[[], Awaitable[None]]] = {
                "read": read_alone,
                "read (single-flight)": read_shared,
                "job": submit,
                "poll": poll,
            }
            for name, call in kinds.items():
                for _ in range(3):
                    await call()  # scripts loaded, connections open
                await coordinator._link.flush()
                before = _stats(server)
                for _ in range(count):
                    await call()
                await coordinator._link.flush()  # the last call's deferred writes count too
                after = _stats(server)
                diff = {k: v - before.get(k, 0) for k, v in after.items()}
                diff.pop("cmdstat_info", None)
                figures[name] = {
                    "round_trips": sum(diff.get(k, 0) for k in ROUND_TRIP_COMMANDS) / count,
                    "commands": sum(diff.values()) / count,
                    "target": ROUND_TRIP_TARGETS[name],
                }
    server.close()
    coordinator.close()
    return figures


async def cpu_ratios(base_url: str, url: str, *, calls: int, rounds: int) -> dict[str, Any]:
    """Client CPU per whole call (µs) for each variant, at C=1 and C=50, and the ratios."""
    import httpx

    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    numbers = itertools.count()
    async with RedisCoordinator(url, namespace=f"bench-{uuid.uuid4().hex[:8]}") as coordinator:

        def client(**options: Any) -> TrenzClient:
            return TrenzClient(
                api_key=KEY,
                base_url=base_url,
                rate_limit=AMPLE,
                max_in_flight=100,
                http_options={"limits": limits},
                **options,
            )

        async with (
            client(coalesce=False) as alone,
            client(coalesce=False, coordinator=coordinator, max_coins=BUDGET) as fleet,
            client(coordinator=coordinator, max_coins=BUDGET) as fleet_shared,
        ):
            variants: dict[str, Callable[[], Awaitable[Any]]] = {
                "alone": lambda: alone.products.search(country="us", keyword=f"{next(numbers)}"),
                "coordinated": lambda: fleet.products.search(
                    country="us", keyword=f"{next(numbers)}"
                ),
                "coordinated+single-flight": lambda: fleet_shared.products.search(
                    country="us", keyword=f"{next(numbers)}"
                ),
            }
            for variant in variants.values():
                for _ in range(5):
                    await variant()
            results: dict[str, Any] = {}
            for concurrency in (1, 50):
                samples: dict[str, list[float]] = {label: [] for label in variants}
                order = list(variants.items())
                for number in range(rounds):
                    for label, variant in order if number % 2 else reversed(order):
                        batch = max(concurrency, calls // rounds)
                        samples[label].append(await _cpu_per_call(variant, batch, concurrency))
                fastest = {label: min(values) for label, values in samples.items()}
                results[str(concurrency)] = {
                    label: {
                        "us_per_call": round(statistics.median(values), 1),
                        "best_us_per_call": round(fastest[label], 1),
                        "vs_alone": round(fastest[label] / fastest["alone"], 3),
                    }
                    for label, values in samples.items()
                }
    coordinator.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="calls per variant and width")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds")
    parser.add_argument("--count", type=int, default=50, help="calls per round-trip count")
    parser.add_argument("--url", help="an existing Redis (default: start one on loopback)")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    bodies = _bodies()
    port = _free_port()
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    http_server = context.Process(target=_serve, args=(port, bodies, ready), daemon=True)
    with contextlib.ExitStack() as stack:
        url = args.url or stack.enter_context(local_redis())
        http_server.start()
        stack.callback(http_server.join, 5)
        stack.callback(http_server.terminate)
        ready.wait(30)
        time.sleep(1.0)  # uvicorn binds just after `ready`
        trips = anyio.run(count_round_trips, url, args.count)
        if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
            os.sched_setaffinity(0, {0})
        load_before = os.getloadavg()
        cpu = anyio.run(
            lambda: cpu_ratios(
                f"http://127.0.0.1:{port}", url, calls=args.calls, rounds=args.rounds
            )
        )
        load = os.getloadavg()
        with redis.Redis.from_url(url) as client:
            version = client.info("server")["redis_version"]
    result = {
        "redis_version": version,
        "calls": args.calls,
        "rounds": args.rounds,
        "load_average": [round(value, 2) for value in load],
        "load_average_before": [round(value, 2) for value in load_before],
        "round_trips": trips,
        "cpu": cpu,
        "targets": TARGETS,
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"command: {shlex.join([os.path.relpath(sys.executable), *sys.argv])}")
    print(f"Redis {version} on loopback; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print()
    print("| call | Redis round trips | commands | target round trips |")
    print("| --- | ---: | ---: | ---: |")
    for name, figures in trips.items():
        print(
            f"| {name} | {figures['round_trips']:.2f} | {figures['commands']:.1f} "
            f"| {figures['target']} |"
        )
    print()
    print(f"client CPU per whole call (products.search over loopback), {args.rounds} rounds")
    print("| callers | variant | median µs | best µs | vs alone | target |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for width, variants in cpu.items():
        for label, figures in variants.items():
            target = f"<= {TARGETS[width]}x" if label == "coordinated" else ""
            print(
                f"| {width} | {label} | {figures['us_per_call']} | {figures['best_us_per_call']} "
                f"| {figures['vs_alone']}x | {target} |"
            )


if __name__ == "__main__":
    main()

"""A fleet of worker processes sharing one key's rate limit, budget, ledger and journal.

Each worker is its own OS process (spawned, as Celery, arq or taskiq start theirs) with
its own event loop (asyncio and trio in turn), its own `RedisCoordinator` and one
`TrenzClient(coordinator=...)`. Together they search products and submit paid analysis
jobs against an embedded fake Trenz server (no key, no coins), under a scaled rate limit
of 60 requests per 5 seconds and one budget for the whole fleet. At the end the fleet's
ledger, read from Redis, is printed next to each worker's own and the server's.

    python examples/fleet.py [--workers 4] [--jobs 6] [--redis redis://host:6379/0]

Without `--redis` it starts a throwaway `redis-server` (the one `make install` puts in
the virtual environment, or one on PATH) on a loopback port.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import anyio

from trenz_async import (
    BudgetExceededError,
    PollPolicy,
    RateLimit,
    RedisCoordinator,
    TaskFailedError,
    TrenzClient,
)

WINDOW = RateLimit(requests=60, period=5.0)  # Trenz allows 200 per 60 s; scaled for a demo
JOB = "trenz-video-content-analysis"


def worker(
    index: int, redis_url: str, namespace: str, base_url: str, api_key: str, args: Any
) -> dict[str, Any]:
    """One worker process: one coordinator, one client per event-loop run."""
    backend = ("asyncio", "trio")[index % 2]

    async def run() -> dict[str, Any]:
        # Every worker passes the same limits: they configure the namespace, once.
        async with (
            RedisCoordinator(redis_url, namespace=namespace) as coordinator,
            TrenzClient(
                api_key=api_key,
                base_url=base_url,
                coordinator=coordinator,
                rate_limit=WINDOW,
                max_coins=args.max_coins,
                poll=PollPolicy(initial=0.3, maximum=1.0),
            ) as client,
        ):
            outcome = {"refused": 0, "failed": 0}

            async def analyse(n: int) -> None:
                page = await client.products.search(country=("us", "gb", "de")[n % 3])
                try:
                    task = await client.call(JOB, video_id=f"w{index}-{n}-{page.request_id}")
                except BudgetExceededError:
                    outcome["refused"] += 1  # the fleet's budget, not this worker's
                    return
                try:
                    await task.wait(timeout=120)
                except TaskFailedError:
                    outcome["failed"] += 1  # refunded: the coins went back to the budget

            async with anyio.create_task_group() as group:
                for n in range(args.jobs):
                    group.start_soon(analyse, n)
        coordinator.close()
        own = client.usage.snapshot()
        return {"backend": backend, "own": (own.calls, own.coins_spent, own.coins_held), **outcome}

    return anyio.run(run, backend=backend)


async def main(args: argparse.Namespace, redis_url: str) -> None:
    from trenz_async.testing import TEST_API_KEY, FakeTrenz

    fake = FakeTrenz(seed=3, job_duration=1.0, job_failure_ratio=0.2, rate_limit=(60, 5.0))
    namespace = f"fleet-demo-{uuid.uuid4().hex[:8]}"
    started = time.monotonic()
    async with fake.serve() as base_url:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=args.workers, mp_context=context) as pool:
            futures = [
                pool.submit(worker, index, redis_url, namespace, base_url, TEST_API_KEY, args)
                for index in range(args.workers)
            ]
            reports = [await anyio.to_thread.run_sync(future.result) for future in futures]
        async with RedisCoordinator(redis_url, namespace=namespace) as coordinator:
            stores = coordinator.bind(
                TEST_API_KEY, rate_limit=WINDOW, max_in_flight=None, max_coins=args.max_coins
            )
            fleet = await stores.coins.snapshot()
        coordinator.close()
    elapsed = time.monotonic() - started
    print(f"{args.workers} workers, {elapsed:.1f} s, namespace {namespace}")
    print(f"{'':10}{'calls':>7}{'spent':>8}{'held':>6}{'refused':>9}{'failed':>8}")
    for index, report in enumerate(reports):
        calls, spent, held = report["own"]
        name = f"w{index} {report['backend']}"
        print(f"{name:10}{calls:>7}{spent:>8}{held:>6}{report['refused']:>9}{report['failed']:>8}")
    print(f"{'fleet':10}{fleet.calls:>7}{fleet.coins_spent:>8}{fleet.coins_held:>6}")
    ledger = fake.ledger[TEST_API_KEY]
    print(f"{'server':10}{len(fake.requests):>7}{ledger.spent:>8}{ledger.held:>6}")
    print(f"429s: {fake.statistics().rate_limited}; budget {args.max_coins} coins")
    for operation_id, usage in fleet.by_operation.items():
        print(f"  {operation_id}: {usage.calls} calls, {usage.coins} coins")


@contextlib.contextmanager
def local_redis() -> Iterator[str]:
    """A throwaway redis-server on a free loopback port, without persistence."""
    binary = str(Path(sys.executable).parent / "redis-server")
    if not os.access(binary, os.X_OK):
        binary = shutil.which("redis-server") or sys.exit(
            "no redis-server: pass --redis URL, or run `make install`"
        )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with tempfile.TemporaryDirectory() as directory:
        command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        process = subprocess.Popen([*command, "--dir", directory], stdout=subprocess.DEVNULL)
        try:
            url = f"redis://127.0.0.1:{port}/0"
            for _ in range(500):  # until it answers (RedisCoordinator checks with a PING)
                try:
                    RedisCoordinator(url).close()
                    break
                except ValueError:
                    time.sleep(0.01)
            yield url
        finally:
            process.kill()
            process.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--jobs", type=int, default=6, help="searches + paid jobs per worker")
    parser.add_argument("--max-coins", type=int, default=15_000, help="the fleet's budget")
    parser.add_argument("--redis", help="a Redis URL (default: start a local redis-server)")
    arguments = parser.parse_args()
    with contextlib.ExitStack() as stack:
        url = arguments.redis or stack.enter_context(local_redis())
        anyio.run(main, arguments, url)

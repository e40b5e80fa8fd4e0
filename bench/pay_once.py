"""Paying once: coins and wall time of a pipeline that repeats 30% of its reads.

The workload (seeded) is `--calls` reads in `--waves` waves; each wave's calls run
concurrently and the next wave starts when it ends. Most reads are 5-coin data reads
(product, creator, seller, video details and product searches); one in ten is an AI
read (a 100-coin embedding or a 500-coin product title). `--repeat` of the calls (30%)
repeat an earlier read: half in the same wave as the read they repeat (in flight
together), half in a later wave (seconds later, well within a minute). The fake answers
every request `--latency` seconds late and enforces a rate limit scaled down from
Trenz's 200 per minute (`--limit` per `--period` seconds), which the client keeps to:
what a pipeline does not send, it does not wait for either.

Three modes, each against a fresh `FakeTrenz` (so each has its own ledger):

- neither: `TrenzClient(coalesce=False)`, no cache: every call is a request;
- coalescing: the default (identical reads in flight share one request);
- cache: the default plus `cache=ReadCache()` (the default TTLs: searches 5 minutes,
  details 30, AI reads a day).

The fake's ledger is the judge: in each mode the coins the SDK reports saved must equal
what the fake charged with neither, less what it charged in that mode, and the calls it
reports coalesced or cached must equal the calls the fake never saw.

`--fleet` runs the same workload over `--workers` processes (asyncio and trio in turn)
sharing one `RedisCoordinator` namespace on a local redis-server: each wave's calls are
dealt round-robin to the workers (a repeat and its original usually land in different
processes) and the workers start each wave together.

    .venv/bin/python bench/pay_once.py [--calls 600] [--waves 20] [--repeat 0.3]
                                       [--latency 0.05] [--limit 100] [--period 1]
                                       [--seed 7] [--fleet] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import multiprocessing
import os
import random
import shlex
import sys
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import anyio
import redis
from coordination import local_redis

from trenz_async import RateLimit, ReadCache, RedisCoordinator, TrenzClient
from trenz_async.testing import TEST_API_KEY, FakeTrenz, FaultKind, FaultPlan

MODES = ("neither", "coalescing", "cache")
COUNTRIES = ("us", "gb", "de", "fr")

Call = tuple[str, dict[str, Any]]


def _unique(index: int, rng: random.Random) -> Call:
    """The `index`-th distinct read of the workload."""
    country = rng.choice(COUNTRIES)
    if index % 10 == 9:  # one in ten is an AI read
        if index % 20 == 9:
            return "ai_tools.embedding", {"type": "text", "text": f"summer lamp {index}"}
        return "ai_copywriting.product_title", {"old_title": f"lamp {index}"}
    kind = index % 5
    if kind == 4:
        return "products.search", {"country": country, "keyword": f"k{index}"}
    accessor = ("products.detail", "creators.detail", "sellers.detail", "videos.detail")[kind]
    return accessor, {"country": country, "id": f"{index}"}


def workload(calls: int, waves: int, repeat: float, seed: int) -> list[list[Call]]:
    """`calls` reads in `waves` waves; `repeat` of them repeat an earlier or concurrent one."""
    rng = random.Random(seed)
    per_wave = calls // waves
    repeats = round(calls * repeat)
    originals = calls - repeats
    schedule: list[list[Call]] = [[] for _ in range(waves)]
    placed: list[tuple[int, Call]] = []
    for index in range(originals):
        wave = min(index * waves // originals, waves - 1)
        call = _unique(index, rng)
        schedule[wave].append(call)
        placed.append((wave, call))
    for number in range(repeats):
        wave, call = rng.choice(placed)
        if number % 2 and wave + 1 < waves:  # later: a wave or a few after its original
            wave = rng.randint(wave + 1, min(wave + 4, waves - 1))
        schedule[wave].append(call)
    for wave in schedule:
        rng.shuffle(wave)
    assert sum(map(len, schedule)) == calls, (per_wave, calls)
    return schedule


def client_options(mode: str, window: tuple[int, float]) -> dict[str, Any]:
    options: dict[str, Any] = {"rate_limit": RateLimit(*window)}
    if mode == "neither":
        options["coalesce"] = False
    if mode == "cache":
        options["cache"] = ReadCache()
    return options


async def run_waves(client: TrenzClient, waves: list[list[Call]], before_wave: Any = None) -> None:
    for number, wave in enumerate(waves):
        if before_wave is not None:
            await anyio.to_thread.run_sync(before_wave, number)
        async with anyio.create_task_group() as group:
            for accessor, params in wave:
                group.start_soon(lambda a=accessor, p=params: client.call(a, **p))


def figures(snapshots: list[Any]) -> dict[str, int]:
    return {
        "calls": sum(snap.calls for snap in snapshots),
        "coins_spent": sum(snap.coins_spent for snap in snapshots),
        "coins_saved": sum(snap.coins_saved for snap in snapshots),
        "calls_coalesced": sum(snap.calls_coalesced for snap in snapshots),
        "cache_hits": sum(snap.cache_hits for snap in snapshots),
    }


def fake_server(args: argparse.Namespace) -> FakeTrenz:
    return FakeTrenz(
        rate_limit=(args.limit, args.period),
        faults=FaultPlan({FaultKind.LATENCY: 1.0}, latency=args.latency),
    )


async def one_process(args: argparse.Namespace, schedule: list[list[Call]]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for mode in MODES:
        fake = fake_server(args)
        async with (
            fake.serve() as base_url,
            TrenzClient(
                api_key=TEST_API_KEY,
                base_url=base_url,
                **client_options(mode, (args.limit, args.period)),
            ) as client,
        ):
            started = time.perf_counter()
            await run_waves(client, schedule)
            wall = time.perf_counter() - started
            sdk = figures([client.usage.snapshot()])
        results[mode] = {**sdk, **_judge(fake, wall)}
    return _checked(results, sum(map(len, schedule)))


def _judge(fake: FakeTrenz, wall: float) -> dict[str, Any]:
    return {
        "requests": len(fake.requests),
        "fake_charged": fake.ledger.charged,
        "wall_s": round(wall, 3),
    }


def _checked(results: dict[str, Any], calls: int) -> dict[str, Any]:
    """Each mode's savings against the fake's ledger (the judge)."""
    paid_for_all = results["neither"]["fake_charged"]
    for row in results.values():
        row["saved_per_fake"] = paid_for_all - row["fake_charged"]
        row["unseen_calls"] = calls - row["requests"]
        row["saved_ok"] = (
            row["coins_saved"] == row["saved_per_fake"]
            and row["calls_coalesced"] + row["cache_hits"] == row["unseen_calls"]
            and row["coins_spent"] == row["fake_charged"]
        )
        row["coins_vs_neither"] = round(row["fake_charged"] / paid_for_all, 3)
        row["wall_vs_neither"] = round(row["wall_s"] / results["neither"]["wall_s"], 3)
    return {"calls": calls, "modes": results}


# ----------------------------------------------------------------- the fleet


def barrier(redis_url: str, name: str, parties: int) -> None:
    """Block until `parties` workers got here."""
    with redis.Redis.from_url(redis_url) as client:
        client.incr(name)
        while int(client.get(name) or 0) < parties:
            time.sleep(0.002)


def fleet_worker(
    redis_url: str,
    namespace: str,
    base_url: str,
    backend: str,
    mode: str,
    waves: list[list[Call]],
    parties: int,
    window: tuple[int, float],
) -> dict[str, Any]:
    """One worker process: its share of every wave; its client's figures and wall time."""
    # The bench's Redis does not persist, which the coordinator rightly warns about.
    logging.getLogger("trenz_async").setLevel(logging.ERROR)
    started: list[float] = []

    def before_wave(number: int) -> None:
        barrier(redis_url, f"{namespace}:wave:{number}", parties)
        if not started:  # from the moment all workers start the first wave
            started.append(time.perf_counter())

    async def main() -> dict[str, Any]:
        async with (
            RedisCoordinator(redis_url, namespace=namespace) as coordinator,
            TrenzClient(
                api_key=TEST_API_KEY,
                base_url=base_url,
                coordinator=coordinator,
                **client_options(mode, window),
            ) as client,
        ):
            await run_waves(client, waves, before_wave)
            wall = time.perf_counter() - started[0]
            snapshot = client.usage.snapshot()
        coordinator.close()
        return {**figures([snapshot]), "wall_s": wall}

    return anyio.run(main, backend=backend)


async def fleet(args: argparse.Namespace, schedule: list[list[Call]], url: str) -> dict[str, Any]:
    shares = [[wave[worker :: args.workers] for wave in schedule] for worker in range(args.workers)]
    context = multiprocessing.get_context("spawn")
    results: dict[str, Any] = {}
    with ProcessPoolExecutor(max_workers=args.workers, mp_context=context) as pool:
        for mode in MODES:
            fake = fake_server(args)
            namespace = f"bench-payonce-{mode}-{uuid.uuid4().hex[:8]}"
            async with fake.serve() as base_url:
                futures = [
                    pool.submit(
                        fleet_worker,
                        *(url, namespace, base_url, ("asyncio", "trio")[worker % 2]),
                        *(mode, shares[worker], args.workers, (args.limit, args.period)),
                    )
                    for worker in range(args.workers)
                ]
                reports = [await anyio.to_thread.run_sync(future.result) for future in futures]
            wall = max(report.pop("wall_s") for report in reports)
            total = {key: sum(report[key] for report in reports) for key in reports[0]}
            results[mode] = {**total, **_judge(fake, wall)}
    return {"workers": args.workers, **_checked(results, sum(map(len, schedule)))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=600)
    parser.add_argument("--waves", type=int, default=20)
    parser.add_argument("--repeat", type=float, default=0.3)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--limit", type=int, default=100, help="requests per --period")
    parser.add_argument("--period", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--fleet", action="store_true", help="worker processes sharing Redis")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--url", help="an existing Redis for --fleet (default: start one)")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args(argv)
    schedule = workload(args.calls, args.waves, args.repeat, args.seed)
    with contextlib.ExitStack() as stack:
        if args.fleet:
            url = args.url or stack.enter_context(local_redis())
            result = anyio.run(fleet, args, schedule, url)
        else:
            result = anyio.run(one_process, args, schedule)
    if args.json:
        print(json.dumps(result))
        return 0 if all(row["saved_ok"] for row in result["modes"].values()) else 1
    print(f"command: {shlex.join([os.path.relpath(sys.executable), *sys.argv])}")
    where = f"{result['workers']} processes, one Redis" if args.fleet else "one process"
    print(
        f"{result['calls']} reads ({args.repeat:.0%} repeats) in {args.waves} waves, {where}, "
        f"{args.latency * 1000:.0f} ms per request, at most {args.limit} per {args.period:g} s"
    )
    print(
        f"{'mode':<11} {'requests':>8} {'coins':>7} {'x':>6} {'saved':>6} {'coalesced':>9} "
        f"{'hits':>5} {'wall s':>7} {'x':>6}  judge"
    )
    for mode, row in result["modes"].items():
        print(
            f"{mode:<11} {row['requests']:>8} {row['fake_charged']:>7} "
            f"{row['coins_vs_neither']:>6} {row['coins_saved']:>6} {row['calls_coalesced']:>9} "
            f"{row['cache_hits']:>5} {row['wall_s']:>7} {row['wall_vs_neither']:>6}  "
            f"{'ok' if row['saved_ok'] else 'MISMATCH'}"
        )
    return 0 if all(row["saved_ok"] for row in result["modes"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Soak: many calls, reads and paid jobs, with faults of every kind, over real sockets.

`FakeTrenz` serves on a loopback port and fails a share of requests with every fault it
knows (JSON 5xx, an HTML 502, an empty 520, latency, connections dropped before and
after processing); some jobs are refunded. The SDK makes `calls` calls at once-32: 8 in
10 cheap reads, 1 a 500-coin AI read, 1 a paid job submission (each with its own input),
then waits for every job. What must hold, and is reported:

- **0 calls lost**: each call ends in a result or a `TrenzError` (anything else is a bug);
- **0 jobs paid twice**: no input created two jobs (`SubmissionLog`);
- **0 leaked connections**: after the run no pooled connection is still in use;
- **the ledger**: the SDK's spent + held equals the fake's net, up to the coins the SDK
  counted as uncertain (charged, or not, without an answer), which it must bound.

    .venv/bin/python bench/soak.py [--calls 10000] [--faults 0.1] [--backend asyncio] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from typing import Any

import anyio
import httpx

from trenz_async import PollPolicy, RetryPolicy, Task, TrenzClient, TrenzError
from trenz_async._transport.pools import ShardedTransport
from trenz_async.testing import TEST_API_KEY, FakeTrenz, FaultKind, FaultPlan, SubmissionLog

JOB = "trenz-video-content-analysis"
AI_READ = "trenz-ai-material-search"
SEARCH = "trenz-products-search"
COUNTRIES = ("us", "gb", "de", "fr", "jp")


async def soak(calls: int, *, faults: float = 0.1, seed: int = 7) -> dict[str, Any]:
    """Run the soak; the figures it reports (see the module docstring)."""
    plan = FaultPlan({kind: faults / len(FaultKind) for kind in FaultKind}, latency=0.02)
    fake = FakeTrenz(
        seed=seed, rate_limit=None, job_duration=0.05, job_failure_ratio=0.1, faults=plan
    )
    log = SubmissionLog(fake)
    outcomes: collections.Counter[str] = collections.Counter()
    lost: list[str] = []
    tasks: list[Task] = []
    started = time.monotonic()
    async with log.serve() as base_url:
        async with TrenzClient(
            api_key=TEST_API_KEY,
            base_url=base_url,
            rate_limit=None,
            max_in_flight=32,
            timeout=10.0,
            retry=RetryPolicy(max_retries=3, initial_backoff=0.005, max_backoff=0.02),
            poll=PollPolicy(initial=0.05, maximum=0.2),
        ) as client:
            limit = anyio.Semaphore(32)

            async def one(index: int) -> None:
                async with limit:
                    try:
                        if index % 10 == 0:
                            tasks.append(await client.call(JOB, video_id=f"soak-{index}"))
                        elif index % 10 == 1:
                            await client.call(AI_READ, query=f"lamp {index % 20}")
                        else:
                            country = COUNTRIES[index % len(COUNTRIES)]
                            await client.call(SEARCH, country=country, keyword=f"k{index % 50}")
                        outcomes["ok"] += 1
                    except TrenzError as exc:
                        outcomes[type(exc).__name__] += 1
                    except Exception as exc:  # a bug: exactly what the soak is here to find
                        lost.append(f"{type(exc).__name__}: {exc}")

            async with anyio.create_task_group() as group:
                for index in range(calls):
                    group.start_soon(one, index)
            results = await client.tasks.wait_all(tasks, return_exceptions=True, timeout=120)
            in_use = _connections_in_use(client)
            snapshot = client.usage.snapshot()
        account = fake.ledger[TEST_API_KEY]
    repeated = sum(len(jobs) > 1 for jobs in log.jobs_by("video_id").values())
    known = snapshot.coins_spent + snapshot.coins_held
    return {
        "calls": calls,
        "seconds": round(time.monotonic() - started, 1),
        "requests_seen_by_fake": fake.statistics().requests,
        "faults_injected": fake.statistics().faults_injected,
        "outcomes": dict(sorted(outcomes.items())),
        "lost": len(lost),
        "lost_examples": lost[:3],
        "jobs": len(tasks),
        "jobs_failed": sum(isinstance(result, Exception) for result in results),
        "jobs_paid_twice": repeated,
        "connections_in_use_after": in_use,
        "sdk_spent_plus_held": known,
        "sdk_uncertain": snapshot.coins_uncertain,
        "fake_net": account.net,
        "ledger_within_uncertainty": known <= account.net <= known + snapshot.coins_uncertain,
    }


def _connections_in_use(client: TrenzClient) -> int:
    """Busy connections in the pools under the SDK's layers (each layer has an `_inner`)."""
    layer: Any = client._runtime.core.http._transport
    while not isinstance(layer, httpx.AsyncHTTPTransport | ShardedTransport):
        layer = getattr(layer, "_inner", None) or layer._network
    pools = layer.shards if isinstance(layer, ShardedTransport) else [layer]
    return sum(not connection.is_idle() for pool in pools for connection in pool._pool.connections)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--faults", type=float, default=0.1)
    parser.add_argument("--backend", choices=["asyncio", "trio"], default="asyncio")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = anyio.run(lambda: soak(args.calls, faults=args.faults), backend=args.backend)
    result["backend"] = args.backend
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>28}: {value}")
    healthy = (
        result["lost"] == 0
        and result["jobs_paid_twice"] == 0
        and result["connections_in_use_after"] == 0
        and result["ledger_within_uncertainty"]
    )
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())

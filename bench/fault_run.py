"""One pipeline run against the fake over real sockets, under injected faults.

Reads (searches with pagination) and paid job submissions go through the SDK while the
fake fails a share of requests in every way it knows; the run reports what the fake
saw (requests, faults, 429s, jobs) and whether the SDK's coin ledger equals the fake's.

    .venv/bin/python bench/fault_run.py [--backend trio] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from typing import Any

import anyio

from trenz_async import OutcomeUnknownError, PollPolicy, RateLimit, RetryPolicy, TrenzClient
from trenz_async.testing import TEST_API_KEY, FakeTrenz, FaultKind, FaultPlan

READS = ("trenz-products-search", "trenz-videos-search", "task-status")
FAULTS = {
    FaultKind.INTERNAL_ERROR: 0.04,
    FaultKind.BACKEND_ERROR: 0.04,
    FaultKind.BACKEND_UNAVAILABLE: 0.04,
    FaultKind.BACKEND_TIMEOUT: 0.04,
    FaultKind.HTML_502: 0.04,
    FaultKind.EMPTY_520: 0.04,
    FaultKind.LATENCY: 0.04,
    FaultKind.DROP_BEFORE: 0.02,
}


async def run(seed: int) -> dict[str, Any]:
    plan = FaultPlan(FAULTS, operations=READS, latency=0.02)
    fake = FakeTrenz(
        seed=seed, faults=plan, job_duration=0.3, job_failure_ratio=0.2, rate_limit=(60, 1.0)
    )
    submitted, unknown = 0, 0
    retry = RetryPolicy(max_retries=6, initial_backoff=0.02, max_backoff=0.2)
    poll = PollPolicy(initial=0.1, maximum=0.4)
    async with (
        fake.serve() as base_url,
        TrenzClient(
            api_key=TEST_API_KEY,
            base_url=base_url,
            rate_limit=RateLimit(60, 1.0),
            retry=retry,
            poll=poll,
        ) as client,
    ):
        items = 0
        for country in ("us", "gb", "de"):
            async for _ in client.paginate("products.search", country=country, page_size=20):
                items += 1
        tasks = []
        for index in range(30):
            if index % 10 == 9:  # every tenth submission is processed, then dropped
                fake.faults.schedule(
                    FaultKind.DROP_AFTER, operation_id="trenz-video-content-analysis"
                )
            try:
                tasks.append(await client.ai_analysis.video_content_analysis(video_id=f"v{index}"))
            except OutcomeUnknownError:
                unknown += 1
            submitted += 1
        results = await client.tasks.wait_all(tasks, return_exceptions=True)
        snapshot = client.usage.snapshot()
    stats = fake.statistics()
    account = fake.ledger[TEST_API_KEY]
    # Dropped-after jobs were charged but their ids never reached the SDK: the fake's
    # ledger has them and the SDK's cannot; the check compares everything else.
    return {
        "items paged": items,
        "requests": stats.requests,
        "succeeded": stats.succeeded,
        "faults injected": stats.faults_injected,
        "dropped connections": stats.dropped,
        "retried attempts (requests - succeeded)": stats.requests - stats.succeeded,
        "429s": stats.rate_limited,
        "submissions": submitted,
        "outcome unknown (not resent)": unknown,
        "jobs created by the fake": stats.jobs_created,
        "jobs refunded": stats.jobs_refunded,
        "failed results": sum(isinstance(result, Exception) for result in results),
        "fake net coins": account.net,
        "sdk spent + held": snapshot.coins_spent + snapshot.coins_held,
        "difference (jobs whose answer was dropped)": account.net
        - snapshot.coins_spent
        - snapshot.coins_held,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=("asyncio", "trio"), default="asyncio")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    figures = anyio.run(run, args.seed, backend=args.backend)
    if args.json:
        print(json.dumps(figures))
        return
    print("command:", shlex.join([".venv/bin/python", "bench/fault_run.py", *sys.argv[1:]]))
    for name, value in figures.items():
        print(f"{name:45s} {value}")


if __name__ == "__main__":
    main()

"""Polls per task and completion-detection latency of the poll scheduler.

N jobs are submitted through a real `TrenzClient` (rate limiter, retries, accounting)
to an in-process fake transport (`httpx.MockTransport`). Job i completes at its own
random time after submission; `client.tasks.as_completed()` waits on all of them. For
each job the latency is the time from its completion to the moment `as_completed`
yields it, reported in units of `PollPolicy.maximum` (the design bound is one unit,
plus whatever the rate limit forces). Intervals are scaled down from the defaults
(2 s -> 15 s) so a run takes seconds; the ratios are what carry over.

The default rate limit is ample, to measure the scheduler itself. With `--rate 400`
polls may use 200/s (`poll_share` 0.5) while 500 tasks at a 1 s maximum want 500/s:
the limit then sets the latency, as it must.

    .venv/bin/python bench/polling.py [--tasks 500] [--initial 0.1] [--maximum 1.0]
        [--shortest 0.5] [--longest 8.0] [--rate 5000] [--period 1.0] [--backend asyncio]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import statistics
import sys
import time
from typing import Any

import anyio
import httpx

from trenz_async import OPERATIONS, PollPolicy, RateLimit, TrenzClient

JOB = OPERATIONS["trenz-video-transcription"]


class FakeJobs:
    """Answers submissions with a new id and polls with running/completed by the clock."""

    def __init__(self, shortest: float, longest: float, seed: int) -> None:
        self._rng = random.Random(seed)
        self._shortest, self._longest = shortest, longest
        self.completes_at: dict[str, float] = {}
        self.polls = 0
        self.submissions = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        now = time.monotonic()
        if request.url.path.startswith("/open/v1/tasks/"):
            self.polls += 1
            task_id = request.url.path.rsplit("/", 1)[-1]
            done = now >= self.completes_at[task_id]
            data: dict[str, Any] = {
                "task_id": task_id,
                "status": "completed" if done else "running",
            }
            if done:
                data["result"] = {}
            return _envelope(data, 0)
        self.submissions += 1
        task_id = f"task_{self.submissions}"
        self.completes_at[task_id] = now + self._rng.uniform(self._shortest, self._longest)
        return _envelope({"task_id": task_id}, JOB.coin_cost)


def _envelope(data: dict[str, Any], coins: int) -> httpx.Response:
    body = {
        "data": data,
        "request_id": "req",
        "usage": {"coin_cost": coins, "remaining_balance": 10**9},
    }
    return httpx.Response(
        200, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )


async def run(args: argparse.Namespace) -> dict[str, float]:
    jobs = FakeJobs(args.shortest, args.longest, args.seed)
    policy = PollPolicy(initial=args.initial, maximum=args.maximum)
    latencies: list[float] = []
    async with TrenzClient(
        api_key="sk_test_bench",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(jobs),
        rate_limit=RateLimit(args.rate, args.period),
        poll=policy,
    ) as client:
        tasks = []
        for _ in range(args.tasks):
            tasks.append(await client.call(JOB.operation_id, video_id="v_1"))
        started = time.monotonic()
        async for task in client.tasks.as_completed(tasks, timeout=args.longest * 10 + 60):
            latencies.append(time.monotonic() - jobs.completes_at[task.id])
        elapsed = time.monotonic() - started
        ideal = max(jobs.completes_at.values()) - started  # the last job's completion
        polls = client.tasks.statistics().polls_sent
    units = sorted(latency / args.maximum for latency in latencies)
    return {
        "elapsed": elapsed,
        "wall_over_ideal": elapsed / ideal,
        "polls": polls,
        "polls_per_task": polls / args.tasks,
        "median": statistics.median(units),
        "p95": units[int(0.95 * (len(units) - 1))],
        "max": units[-1],
        "within_one_maximum": sum(unit <= 1.0 for unit in units) / len(units),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=500)
    parser.add_argument("--initial", type=float, default=0.1, help="PollPolicy.initial, seconds")
    parser.add_argument("--maximum", type=float, default=1.0, help="PollPolicy.maximum, seconds")
    parser.add_argument("--shortest", type=float, default=0.5, help="shortest job, seconds")
    parser.add_argument("--longest", type=float, default=8.0, help="longest job, seconds")
    parser.add_argument("--rate", type=int, default=5000, help="rate limit: requests per period")
    parser.add_argument("--period", type=float, default=1.0, help="rate limit period, seconds")
    parser.add_argument("--backend", choices=["asyncio", "trio"], default="asyncio")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = anyio.run(run, args, backend=args.backend)
    if args.json:
        print(json.dumps(result))
        return
    print(f"command: {shlex.join([os.path.relpath(sys.executable), *sys.argv])}")
    print(
        f"{args.tasks} jobs of {args.shortest}-{args.longest} s, PollPolicy(initial={args.initial}, "
        f"maximum={args.maximum}), RateLimit({args.rate}, {args.period}), {args.backend}"
    )
    print(
        f"polls: {result['polls']:.0f} ({result['polls_per_task']:.2f} per task), "
        f"waited {result['elapsed']:.1f} s ({result['wall_over_ideal']:.2f}x the last completion)"
    )
    print(
        "detection latency in units of maximum: "
        f"median {result['median']:.2f}, p95 {result['p95']:.2f}, max {result['max']:.2f}; "
        f"{result['within_one_maximum']:.1%} within one maximum"
    )


if __name__ == "__main__":
    main()

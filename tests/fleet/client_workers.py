"""Worker processes of the fleet runs: each one `TrenzClient(coordinator=...)` on its own loop.

Spawned (not forked), so module-level functions only. Each builds its own coordinator, as
a Celery or arq worker would, waits at a Redis barrier so that the fleet starts together,
and reports what its client saw.
"""

from __future__ import annotations

import os
from typing import Any

import anyio

from trenz_async import (
    BudgetExceededError,
    PollPolicy,
    RateLimit,
    RedisCoordinator,
    RetryPolicy,
    TaskFailedError,
    TrenzClient,
)
from trenz_async.testing import TEST_API_KEY

from .helpers import job_call, read_call
from .workers import barrier

READ, READ_ARGS = read_call()
JOB, JOB_KEY, JOB_WIRE_KEY = job_call()
FAST_POLL = PollPolicy(initial=0.05, maximum=0.2)


def _client(coordinator: RedisCoordinator, base_url: str, **limits: Any) -> TrenzClient:
    return TrenzClient(
        api_key=TEST_API_KEY,
        base_url=base_url,
        coordinator=coordinator,
        poll=FAST_POLL,
        retry=RetryPolicy(max_retries=3, initial_backoff=0.05, max_backoff=0.2),
        **limits,
    )


def calls_worker(
    redis_url: str,
    namespace: str,
    base_url: str,
    backend: str,
    calls: int,
    concurrency: int,
    window: tuple[int, float],
    parties: int,
) -> dict[str, Any]:
    """`calls` paid reads by `concurrency` concurrent callers; the client's own ledger."""

    async def main() -> dict[str, Any]:
        async with (
            RedisCoordinator(redis_url, namespace=namespace) as coordinator,
            # Identical reads in flight would share requests: these are all sent.
            _client(coordinator, base_url, rate_limit=RateLimit(*window), coalesce=False) as client,
        ):
            barrier(redis_url, f"{namespace}:calls", parties)
            todo = iter(range(calls))

            async def caller() -> None:
                for _ in todo:
                    await client.call(READ, **READ_ARGS)

            async with anyio.create_task_group() as group:
                for _ in range(concurrency):
                    group.start_soon(caller)
            snapshot = client.usage.snapshot()
        coordinator.close()
        return {"calls": snapshot.calls, "spent": snapshot.coins_spent}

    return anyio.run(main, backend=backend)


def jobs_worker(
    redis_url: str,
    namespace: str,
    base_url: str,
    backend: str,
    attempts: int,
    concurrency: int,
    budget: int,
    parties: int,
) -> dict[str, Any]:
    """`attempts` paid job submissions under the fleet's budget, each waited on to its end."""

    async def main() -> dict[str, Any]:
        refused = failed = completed = 0
        async with (
            RedisCoordinator(redis_url, namespace=namespace) as coordinator,
            _client(coordinator, base_url, rate_limit=None, max_coins=budget) as client,
        ):
            barrier(redis_url, f"{namespace}:jobs", parties)
            todo = iter(range(attempts))

            async def submitter() -> None:
                nonlocal refused, failed, completed
                for n in todo:
                    try:
                        task = await client.call(JOB, **{JOB_KEY: f"{os.getpid()}-{n}"})
                    except BudgetExceededError:
                        refused += 1
                        await anyio.sleep(0.05)  # let some jobs end (or be refunded)
                        continue
                    try:
                        await task.wait(timeout=30)
                        completed += 1
                    except TaskFailedError:
                        failed += 1

            async with anyio.create_task_group() as group:
                for _ in range(concurrency):
                    group.start_soon(submitter)
            snapshot = client.usage.snapshot()
        coordinator.close()
        return {
            "calls": snapshot.calls,
            "refused": refused,
            "completed": completed,
            "failed": failed,
        }

    return anyio.run(main, backend=backend)


def doomed_worker(
    redis_url: str,
    namespace: str,
    base_url: str,
    backend: str,
    inputs: int,
    concurrency: int,
    stagger: float,
    lease_timeout: float,
) -> None:
    """Submit one paid job per input and wait on each, until the test kills this process.

    The `concurrency` submitters start `stagger` seconds apart, so that at any moment some
    jobs are being waited on (their poll leases held) while others are in flight.
    """

    async def main() -> None:
        coordinator = RedisCoordinator(redis_url, namespace=namespace, lease_timeout=lease_timeout)
        async with _client(
            coordinator, base_url, rate_limit=None, max_in_flight=concurrency
        ) as client:
            todo = iter(range(inputs))

            async def submitter(index: int) -> None:
                await anyio.sleep(index * stagger)
                for n in todo:
                    task = await client.call(JOB, **{JOB_KEY: f"v{n}"})
                    await task.wait(timeout=60)

            async with anyio.create_task_group() as group:
                for index in range(concurrency):
                    group.start_soon(submitter, index)

    anyio.run(main, backend=backend)

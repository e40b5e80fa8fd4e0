"""Worker processes for the multi-process fleet tests (spawned: module-level functions only).

Each worker builds its own coordinator, as a real worker process would, waits at a Redis
barrier so that all of them contend at once, and reports what it was granted.
"""

from __future__ import annotations

import os
import signal
import time

import anyio
import redis

from trenz_async import BudgetExceededError, RateLimit
from trenz_async._fleet.coordinator import FleetStores, RedisCoordinator
from trenz_async._jobs import Submission

API_KEY = "sk_live_fleet_test_key_0123456789"

# How long a worker waits at the barrier for the others before giving up.
_BARRIER_TIMEOUT = 30.0


def barrier(url: str, name: str, parties: int) -> None:
    """Block until `parties` processes reached the barrier called `name`."""
    with redis.Redis.from_url(url) as client:
        client.incr(name)
        deadline = time.monotonic() + _BARRIER_TIMEOUT
        while int(client.get(name) or 0) < parties:
            if time.monotonic() > deadline:
                raise TimeoutError(f"barrier {name}: the other workers never came")
            time.sleep(0.005)


def gate_worker(
    url: str, namespace: str, backend: str, limit: tuple[int, float], acquirers: int, parties: int
) -> list[float]:
    """`acquirers` concurrent acquire+release; the grant times on Redis's clock."""

    async def main() -> list[float]:
        async with RedisCoordinator(url, namespace=namespace) as coordinator:
            stores = _bind(coordinator, rate_limit=RateLimit(*limit))
            barrier(url, f"{namespace}:gate", parties)
            starts: list[float] = []

            async def one() -> None:
                permit = await stores.gate.acquire()
                starts.append(permit.granted_at)
                await stores.gate.release(permit)

            async with anyio.create_task_group() as tg:
                for _ in range(acquirers):
                    tg.start_soon(one)
        coordinator.close()
        return starts

    return anyio.run(main, backend=backend)


def coins_worker(
    url: str, namespace: str, backend: str, budget: int, attempts: int, parties: int
) -> int:
    """`attempts` concurrent 7-coin submissions, each held as a job; the coins committed."""

    async def main() -> int:
        async with RedisCoordinator(url, namespace=namespace) as coordinator:
            stores = _bind(coordinator, max_coins=budget)
            barrier(url, f"{namespace}:coins", parties)
            committed = 0

            async def submit(n: int) -> None:
                nonlocal committed
                call_id = f"{os.getpid()}-{n}"
                try:
                    await stores.coins.reserve(call_id, "job", 7)
                except BudgetExceededError:
                    return
                await stores.coins.commit(call_id, coins=7, job_id=f"job-{call_id}", balance=None)
                committed += 7

            async with anyio.create_task_group() as tg:
                for n in range(attempts):
                    tg.start_soon(submit, n)
        coordinator.close()
        return committed

    return anyio.run(main, backend=backend)


def journal_worker(url: str, namespace: str, backend: str, count: int) -> list[str]:
    """Journal `count` submissions, confirming the even ones; their ids, then exit."""

    async def main() -> list[str]:
        async with RedisCoordinator(url, namespace=namespace) as coordinator:
            journal = _bind(coordinator).journal
            for n in range(count):
                submission = Submission(f"{os.getpid()}-{n}", "job", {"n": n}, 10, time.time())
                await journal.intent(submission)
                if n % 2 == 0:
                    await journal.confirmed(submission, f"task-{os.getpid()}-{n}")
        coordinator.close()
        return [f"{os.getpid()}-{n}" for n in range(count)]

    return anyio.run(main, backend=backend)


def crashing_worker(url: str, namespace: str, lease_timeout: float) -> None:
    """Take a permit, a reservation and a poll lease, then die by SIGKILL (no cleanup)."""

    async def main() -> None:
        coordinator = RedisCoordinator(url, namespace=namespace, lease_timeout=lease_timeout)
        stores = _bind(coordinator, max_in_flight=1, max_coins=100)
        await stores.gate.acquire()
        await stores.coins.reserve("doomed-call", "job", 70)
        await stores.leases.lease(["task-doomed"], owner=stores.owner, ttl=lease_timeout)
        os.kill(os.getpid(), signal.SIGKILL)

    anyio.run(main, backend="trio")


def _bind(
    coordinator: RedisCoordinator,
    *,
    rate_limit: RateLimit | None = None,
    max_in_flight: int | None = None,
    max_coins: int | None = None,
) -> FleetStores:
    return coordinator.bind(
        API_KEY, rate_limit=rate_limit, max_in_flight=max_in_flight, max_coins=max_coins
    )

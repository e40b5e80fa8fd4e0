"""The fleet as deployed: worker processes, each with its own `TrenzClient(coordinator=...)`.

Four spawned processes (asyncio and trio mixed) share one namespace on a real
redis-server and call one `FakeTrenz` served over loopback by the test process, which
counts what really arrived: the rate limit, the budget and the journal must hold as the
server sees them, not as the clients believe.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import anyio
import pytest

from trenz_async import OPERATIONS, RedisCoordinator, TrenzClient
from trenz_async.testing import TEST_API_KEY, FakeTrenz, FaultKind, FaultPlan, SubmissionLog

from . import client_workers
from .helpers import assert_window

pytestmark = [pytest.mark.anyio, pytest.mark.parametrize("anyio_backend", ["asyncio"])]

BACKENDS = ["asyncio", "trio", "asyncio", "trio"]
WINDOW = (60, 5.0)


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    """Four spawned worker processes, reused by this module's fleet runs."""
    with ProcessPoolExecutor(
        max_workers=len(BACKENDS), mp_context=multiprocessing.get_context("spawn")
    ) as executor:
        yield executor


async def results(futures: list[Any]) -> list[Any]:
    """The workers' reports, waited for without blocking the fake's event loop."""
    return [await anyio.to_thread.run_sync(future.result, 120) for future in futures]


async def test_four_workers_share_one_window_at_full_speed(
    pool: ProcessPoolExecutor, redis_url: str, namespace: str
) -> None:
    """4 processes x 25 callers under the server's 60 per 5 s: no 429, never 61 arrivals in 5 s, and >= 95% of the limit sent."""
    fake = FakeTrenz(rate_limit=WINDOW)
    async with fake.serve() as base_url:
        futures = [
            pool.submit(
                client_workers.calls_worker,
                *(redis_url, namespace, base_url, backend),
                *(60, 25, WINDOW, len(BACKENDS)),
            )
            for backend in BACKENDS
        ]
        reports = await results(futures)
    arrived = sorted(record.at for record in fake.requests)
    assert fake.statistics().rate_limited == 0
    assert len(arrived) == sum(report["calls"] for report in reports) == 240
    assert_window(arrived, *WINDOW)
    # Throughput in steady state: how long the fleet took, on average, to send the next
    # 60 after any arrival (the limit allows 60 per 5 s; a window stamped at each request's
    # end adds its latency to every cycle).
    spacing = [later - first for first, later in zip(arrived, arrived[WINDOW[0] :], strict=False)]
    rate = WINDOW[0] / (sum(spacing) / len(spacing))
    assert rate >= 0.95 * WINDOW[0] / WINDOW[1], f"{rate:.2f} requests/s"


async def test_four_workers_never_pass_one_budget(
    pool: ProcessPoolExecutor, redis_url: str, namespace: str
) -> None:
    """4 processes submitting paid jobs under one max_coins: the fake never holds more than the budget; the fleet's ledger equals the fake's."""
    cost = OPERATIONS[client_workers.JOB].coin_cost
    budget = 12 * cost
    fake = FakeTrenz(rate_limit=None, job_duration=0.3, job_failure_ratio=0.25, seed=7)
    async with fake.serve() as base_url:
        futures = [
            pool.submit(
                client_workers.jobs_worker,
                *(redis_url, namespace, base_url, backend),
                *(12, 8, budget, len(BACKENDS)),
            )
            for backend in BACKENDS
        ]
        reports = await results(futures)
        async with (
            RedisCoordinator(redis_url, namespace=namespace) as coordinator,
            TrenzClient(
                api_key=TEST_API_KEY,
                base_url=base_url,
                coordinator=coordinator,
                rate_limit=None,
                max_coins=budget,
                poll=client_workers.FAST_POLL,
            ) as client,
        ):
            fleet = await client.usage.fleet_snapshot()
        coordinator.close()
    ledger = fake.ledger[TEST_API_KEY]
    net = peak = 0
    for entry in ledger.entries:  # in the order the fake moved the coins
        net += {"hold": entry.coins, "charge": entry.coins, "refund": -entry.coins}.get(
            entry.kind, 0
        )
        peak = max(peak, net)
    assert peak <= budget
    assert sum(report["refused"] for report in reports) > 0  # the budget did bind
    assert sum(report["failed"] for report in reports) > 0  # and refunds freed some of it
    assert fleet.calls == sum(report["calls"] for report in reports)
    assert (fleet.coins_spent, fleet.coins_held, fleet.coins_uncertain) == (
        ledger.spent,
        ledger.held,
        0,
    )
    assert fleet.by_operation[client_workers.JOB].coins == ledger.by_operation()[client_workers.JOB]


async def test_a_killed_workers_jobs_pass_to_the_fleet(redis_url: str, namespace: str) -> None:
    """kill -9 a worker: another's pending()/unconfirmed() list every job the fake accepted from it, none goes twice, its permits, coins and leases are recovered."""
    inputs, concurrency, lease_timeout = 30, 20, 1.0
    fake = FakeTrenz(
        rate_limit=None,
        job_duration=3.0,  # none ends before the kill: every accepted job must be found
        faults=FaultPlan({FaultKind.LATENCY: 1.0}, operations=[client_workers.JOB], latency=0.2),
    )
    log = SubmissionLog(fake)
    async with log.serve() as base_url:
        child = multiprocessing.get_context("spawn").Process(
            target=client_workers.doomed_worker,
            args=(redis_url, namespace, base_url, "trio", inputs, concurrency, 0.05, lease_timeout),
        )
        child.start()
        try:
            with anyio.fail_after(60):
                # Some jobs are being waited on (leased), others are still in flight.
                while len(log.submissions) < 12:  # noqa: ASYNC110  # the log has no event
                    await anyio.sleep(0.005)
        finally:
            child.kill()
            await anyio.to_thread.run_sync(child.join, 30)
        assert child.exitcode == -9
        await anyio.sleep(0.5)  # the fake answers what the dead worker had in flight
        accepted = {
            str(sub.body[client_workers.JOB_WIRE_KEY]): sub.job_id for sub in log.submissions
        }

        coordinator = RedisCoordinator(redis_url, namespace=namespace, lease_timeout=lease_timeout)
        async with (
            coordinator,
            TrenzClient(
                api_key=TEST_API_KEY,
                base_url=base_url,
                coordinator=coordinator,
                rate_limit=None,
                max_in_flight=concurrency,
                poll=client_workers.FAST_POLL,
            ) as survivor,
        ):
            pending = {
                str((task.params or {})[client_workers.JOB_WIRE_KEY]): task
                for task in await survivor.tasks.pending()
            }
            unconfirmed = {
                str(sub.params[client_workers.JOB_WIRE_KEY]): sub
                for sub in await survivor.tasks.unconfirmed()
            }
            for video_id, job_id in accepted.items():
                known = video_id in pending and pending[video_id].id == job_id
                assert known or video_id in unconfirmed, video_id
            # After its lease, what the dead worker had reserved counts as uncertain: the
            # fleet still counts every coin the fake may have taken, and frees none.
            await anyio.sleep(lease_timeout)
            recovered = {
                charge.id
                for charge in await survivor.usage.fleet_uncertain()
                if charge.origin == "recovered"
            }
            assert {sub.id for v, sub in unconfirmed.items() if v not in accepted} <= recovered
            before = await survivor.usage.fleet_snapshot()
            counted = before.coins_spent + before.coins_held + before.coins_uncertain
            assert counted >= fake.ledger[TEST_API_KEY].net
            # What a pipeline does on restart: settle the unconfirmed from the server's
            # side (here, the fake's log), then submit only what is left.
            tasks = list(pending.values())
            for video_id, sub in unconfirmed.items():
                task = await survivor.tasks.resolve(sub.id, task_id=accepted.get(video_id))
                if task is not None:
                    tasks.append(task)
            left = await survivor.usage.fleet_uncertain()  # reserved, never sent: no intent
            assert not {charge.id for charge in left} & {sub.id for sub in unconfirmed.values()}
            for charge in left:
                await survivor.usage.resolve(charge.id, coins_charged=0)
            # Left to submit: inputs with no job (never sent, or resolved as not created).
            created = set(pending) | {video_id for video_id in unconfirmed if video_id in accepted}
            todo = [f"v{n}" for n in range(inputs) if f"v{n}" not in created]

            async def submit(video_id: str) -> None:
                tasks.append(
                    await survivor.call(client_workers.JOB, **{client_workers.JOB_KEY: video_id})
                )

            with anyio.fail_after(60):
                async with anyio.create_task_group() as group:
                    for video_id in todo:
                        group.start_soon(submit, video_id)
                await survivor.tasks.wait_all(tasks)  # the dead worker's leases expired
            fleet = await survivor.usage.fleet_snapshot()
            gate = await survivor.limiter.statistics()
        coordinator.close()
    jobs = log.jobs_by(client_workers.JOB_WIRE_KEY)
    assert set(jobs) == {f"v{n}" for n in range(inputs)}
    assert all(len(ids) == 1 for ids in jobs.values()), "an input was submitted twice"
    assert gate.in_flight == 0  # the dead worker's permits stopped counting
    ledger = fake.ledger[TEST_API_KEY]
    assert (fleet.coins_spent, fleet.coins_held, fleet.coins_uncertain) == (ledger.spent, 0, 0)

"""One round trip per call: a call's start in one script, its end on the next round trip.

Counted by the Redis server (`INFO commandstats`): what the SDK sends are scripts, so the
calls of EVALSHA are its round trips. The guarantees the fused scripts keep are the other
fleet tests' (the window, the budget, the journal); these pin the counts and what the
deferred writes promise: they reach Redis on their own, and a slot taken for a call that
never went is given back.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from trenz_async import BudgetExceededError, RateLimit, RedisCoordinator, TrenzClient
from trenz_async._fleet.client import FleetGate
from trenz_async._fleet.redis import link
from trenz_async._fleet.redis.link import LINGER
from trenz_async._fleet.starts import CallStarts
from trenz_async.testing import TEST_API_KEY, FakeTrenz

from .conftest import API_KEY, RedisServer
from .helpers import eventually, job_call, read_call, script_calls

pytestmark = pytest.mark.anyio

READ, READ_ARGS = read_call()
JOB, JOB_KEY, _ = job_call()
CALLS = 5


def fleet_client(coordinator: RedisCoordinator, fake: FakeTrenz, **options: Any) -> TrenzClient:
    settings: dict[str, Any] = {
        "rate_limit": RateLimit(1000, 60.0),
        "max_in_flight": 10,
        "max_coins": 100_000,
        **options,
    }
    return TrenzClient(
        api_key=TEST_API_KEY,
        base_url="http://localhost",
        transport=fake.transport(),
        coordinator=coordinator,
        **settings,
    )


async def test_a_read_is_one_round_trip_a_job_two_and_a_poll_one(
    quiet_coordinator: RedisCoordinator, quiet_redis: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted by the server, the deferred ends included: 1 per read, 2 per job, 1 per poll."""
    # Calls back to back: each end rides on the next call (on a slow machine a call may
    # take longer than LINGER, and the end would go alone, in the background).
    monkeypatch.setattr(link, "LINGER", 10.0)
    fake = FakeTrenz(rate_limit=None)
    async with fleet_client(quiet_coordinator, fake, coalesce=False) as client:
        tasks = [await client.call(JOB, **{JOB_KEY: "warm"})]
        await tasks[0].refresh()
        await client.call(READ, **READ_ARGS)  # every script loaded
        with quiet_redis.client() as server:
            counts = {}
            for kind in ("read", "job", "poll"):
                await quiet_coordinator._link.flush()
                before = script_calls(server)
                for number in range(CALLS):
                    if kind == "read":
                        await client.call(READ, **READ_ARGS)
                    elif kind == "job":
                        tasks.append(await client.call(JOB, **{JOB_KEY: f"v{number}"}))
                    else:
                        await tasks[number].refresh()
                await quiet_coordinator._link.flush()  # the last call's end is counted too
                counts[kind] = script_calls(server) - before
    # The last call's end costs a round trip of its own when nothing else carried it.
    for kind, per_call in {"read": 1, "job": 2, "poll": 1}.items():
        assert per_call * CALLS <= counts[kind] <= per_call * CALLS + 1, counts


async def test_deferred_ends_reach_redis_on_their_own(coordinator: RedisCoordinator) -> None:
    """Without a further call, a read's slot and coins are settled on Redis within LINGER."""
    fake = FakeTrenz(rate_limit=None)
    async with fleet_client(coordinator, fake, coalesce=False) as client:
        await client.call(READ, **READ_ARGS)
        other = coordinator.bind(
            TEST_API_KEY, rate_limit=RateLimit(1000, 60.0), max_in_flight=10, max_coins=100_000
        )
        # Another worker's view (a blocking connection: no outbox of this loop's).
        with anyio.fail_after(LINGER + 2.0):
            await eventually(lambda: _settled(other))


async def _settled(stores: object) -> bool:
    statistics = await stores.gate.statistics()  # type: ignore[attr-defined]
    snapshot = await stores.coins.snapshot()  # type: ignore[attr-defined]
    ended = statistics.in_flight == 0 and statistics.in_window == 1
    return bool(ended and snapshot.calls == 1 and snapshot.coins_spent > 0)


async def test_a_slot_taken_with_coins_goes_back_if_the_call_never_reaches_the_gate(
    coordinator: RedisCoordinator,
) -> None:
    """The reservation closes with its slot untaken: the slot stops counting in flight."""
    stores = coordinator.bind(
        API_KEY, rate_limit=RateLimit(10, 60.0), max_in_flight=2, max_coins=100
    )
    starts = CallStarts(stores.gate, stores.coins)
    start = starts.step()
    assert start is not None
    permit_id, then = start
    starts.keep("call-1", permit_id, await stores.coins.reserve("call-1", "op", 5, then=then))
    assert (await stores.gate.statistics()).in_flight == 1
    starts.drop("call-1")
    await coordinator._link.flush()
    assert (await stores.gate.statistics()).in_flight == 0
    assert starts.take() is None


async def test_refused_coins_take_no_slot(coordinator: RedisCoordinator) -> None:
    """A reservation over the budget runs no acquire: nothing counts in flight."""
    stores = coordinator.bind(API_KEY, rate_limit=RateLimit(10, 60.0), max_in_flight=2, max_coins=3)
    start = stores.gate.start_step()
    assert start is not None
    with pytest.raises(BudgetExceededError):
        await stores.coins.reserve("call-1", "op", 5, then=start[1])
    assert (await stores.gate.statistics()).in_flight == 0


async def test_a_job_the_budget_refuses_writes_no_intent_and_takes_no_slot(
    coordinator: RedisCoordinator,
) -> None:
    """The job's coins, slot and intent share a round trip: refused coins leave no trace."""
    fake = FakeTrenz(rate_limit=None)
    async with fleet_client(coordinator, fake, max_coins=1) as client:
        with pytest.raises(BudgetExceededError):
            await client.call(JOB, **{JOB_KEY: "v1"})
        assert not await client.tasks.unconfirmed()
        assert (await client.limiter.statistics()).in_flight == 0  # type: ignore[attr-defined]
    assert not fake.requests


async def test_a_jobs_reservation_its_intent_never_carried_is_made_at_the_gate(
    coordinator: RedisCoordinator,
) -> None:
    """No request passes the gate with its coins unreserved: the gate reserves them first."""
    stores = coordinator.bind(API_KEY, rate_limit=RateLimit(10, 60.0), max_in_flight=2, max_coins=8)
    starts = CallStarts(stores.gate, stores.coins)
    gate = FleetGate(stores.gate, None, starts)
    starts.defer_reservation("call-1", JOB, 5)
    permit = await gate.acquire()
    assert stores.coins.view is not None
    assert stores.coins.view.committed == 5
    await gate.release(permit)
    starts.defer_reservation("call-2", JOB, 5)
    with pytest.raises(BudgetExceededError):
        await gate.acquire()  # 5 + 5 > 8: refused before anything is sent


async def test_concurrent_calls_share_round_trips(
    quiet_coordinator: RedisCoordinator, quiet_redis: RedisServer
) -> None:
    """50 reads at once: their starts go in the round trips already under way, not 50."""
    fake = FakeTrenz(rate_limit=None)
    async with fleet_client(quiet_coordinator, fake, coalesce=False, max_in_flight=50) as client:
        await client.call(READ, **READ_ARGS)  # every script loaded
        await quiet_coordinator._link.flush()
        with quiet_redis.client() as server:
            before = script_calls(server)
            async with anyio.create_task_group() as group:
                for _ in range(50):
                    group.start_soon(lambda: client.call(READ, **READ_ARGS))
            await quiet_coordinator._link.flush()
            sent = script_calls(server) - before
        snapshot = await client.usage.fleet_snapshot()
    assert sent < 25
    assert snapshot.calls == 51  # every call was committed all the same

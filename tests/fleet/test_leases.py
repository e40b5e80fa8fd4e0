"""Poll leases: one worker polls a job at a time; a dead worker's jobs pass on; outcomes are shared."""

from __future__ import annotations

import anyio
import pytest

from trenz_async._fleet.coordinator import RedisCoordinator
from trenz_async._fleet.redis.leases import RedisPollLeases

from .conftest import API_KEY
from .helpers import eventually

pytestmark = pytest.mark.anyio


def leases(coordinator: RedisCoordinator) -> RedisPollLeases:
    return coordinator.bind(API_KEY, rate_limit=None, max_in_flight=None, max_coins=None).leases


async def test_one_worker_holds_a_lease_at_a_time(coordinator: RedisCoordinator) -> None:
    """A job leased by one worker is refused to another, and renewable by its holder."""
    store = leases(coordinator)
    assert await store.lease(["t1", "t2"], owner="a", ttl=5) == {"t1", "t2"}
    assert await store.lease(["t1", "t2", "t3"], owner="b", ttl=5) == {"t3"}
    assert await store.lease(["t1", "t3"], owner="a", ttl=5) == {"t1"}


async def test_dead_holders_lease_expires(coordinator: RedisCoordinator) -> None:
    """A lease not renewed within its TTL passes to the next worker that asks."""
    store = leases(coordinator)
    assert await store.lease(["t1"], owner="dead", ttl=0.1) == {"t1"}
    assert await store.lease(["t1"], owner="b", ttl=5) == frozenset()

    async def passed_on() -> bool:
        return await store.lease(["t1"], owner="b", ttl=5) == {"t1"}

    await eventually(passed_on)  # as soon as Redis's clock has run out the TTL


async def test_renewal_keeps_the_lease(coordinator: RedisCoordinator) -> None:
    """Renewing before the TTL runs out keeps the job from passing to another worker."""
    store = leases(coordinator)
    # Renewed every 0.1 s for 0.6 s, past the 0.4 s TTL: 4x margin for a loaded machine.
    await store.lease(["t1"], owner="a", ttl=0.4)
    for _ in range(6):
        await anyio.sleep(0.1)
        assert await store.lease(["t1"], owner="a", ttl=0.4) == {"t1"}
    assert await store.lease(["t1"], owner="b", ttl=5) == frozenset()


async def test_release_frees_only_the_holders_leases(coordinator: RedisCoordinator) -> None:
    """release() drops the caller's leases and leaves other workers' alone."""
    store = leases(coordinator)
    await store.lease(["t1"], owner="a", ttl=5)
    await store.lease(["t2"], owner="b", ttl=5)
    await store.release(["t1", "t2"], owner="a")
    assert await store.lease(["t1", "t2"], owner="c", ttl=5) == {"t1"}


async def test_outcome_published_by_the_poller_is_read_by_others(
    coordinator: RedisCoordinator,
) -> None:
    """What the polling worker saw is readable by a worker that waits without polling."""
    poller, waiter = leases(coordinator), leases(coordinator)
    await poller.publish("t1", "running", {"progress": 10})
    await poller.publish("t1", "completed", {"result": {"url": "https://x/1.png"}})
    found = await waiter.outcomes(["t1", "t2"])
    assert set(found) == {"t1"}
    outcome = found["t1"]
    assert (outcome.task_id, outcome.status) == ("t1", "completed")
    assert outcome.data == {"result": {"url": "https://x/1.png"}}
    assert outcome.at > 1_600_000_000


async def test_many_ids_in_one_call(coordinator: RedisCoordinator) -> None:
    """Thousands of ids are leased and read in one call (split into several scripts)."""
    store = leases(coordinator)
    ids = [f"t{i}" for i in range(1200)]
    assert await store.lease(ids, owner="a", ttl=5) == set(ids)
    await store.publish("t1100", "completed", {})
    assert set(await store.outcomes(ids)) == {"t1100"}
    await store.release(ids, owner="a")
    assert await store.lease(ids, owner="b", ttl=5) == set(ids)


async def test_lease_ttl_must_be_positive(coordinator: RedisCoordinator) -> None:
    """A zero, negative or infinite TTL is refused."""
    store = leases(coordinator)
    for ttl in (0, -1, float("inf")):
        with pytest.raises(ValueError, match="ttl"):
            await store.lease(["t1"], owner="a", ttl=ttl)

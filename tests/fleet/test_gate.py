"""The fleet's request gate: one window on Redis's clock, the cap, pauses, priority, leases.

Windows are scaled down (tenths of a second). Start times are the permits' grant times on
Redis's clock, so the assertions are on counts and on the order of those times.
"""

from __future__ import annotations

import anyio
import pytest

from trenz_async import RateLimit
from trenz_async._fleet.coordinator import FleetStores, RedisCoordinator
from trenz_async._fleet.redis.gate import FleetPermit, RedisGate

from .conftest import API_KEY, RedisServer
from .helpers import assert_window, eventually, redis_time, script_calls

pytestmark = pytest.mark.anyio


def bind(
    coordinator: RedisCoordinator,
    rate_limit: RateLimit | None,
    max_in_flight: int | None = None,
) -> FleetStores:
    return coordinator.bind(
        API_KEY, rate_limit=rate_limit, max_in_flight=max_in_flight, max_coins=None
    )


async def grant_times(gate: RedisGate, count: int, *, poll: bool = False) -> list[float]:
    """`count` concurrent acquire+release on `gate`; the grant times."""
    starts: list[float] = []

    async def one() -> None:
        permit = await gate.acquire(poll=poll)
        starts.append(permit.granted_at)
        await gate.release(permit)

    async with anyio.create_task_group() as tg:
        for _ in range(count):
            tg.start_soon(one)
    return starts


async def test_window_never_exceeded_by_concurrent_workers(coordinator: RedisCoordinator) -> None:
    """Three workers, 36 concurrent requests: never more than 10 starts in any 0.3 s."""
    limit = RateLimit(requests=10, period=0.3)
    workers = [bind(coordinator, limit) for _ in range(3)]
    starts: list[float] = []

    async def run(stores: FleetStores) -> None:
        starts.extend(await grant_times(stores.gate, 12))

    async with anyio.create_task_group() as tg:
        for stores in workers:
            tg.start_soon(run, stores)
    assert len(starts) == 36
    assert_window(starts, 10, 0.3)
    assert max(starts) - min(starts) >= 3 * 0.3 - 1e-6


async def test_request_counts_until_a_period_after_it_ends(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """A long request keeps its slot until `period` after its release, not after its start."""
    gate = bind(coordinator, RateLimit(requests=1, period=0.2)).gate
    permit = await gate.acquire()
    await anyio.sleep(0.3)  # longer than the period: a start-stamped window would be free
    with redis_server.client() as client:
        ended = redis_time(client)
    await gate.release(permit)
    following = await gate.acquire()
    assert following.granted_at >= ended + 0.2
    await gate.release(following)


async def test_pause_holds_every_worker(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """One worker's pause after a 429 delays the other workers' requests for its length."""
    first, second = bind(coordinator, RateLimit(100, 1.0)), bind(coordinator, RateLimit(100, 1.0))
    with redis_server.client() as client:
        paused_at = redis_time(client)
    await first.gate.pause(0.25)
    stats = await second.gate.statistics()
    assert 0 < stats.paused_for <= 0.25
    permit = await second.gate.acquire()
    assert permit.granted_at >= paused_at + 0.25
    await second.gate.release(permit)


async def test_pause_never_shortens(coordinator: RedisCoordinator) -> None:
    """A shorter pause does not cut a longer one; zero and negative pauses are ignored."""
    gate = bind(coordinator, RateLimit(100, 1.0)).gate
    await gate.pause(30)
    await gate.pause(0.1)
    await gate.pause(0)
    await gate.pause(-5)
    await gate.pause(float("inf"))
    assert (await gate.statistics()).paused_for > 29


async def test_in_flight_cap_is_fleet_wide(coordinator: RedisCoordinator) -> None:
    """With a cap of 2 held by two workers, a third request waits until one ends."""
    first, second = bind(coordinator, None, 2), bind(coordinator, None, 2)
    held = [await first.gate.acquire(), await second.gate.acquire()]
    with anyio.move_on_after(0.2):
        await second.gate.acquire()
        pytest.fail("a third request started past the in-flight cap")
    assert (await first.gate.statistics()).in_flight == 2
    await first.gate.release(held[0])
    with anyio.fail_after(2):
        third = await second.gate.acquire()
    await second.gate.release(third)
    await second.gate.release(held[1])


async def test_calls_go_before_polls_across_workers(coordinator: RedisCoordinator) -> None:
    """A poll waiting on one worker lets a later call on another worker go first."""
    poller, caller = bind(coordinator, None, 1), bind(coordinator, None, 1)
    # The cap is full until this ends; its release wakes the poll first (same worker).
    held = await poller.gate.acquire()
    order: list[str] = []

    async def wait(stores: FleetStores, kind: str) -> None:
        permit = await stores.gate.acquire(poll=kind == "poll")
        order.append(kind)
        await stores.gate.release(permit)

    async with anyio.create_task_group() as tg:
        tg.start_soon(wait, poller, "poll")
        await registered(poller.gate, calls=0, polls=1)
        tg.start_soon(wait, caller, "call")
        for _ in range(200):  # the call is seen waiting fleet-wide before the slot frees
            if (await poller.gate.statistics()).waiting_calls:
                break
            await anyio.sleep(0.01)
        else:
            pytest.fail("the waiting call never registered")
        await poller.gate.release(held)
    assert order == ["call", "poll"]


async def test_calls_go_before_polls_within_a_worker(coordinator: RedisCoordinator) -> None:
    """On one worker, calls that queue behind a waiting poll still go first."""
    gate = bind(coordinator, None, 1).gate
    held = await gate.acquire()
    order: list[str] = []

    async def wait(kind: str) -> None:
        permit = await gate.acquire(poll=kind == "poll")
        order.append(kind)
        await gate.release(permit)

    async with anyio.create_task_group() as tg:
        tg.start_soon(wait, "poll")
        await registered(gate, calls=0, polls=1)  # the poll asked first, and was refused
        tg.start_soon(wait, "call")
        tg.start_soon(wait, "call")
        await registered(gate, calls=1, polls=1)
        await gate.release(held)
    assert order == ["call", "call", "poll"]


async def registered(gate: RedisGate, *, calls: int, polls: int) -> None:
    """Wait until `calls` and `polls` workers are seen waiting fleet-wide."""
    for _ in range(200):
        stats = await gate.statistics()
        if (stats.waiting_calls, stats.waiting_polls) == (calls, polls):
            return
        await anyio.sleep(0.01)
    pytest.fail(f"waiting workers never reached {calls} calls and {polls} polls")


# A window that never binds here (so shares apply: one poll guaranteed), and a cap of 2
# that blocks everyone until the test frees a slot: who goes first never depends on time.
SHARES = RateLimit(requests=10, period=60.0)


async def test_polls_keep_their_guaranteed_share_when_calls_compete(
    coordinator: RedisCoordinator,
) -> None:
    """With no poll in the window, a waiting poll goes before waiting calls (no starving)."""
    caller, poller = bind(coordinator, SHARES, 2), bind(coordinator, SHARES, 2)
    held = [await caller.gate.acquire(), await caller.gate.acquire()]
    order: list[str] = []

    async def wait(stores: FleetStores, kind: str) -> None:
        permit = await stores.gate.acquire(poll=kind == "poll")
        order.append(kind)
        await stores.gate.release(permit)

    async with anyio.create_task_group() as tg:
        for _ in range(3):
            tg.start_soon(wait, caller, "call")
        tg.start_soon(wait, poller, "poll")
        await registered(caller.gate, calls=1, polls=1)
        await caller.gate.release(held[0])  # wakes the caller's calls first: they must yield
        await caller.gate.release(held[1])
    assert order[0] == "poll"
    assert sorted(order) == ["call", "call", "call", "poll"]


async def test_calls_go_first_once_polls_hold_their_share(coordinator: RedisCoordinator) -> None:
    """A poll already in the window uses up the guaranteed share: a waiting call goes first."""
    caller, poller = bind(coordinator, SHARES, 2), bind(coordinator, SHARES, 2)
    held_poll = await poller.gate.acquire(poll=True)
    held_call = await poller.gate.acquire()
    order: list[str] = []

    async def wait(stores: FleetStores, kind: str) -> None:
        permit = await stores.gate.acquire(poll=kind == "poll")
        order.append(kind)
        await stores.gate.release(permit)

    async with anyio.create_task_group() as tg:
        tg.start_soon(wait, poller, "poll")
        tg.start_soon(wait, caller, "call")
        await registered(poller.gate, calls=1, polls=1)
        await poller.gate.release(held_call)  # wakes the poller's poll first: it must yield

        async def slot_taken() -> bool:
            return bool(order)

        await eventually(slot_taken)
        await poller.gate.release(held_poll)
    assert order == ["call", "poll"]


async def test_polls_leave_a_tenth_of_the_window_to_calls(coordinator: RedisCoordinator) -> None:
    """Polls alone get 18 of a 20-request window; the last 2 go to calls at once."""
    gate = bind(coordinator, RateLimit(requests=20, period=10.0)).gate
    granted: list[FleetPermit] = []

    async def poll() -> None:
        granted.append(await gate.acquire(poll=True))

    with anyio.move_on_after(0.3):
        async with anyio.create_task_group() as tg:
            for _ in range(25):
                tg.start_soon(poll)
    assert len(granted) == 18
    with anyio.fail_after(1):
        calls = [await gate.acquire(), await gate.acquire()]
    with anyio.move_on_after(0.2):
        await gate.acquire()
        pytest.fail("the window let a 21st request start")
    for permit in granted + calls:
        await gate.release(permit)


async def test_lower_announced_limit_holds_the_fleet(coordinator: RedisCoordinator) -> None:
    """A limit announced to one worker binds every worker; it never rises above the window."""
    limit = RateLimit(requests=10, period=0.3)
    announcer, other = bind(coordinator, limit), bind(coordinator, limit)
    await announcer.gate.observe_limit(3)
    starts = await grant_times(other.gate, 7)
    assert_window(starts, 3, 0.3)
    await announcer.gate.observe_limit(50)
    assert (await other.gate.statistics()).announced_limit == 50
    assert_window(await grant_times(other.gate, 12), 10, 0.3)


async def test_unchanged_limit_costs_no_round_trip(
    quiet_coordinator: RedisCoordinator, quiet_redis: RedisServer
) -> None:
    """observe_limit() talks to Redis only when the value differs from the last one seen."""
    gate = bind(quiet_coordinator, RateLimit(requests=10, period=1.0)).gate
    # A server's first EVALSHA of a script is refused and sent again: load it first.
    await gate.observe_limit(7)
    with quiet_redis.client() as client:
        before = script_calls(client)
        for _ in range(20):
            await gate.observe_limit(8)
        assert script_calls(client) - before == 1
        await gate.observe_limit(9)
        assert script_calls(client) - before == 2


async def test_dead_workers_permits_are_recovered_after_their_lease(
    redis_url: str, namespace: str
) -> None:
    """A permit never released (its worker died) frees the in-flight cap after lease_timeout."""
    async with RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.3) as made:
        dead, alive = bind(made, RateLimit(100, 0.2), 1), bind(made, RateLimit(100, 0.2), 1)
        lost = await dead.gate.acquire()
        with anyio.fail_after(2):
            permit = await alive.gate.acquire()
        assert permit.granted_at >= lost.granted_at + 0.3
        await alive.gate.release(permit)
    made.close()


async def test_recovered_permit_still_counts_in_the_window(redis_url: str, namespace: str) -> None:
    """A dead worker's permit counts as ended at its lease's expiry, for one more period."""
    async with RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.2) as made:
        dead, alive = bind(made, RateLimit(1, 0.3)), bind(made, RateLimit(1, 0.3))
        lost = await dead.gate.acquire()
        with anyio.fail_after(3):
            permit = await alive.gate.acquire()
        assert permit.granted_at >= lost.granted_at + 0.2 + 0.3
        await alive.gate.release(permit)
    made.close()


async def test_cancelled_waiter_takes_nothing(coordinator: RedisCoordinator) -> None:
    """A caller cancelled while waiting leaves no permit behind."""
    stores = bind(coordinator, None, 1)
    held = await stores.gate.acquire()
    with anyio.move_on_after(0.15):
        await stores.gate.acquire()
    await stores.gate.release(held)
    assert (await stores.gate.statistics()).in_flight == 0
    with anyio.fail_after(1):
        await stores.gate.release(await stores.gate.acquire())


async def test_waiting_does_not_hammer_redis(
    quiet_coordinator: RedisCoordinator, quiet_redis: RedisServer
) -> None:
    """A caller blocked by the window sleeps until the slot frees: a few scripts, not a spin."""
    gate = bind(quiet_coordinator, RateLimit(requests=2, period=0.4)).gate
    await grant_times(gate, 2)
    with quiet_redis.client() as client:
        before = script_calls(client)
        await grant_times(gate, 2)
        # Each waiter: one refused attempt, then the grant; plus two releases.
        assert script_calls(client) - before <= 8


async def test_release_refuses_a_foreign_permit(coordinator: RedisCoordinator) -> None:
    """Only permits from acquire() can be released."""
    gate = bind(coordinator, None).gate
    with pytest.raises(TypeError, match="FleetPermit"):
        await gate.release(object())

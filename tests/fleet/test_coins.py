"""The fleet's coin store: one budget and one ledger, every transition atomic in Redis."""

from __future__ import annotations

import anyio
import pytest

from trenz_async import BudgetExceededError, OperationUsage, UsageSnapshot
from trenz_async._fleet.coordinator import RedisCoordinator
from trenz_async._fleet.redis.coins import RedisCoinStore

from .conftest import API_KEY
from .helpers import eventually

pytestmark = pytest.mark.anyio

# The store never reads the registry: operation ids are labels here, and deliberately
# none of today's (amounts are the tests' own, not the spec's prices).
OP = "op-read"
JOB = "op-job"


def coins(coordinator: RedisCoordinator, max_coins: int | None = 100) -> RedisCoinStore:
    return coordinator.bind(API_KEY, rate_limit=None, max_in_flight=None, max_coins=max_coins).coins


async def committed(store: RedisCoinStore) -> int:
    snap = await store.snapshot()
    return snap.coins_spent + snap.coins_held + snap.coins_uncertain


async def test_reserve_refuses_what_would_pass_the_budget(coordinator: RedisCoordinator) -> None:
    """A reservation past the budget raises BudgetExceededError and reserves nothing."""
    store = coins(coordinator)
    await store.reserve("a", OP, 60)
    with pytest.raises(BudgetExceededError) as caught:
        await store.reserve("b", OP, 50)
    assert (caught.value.estimate, caught.value.remaining, caught.value.budget) == (50, 40, 100)
    assert caught.value.operation_id == OP
    await store.reserve("c", OP, 40)  # exactly the rest still fits


async def test_every_worker_draws_on_one_budget(coordinator: RedisCoordinator) -> None:
    """What one worker reserved is no longer available to another."""
    first, second = coins(coordinator), coins(coordinator)
    await first.reserve("a", OP, 70)
    with pytest.raises(BudgetExceededError):
        await second.reserve("b", OP, 40)
    await first.release("a")
    await second.reserve("b", OP, 40)


async def test_concurrent_reservations_never_pass_the_budget(
    coordinator: RedisCoordinator,
) -> None:
    """60 concurrent 7-coin reservations from three workers: exactly 14 fit in 100."""
    stores = [coins(coordinator) for _ in range(3)]
    granted: list[str] = []

    async def reserve(store: RedisCoinStore, call_id: str) -> None:
        try:
            await store.reserve(call_id, OP, 7)
        except BudgetExceededError:
            return
        granted.append(call_id)

    async with anyio.create_task_group() as tg:
        for i in range(60):
            tg.start_soon(reserve, stores[i % 3], f"call-{i}")
    assert len(granted) == 14


async def test_per_call_charge_is_spent_and_recorded(coordinator: RedisCoordinator) -> None:
    """commit() turns the reservation into the charged coins, per operation, with the balance."""
    store = coins(coordinator)
    await store.reserve("a", OP, 10)
    await store.commit("a", coins=8, job_id=None, balance=992)
    await store.reserve("b", OP, 10)
    await store.commit("b", coins=8, job_id=None, balance=None)
    assert await store.snapshot() == UsageSnapshot(
        calls=2,
        coins_spent=16,
        coins_held=0,
        coins_uncertain=0,
        remaining_balance=992,
        by_operation={OP: OperationUsage(calls=2, coins=16)},
    )
    with pytest.raises(BudgetExceededError):
        await store.reserve("c", OP, 85)  # spent coins count against the budget


async def test_job_is_held_until_it_settles(coordinator: RedisCoordinator) -> None:
    """A job's cost is held at submission and becomes spent (the reported amount) on completion."""
    store = coins(coordinator)
    await store.reserve("a", JOB, 50)
    await store.commit("a", coins=40, job_id="job-1", balance=None)
    snap = await store.snapshot()
    assert (snap.calls, snap.coins_held, snap.coins_spent) == (1, 40, 0)
    assert snap.by_operation[JOB] == OperationUsage(calls=1, coins=0)
    with pytest.raises(BudgetExceededError):
        await store.reserve("b", JOB, 61)  # held coins count against the budget
    await store.settle("job-1", 45)
    snap = await store.snapshot()
    assert (snap.coins_held, snap.coins_spent) == (0, 45)
    assert snap.by_operation[JOB] == OperationUsage(calls=1, coins=45)


async def test_job_without_reported_cost_is_held_at_its_estimate(
    coordinator: RedisCoordinator,
) -> None:
    """A submission reporting no cost is held at the reserved estimate; settle(None) spends it."""
    store = coins(coordinator)
    await store.reserve("a", JOB, 50)
    await store.commit("a", coins=0, job_id="job-1", balance=None)
    assert (await store.snapshot()).coins_held == 50
    await store.settle("job-1", None)
    snap = await store.snapshot()
    assert (snap.coins_held, snap.coins_spent) == (0, 50)


async def test_refunded_job_frees_its_coins(coordinator: RedisCoordinator) -> None:
    """A refunded job's held coins are no longer committed."""
    store = coins(coordinator)
    await store.reserve("a", JOB, 50)
    await store.commit("a", coins=50, job_id="job-1", balance=None)
    await store.refund("job-1")
    assert await committed(store) == 0
    await store.reserve("b", JOB, 100)


async def test_release_frees_the_reservation(coordinator: RedisCoordinator) -> None:
    """A call that provably did nothing gives its reservation back and records no call."""
    store = coins(coordinator)
    await store.reserve("a", OP, 100)
    await store.release("a")
    assert (await store.snapshot()).calls == 0
    await store.reserve("b", OP, 100)


async def test_unknown_outcome_stays_counted_until_resolved(
    coordinator: RedisCoordinator,
) -> None:
    """An uncertain attempt keeps the estimate counted after its call ended; resolve turns
    it into what was charged."""
    store = coins(coordinator)
    await store.reserve("a", JOB, 60)
    await store.add_uncertain("a", JOB, 60)
    await store.release("a")
    assert (await store.snapshot()).coins_uncertain == 60
    with pytest.raises(BudgetExceededError):
        await store.reserve("b", OP, 41)
    await store.resolve("a", coins_charged=60)
    snap = await store.snapshot()
    assert (snap.coins_uncertain, snap.coins_spent) == (0, 60)
    assert snap.by_operation[JOB].coins == 60


async def test_uncertain_resolved_as_not_charged_frees_the_budget(
    coordinator: RedisCoordinator,
) -> None:
    """resolve(coins_charged=0) frees an uncertain amount without spending anything."""
    store = coins(coordinator)
    await store.reserve("a", JOB, 60)
    await store.add_uncertain("a", JOB, 60)
    await store.release("a")
    await store.resolve("a", coins_charged=0)
    assert await committed(store) == 0
    await store.reserve("b", OP, 100)


async def test_retried_attempt_adds_uncertain_coins_once(coordinator: RedisCoordinator) -> None:
    """add_uncertain counts a maybe-charged retry, once per id, until resolved."""
    store = coins(coordinator)
    await store.add_uncertain("retry-1", OP, 5)
    await store.add_uncertain("retry-1", OP, 5)
    await store.add_uncertain("retry-2", OP, 5)
    assert (await store.snapshot()).coins_uncertain == 10
    await store.resolve("retry-1", coins_charged=5)
    await store.resolve("retry-2", coins_charged=0)
    snap = await store.snapshot()
    assert (snap.coins_uncertain, snap.coins_spent) == (0, 5)


async def test_hold_is_idempotent_and_ignores_ended_jobs(coordinator: RedisCoordinator) -> None:
    """hold() of a resumed job counts once, and never again once the job settled."""
    store = coins(coordinator)
    await store.hold("job-1", JOB, 30)
    await store.hold("job-1", JOB, 30)
    assert (await store.snapshot()).coins_held == 30
    await store.settle("job-1", None)
    await store.hold("job-1", JOB, 30)  # a late resume on another worker
    snap = await store.snapshot()
    assert (snap.coins_held, snap.coins_spent) == (0, 30)


async def test_repeated_transitions_count_once(coordinator: RedisCoordinator) -> None:
    """A script retried after a lost reply (same ids) changes nothing the second time."""
    store = coins(coordinator)
    await store.reserve("a", JOB, 20)
    await store.reserve("a", JOB, 20)
    await store.commit("a", coins=20, job_id="job-1", balance=None)
    await store.commit("a", coins=20, job_id="job-1", balance=None)
    await store.settle("job-1", None)
    await store.settle("job-1", None)
    await store.refund("job-1")
    await store.release("a")
    await store.add_uncertain("a", JOB, 20)  # the call ended: a late retry counts nothing
    snap = await store.snapshot()
    assert (snap.calls, snap.coins_spent, snap.coins_held, snap.coins_uncertain) == (1, 20, 0, 0)


async def test_crashed_workers_reservation_becomes_uncertain(
    redis_url: str, namespace: str
) -> None:
    """A reservation nobody finished is counted as uncertain after lease_timeout, never freed."""
    async with RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.2) as made:
        dead, alive = coins(made), coins(made)
        await dead.reserve("lost-call", JOB, 70)
        await eventually(lambda: _uncertain_is(alive, 70))
        snap = await alive.snapshot()
        assert snap.coins_uncertain == 70
        with pytest.raises(BudgetExceededError):
            await alive.reserve("next", OP, 31)
        await alive.resolve("lost-call", coins_charged=0)
        await alive.reserve("next", OP, 100)
    made.close()


async def test_slow_worker_finishes_its_recovered_reservation(
    redis_url: str, namespace: str
) -> None:
    """A worker slower than the lease still commits (or releases) what recovery took over."""
    async with RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.1) as made:
        store = coins(made)
        await store.reserve("slow-call", JOB, 50)
        await store.reserve("slow-release", OP, 10)
        await eventually(lambda: _uncertain_is(store, 60))
        await store.commit("slow-call", coins=45, job_id="job-1", balance=None)
        await store.release("slow-release")
        snap = await store.snapshot()
        assert (snap.calls, snap.coins_held, snap.coins_uncertain) == (1, 45, 0)
    made.close()


async def test_no_budget_means_no_refusal(coordinator: RedisCoordinator) -> None:
    """Without max_coins nothing is refused, and the ledger still records everything."""
    store = coins(coordinator, max_coins=None)
    await store.reserve("a", OP, 10**9)
    await store.commit("a", coins=10**9, job_id=None, balance=None)
    assert (await store.snapshot()).coins_spent == 10**9


@pytest.mark.parametrize("amount", [-1, True, 1.5])
async def test_coins_must_be_whole_and_non_negative(
    coordinator: RedisCoordinator, amount: object
) -> None:
    """Negative, boolean or fractional amounts are refused before reaching Redis."""
    store = coins(coordinator)
    with pytest.raises(ValueError, match="non-negative int"):
        await store.reserve("a", OP, amount)  # type: ignore[arg-type]


async def test_call_estimated_free_yet_charged_is_recorded_once(
    coordinator: RedisCoordinator,
) -> None:
    """A commit with no reservation (an estimate of 0) still counts, once, under its operation."""
    store = coins(coordinator)
    await store.commit("free", coins=3, job_id=None, balance=None, operation_id=OP)
    await store.commit("free", coins=3, job_id=None, balance=None, operation_id=OP)
    snap = await store.snapshot()
    assert (snap.calls, snap.coins_spent) == (1, 3)
    assert snap.by_operation[OP] == OperationUsage(calls=1, coins=3)
    with pytest.raises(BudgetExceededError):
        await store.reserve("next", OP, 98)


async def test_late_commit_after_resolve_changes_nothing(redis_url: str, namespace: str) -> None:
    """Once a recovered reservation is resolved, the slow worker's commit cannot count it again."""
    async with RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.1) as made:
        store = coins(made)
        await store.reserve("slow", JOB, 50)
        await eventually(lambda: _uncertain_is(store, 50))
        await store.resolve("slow", coins_charged=50)
        await store.commit("slow", coins=50, job_id=None, balance=None, operation_id=JOB)
        snap = await store.snapshot()
        assert (snap.calls, snap.coins_spent, snap.coins_uncertain) == (0, 50, 0)
    made.close()


async def test_uncertain_lists_every_amount_with_its_origin(redis_url: str, namespace: str) -> None:
    """uncertain() lists recovered, unknown-outcome and retried amounts, to resolve by id."""
    async with RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.1) as made:
        store = coins(made)
        await store.reserve("dead-call", JOB, 30)
        await store.reserve("cut-call", JOB, 20)
        await store.add_uncertain("cut-call", JOB, 20)
        await store.release("cut-call")
        await store.add_uncertain("read.1", OP, 5, retried=True)
        await eventually(lambda: _uncertain_is(store, 55))  # "dead-call" recovered too
        listed = {
            entry.id: (entry.operation_id, entry.coins, entry.origin)
            for entry in await store.uncertain()
        }
        assert listed == {
            "dead-call": (JOB, 30, "recovered"),
            "cut-call": (JOB, 20, "unknown outcome"),
            "read.1": (OP, 5, "retried attempt"),
        }
        assert all(entry.at > 1_600_000_000 for entry in await store.uncertain())
        for entry in await store.uncertain():
            await store.resolve(entry.id, coins_charged=0)
        assert await store.uncertain() == ()
    made.close()


async def test_resolve_ends_a_dead_workers_reservation_before_its_lease_runs_out(
    coordinator: RedisCoordinator,
) -> None:
    """resolve() of a still-reserved call ends it at once; a late commit cannot count it again."""
    dead, alive = coins(coordinator), coins(coordinator)
    await dead.reserve("lost-call", JOB, 70)
    assert await alive.resolve("lost-call", coins_charged=0) is True
    assert await committed(alive) == 0
    await dead.commit("lost-call", coins=70, job_id="job-1", balance=None)
    snap = await alive.snapshot()
    assert (snap.calls, snap.coins_held, snap.coins_spent) == (0, 0, 0)
    assert await alive.resolve("lost-call", coins_charged=0) is False
    assert await alive.resolve("never-seen", coins_charged=0) is False


async def test_hold_of_a_resumed_job_takes_over_its_calls_open_amount(
    redis_url: str, namespace: str
) -> None:
    """hold(call_id=...) turns the submission's reservation or uncertain amount into the hold."""
    async with RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.1) as made:
        store = coins(made, max_coins=None)
        await store.reserve("recovered", JOB, 20)  # its worker died mid-call
        await store.reserve("unknown", JOB, 10)
        await store.add_uncertain("unknown", JOB, 10)
        await store.release("unknown")
        await eventually(lambda: _uncertain_is(store, 30))  # "recovered" becomes uncertain
        await store.reserve("fresh", JOB, 40)  # a reservation whose lease still runs
        await store.hold("job-c", JOB, 0, call_id="recovered")  # held at the open amount
        await store.hold("job-u", JOB, 10, call_id="unknown")
        await store.hold("job-f", JOB, 40, call_id="fresh")
        snap = await store.snapshot()
        assert (snap.coins_held, snap.coins_uncertain, await committed(store)) == (70, 0, 70)
        await store.commit("fresh", coins=40, job_id="job-f", balance=None)  # late: ignored
        assert (await store.snapshot()).coins_held == 70
    made.close()


async def test_hold_with_a_committed_call_counts_the_job_once(
    coordinator: RedisCoordinator,
) -> None:
    """A job already held by its call's commit is not held again, nor is its call re-counted."""
    store = coins(coordinator)
    await store.reserve("a", JOB, 30)
    await store.commit("a", coins=30, job_id="job-1", balance=None)
    await store.hold("job-1", JOB, 30, call_id="a")
    await store.reserve("b", JOB, 20)
    await store.hold("job-1", JOB, 30, call_id="b")  # a duplicate record of the same job
    snap = await store.snapshot()
    assert (snap.coins_held, snap.coins_uncertain, await committed(store)) == (30, 0, 30)


async def test_a_slow_workers_uncertain_attempt_survives_its_recovered_reservation(
    redis_url: str, namespace: str
) -> None:
    """A reservation recovered as uncertain, then named by its worker's uncertain attempt,
    stays counted when that worker ends the call."""
    async with RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.1) as made:
        store = coins(made, max_coins=None)
        await store.reserve("slow", JOB, 30)
        await eventually(lambda: _uncertain_is(store, 30))  # recovered as uncertain
        await store.add_uncertain("slow", JOB, 30)  # the worker was only slow: maybe charged
        await store.release("slow")
        snap = await store.snapshot()
        assert (snap.coins_uncertain, await committed(store)) == (30, 30)
        [entry] = await store.uncertain()
        assert (entry.id, entry.origin) == ("slow", "unknown outcome")
    made.close()


async def _uncertain_is(store: RedisCoinStore, coins: int) -> bool:
    """The store (whose reads sweep expired reservations) counts `coins` as uncertain."""
    return (await store.snapshot()).coins_uncertain == coins

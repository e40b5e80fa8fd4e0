"""`TrenzClient(coordinator=...)`: clients sharing one Redis share the window, budget and jobs.

Each test runs several clients in one process against the in-process fake, bound to a
fresh namespace on the session's real redis-server; the multi-process runs are in
`test_fleet_runs.py`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import httpx
import pytest

from trenz_async import (
    OPERATIONS,
    BudgetExceededError,
    ConfigurationError,
    CoordinatorError,
    PollPolicy,
    RateLimit,
    RateLimiter,
    RedisCoordinator,
    RetryPolicy,
    TaskTimeoutError,
    TrenzClient,
)
from trenz_async._fleet.redis.namespace import forget_known_epochs
from trenz_async._jobs import Submission
from trenz_async.testing import TEST_API_KEY, FakeTrenz

from .conftest import RedisServer
from .helpers import assert_window, eventually, job_call, read_call

pytestmark = pytest.mark.anyio

BASE_URL = "http://localhost"
READ, READ_ARGS = read_call()
JOB, JOB_KEY, JOB_WIRE_KEY = job_call()
FAST_POLL = PollPolicy(initial=0.02, maximum=0.1)
NO_RETRY = RetryPolicy(max_retries=0)


@contextlib.asynccontextmanager
async def fleet_client(
    coordinator: RedisCoordinator,
    fake: FakeTrenz | httpx.AsyncBaseTransport,
    **options: Any,
) -> AsyncIterator[TrenzClient]:
    """A client of the fake bound to `coordinator`, with fast polls and no retries."""
    transport = fake.transport() if isinstance(fake, FakeTrenz) else fake
    options = {"poll": FAST_POLL, "retry": NO_RETRY, **options}
    async with TrenzClient(
        api_key=TEST_API_KEY,
        base_url=BASE_URL,
        transport=transport,
        coordinator=coordinator,
        **options,
    ) as client:
        yield client


def arrivals(fake: FakeTrenz, operation_id: str | None = None) -> list[float]:
    """When the fake saw each request (of one operation, if given)."""
    return [
        record.at
        for record in fake.requests
        if operation_id is None or record.operation_id == operation_id
    ]


async def test_clients_share_one_window(coordinator: RedisCoordinator) -> None:
    """Two clients of one fleet, 12 calls each, never pass the fleet's 8 per 0.5 s: no 429."""
    fake = FakeTrenz(rate_limit=(8, 0.5))
    window = RateLimit(8, 0.5)
    async with (
        # Identical reads in flight would share requests: these 24 are all sent.
        fleet_client(coordinator, fake, rate_limit=window, coalesce=False) as first,
        fleet_client(coordinator, fake, rate_limit=window, coalesce=False) as second,
        anyio.create_task_group() as group,
    ):
        for n in range(24):
            client = (first, second)[n % 2]
            group.start_soon(lambda c=client: c.call(READ, **READ_ARGS))
    assert fake.statistics().rate_limited == 0
    assert len(arrivals(fake)) == 24
    assert_window(arrivals(fake), 8, 0.5)
    # Not one window per client: the 24 calls needed at least three windows.
    assert max(arrivals(fake)) - min(arrivals(fake)) >= 2 * 0.5


async def test_clients_share_one_budget_and_ledger(coordinator: RedisCoordinator) -> None:
    """Two clients under one max_coins: one is refused what the other holds; the fleet's ledger (polls counted) is both clients' and the fake's."""
    fake = FakeTrenz(job_duration=0.05)
    cost = OPERATIONS[JOB].coin_cost
    async with (
        fleet_client(coordinator, fake, max_coins=2 * cost) as first,
        fleet_client(coordinator, fake, max_coins=2 * cost) as second,
    ):
        task = await first.call(JOB, **{JOB_KEY: "v1"})
        other = await second.call(JOB, **{JOB_KEY: "v2"})
        with pytest.raises(BudgetExceededError) as refused:
            await first.call(JOB, **{JOB_KEY: "v3"})
        assert (refused.value.remaining, refused.value.budget) == (0, 2 * cost)
        await task.wait(timeout=10)
        assert (await second.usage.fleet_snapshot()).coins_held == cost
        await other.wait(timeout=10)
        fleet = await first.usage.fleet_snapshot()
        mine, theirs = first.usage.snapshot(), second.usage.snapshot()
    assert first.tasks.statistics().polls_sent >= 1
    assert fleet.calls == mine.calls + theirs.calls
    ledger = fake.ledger[TEST_API_KEY]
    assert (fleet.coins_spent, fleet.coins_held) == (ledger.spent, ledger.held) == (2 * cost, 0)
    assert fleet.by_operation[JOB].coins == 2 * cost


async def test_every_worker_must_ask_for_the_namespaces_limits(
    coordinator: RedisCoordinator,
) -> None:
    """A client asking for another budget or window than its fleet's is refused at construction."""
    fake = FakeTrenz()
    async with fleet_client(coordinator, fake, max_coins=100):
        with pytest.raises(ConfigurationError, match="max_coins"):
            TrenzClient(
                api_key=TEST_API_KEY, base_url=BASE_URL, coordinator=coordinator, max_coins=200
            )
        with pytest.raises(ConfigurationError, match="requests"):
            TrenzClient(
                api_key=TEST_API_KEY,
                base_url=BASE_URL,
                coordinator=coordinator,
                max_coins=100,
                rate_limit=RateLimit(100, 60.0),
            )


@pytest.mark.parametrize(
    "conflict",
    [{"limiter": RateLimiter(None)}, {"journal": "jobs.jsonl"}],
    ids=["limiter", "journal"],
)
async def test_a_coordinator_refuses_a_limiter_or_journal_of_the_clients_own(
    coordinator: RedisCoordinator, conflict: dict[str, Any]
) -> None:
    """limiter= or journal= next to coordinator= is a ConfigurationError naming both."""
    with pytest.raises(ConfigurationError, match=r"coordinator=.*limiter= or journal="):
        TrenzClient(api_key=TEST_API_KEY, base_url=BASE_URL, coordinator=coordinator, **conflict)


async def test_one_workers_jobs_are_pending_for_another(coordinator: RedisCoordinator) -> None:
    """A job one client submitted is in another's pending(), with its params, and finishes there."""
    fake = FakeTrenz(job_duration=0.2)
    async with (
        fleet_client(coordinator, fake) as submitter,
        fleet_client(coordinator, fake) as resumer,
    ):
        task = await submitter.call(JOB, **{JOB_KEY: "v1"})
        [resumed] = await resumer.tasks.pending()
        assert (resumed.id, resumed.params) == (task.id, {JOB_WIRE_KEY: "v1"})
        assert await resumer.tasks.unconfirmed() == []
        result = await resumed.wait(timeout=10)
        assert await submitter.tasks.pending() == []
        fleet = await resumer.usage.fleet_snapshot()
    assert result == await fake_result(fake, task.id)
    assert (fleet.coins_held, fleet.coins_spent) == (0, OPERATIONS[JOB].coin_cost)


async def fake_result(fake: FakeTrenz, task_id: str) -> Any:
    """The result the fake gives a task, read by a client of its own (no fleet)."""
    async with TrenzClient(
        api_key=TEST_API_KEY, base_url=BASE_URL, transport=fake.transport(), poll=FAST_POLL
    ) as client:
        return await client.tasks.get(task_id).wait(timeout=10)


async def test_a_task_is_polled_by_one_worker_and_its_outcome_reaches_the_others(
    coordinator: RedisCoordinator,
) -> None:
    """Two clients waiting on one job: one polls it, the other gets its result all the same."""
    fake = FakeTrenz(job_duration=0.3)
    async with (
        fleet_client(coordinator, fake) as submitter,
        fleet_client(coordinator, fake) as follower,
    ):
        task = await submitter.call(JOB, **{JOB_KEY: "v1"})
        results: dict[str, Any] = {}

        async def wait(name: str, client: TrenzClient) -> None:
            results[name] = await client.tasks.get(task.id).wait(timeout=10)

        async with anyio.create_task_group() as group:
            group.start_soon(wait, "submitter", submitter)
            group.start_soon(wait, "follower", follower)
        polls = sorted(client.tasks.statistics().polls_sent for client in (submitter, follower))
    assert polls[0] == 0 < polls[1]
    assert len(arrivals(fake, "task-status")) == polls[1]
    assert results["submitter"] == results["follower"] == await fake_result(fake, task.id)


async def test_a_wait_that_leaves_hands_its_task_to_the_next_worker(
    coordinator: RedisCoordinator,
) -> None:
    """A worker whose wait ends gives up its poll lease: another worker polls at once."""
    fake = FakeTrenz(job_duration=0.5)
    async with (
        fleet_client(coordinator, fake) as first,
        fleet_client(coordinator, fake) as second,
    ):
        task = await first.call(JOB, **{JOB_KEY: "v1"})
        with pytest.raises(TaskTimeoutError):
            await task.wait(timeout=0.15)
        assert first.tasks.statistics().polls_sent >= 1  # it held the lease
        with anyio.fail_after(5):  # far less than the lease's 120 s
            await second.tasks.get(task.id).wait()
    assert second.tasks.statistics().polls_sent >= 1


async def test_a_dead_workers_poll_lease_passes_on_when_it_expires(
    redis_url: str, namespace: str
) -> None:
    """A task whose lease a vanished worker holds is polled by another after the lease's TTL."""
    fake = FakeTrenz(job_duration=0.0)
    coordinator = RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.5)
    async with coordinator, fleet_client(coordinator, fake) as client:
        task = await client.call(JOB, **{JOB_KEY: "v1"})
        ghost = coordinator.bind(
            TEST_API_KEY, rate_limit=RateLimit(), max_in_flight=None, max_coins=None
        )
        assert await ghost.leases.lease([task.id], owner="ghost", ttl=0.5) == {task.id}
        started = anyio.current_time()
        await task.wait(timeout=10)
        assert anyio.current_time() - started >= 0.4
    coordinator.close()


class StopRedisOnSend(httpx.AsyncBaseTransport):
    """Sends to the fake, but first stops Redis when a request of `operation_path` goes out."""

    def __init__(self, fake: FakeTrenz, server: RedisServer, operation_path: str) -> None:
        self.inner = fake.transport()
        self.server = server
        self.path = operation_path

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == self.path:
            self.server.stop()  # the call has its slot, its coins and its intent already
        return await self.inner.handle_async_request(request)


async def test_redis_lost_before_sending_fails_the_call_and_sends_nothing(
    start_redis: Callable[[], RedisServer],
) -> None:
    """Without Redis a call cannot take a slot nor reserve its coins: CoordinatorError, nothing sent."""
    server = start_redis()
    fake = FakeTrenz(job_duration=0.05)
    coordinator = RedisCoordinator(server.url, socket_timeout=1.0)
    async with fleet_client(coordinator, fake, max_coins=10**6) as client:
        task = await client.call(JOB, **{JOB_KEY: "v1"})
        sent = len(fake.requests)
        server.stop()
        with pytest.raises(CoordinatorError) as paid:
            await client.call(READ, **READ_ARGS)
        with pytest.raises(CoordinatorError) as job:
            await client.call(JOB, **{JOB_KEY: "v2"})
        with pytest.raises(CoordinatorError) as poll:
            await task.refresh()  # free: no coins to reserve, but a slot to take
        assert len(fake.requests) == sent
        assert client.usage.snapshot().coins_uncertain == 0
    assert (paid.value.operation, job.value.operation) == ("coins.reserve", "coins.reserve")
    assert poll.value.operation == "gate.acquire"
    coordinator.close()


async def test_redis_lost_after_the_answer_keeps_the_paid_success(
    start_redis: Callable[[], RedisServer], caplog: pytest.LogCaptureFixture
) -> None:
    """Redis dying while a job is submitted: the caller gets its Task; the lost writes are logged."""
    server = start_redis()
    fake = FakeTrenz(job_duration=60)
    transport = StopRedisOnSend(fake, server, OPERATIONS[JOB].path)
    coordinator = RedisCoordinator(server.url, socket_timeout=1.0)
    with caplog.at_level(logging.WARNING, logger="trenz_async"):
        async with fleet_client(coordinator, transport) as client:
            task = await client.call(JOB, **{JOB_KEY: "v1"})
            assert client.usage.snapshot().coins_held == OPERATIONS[JOB].coin_cost
    [job_id] = [submission.task_id for submission in fake.ledger[TEST_API_KEY].entries]
    assert task.id == job_id
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert any(job_id in message and "unconfirmed" in message for message in errors)
    warned = " ".join(record.getMessage() for record in caplog.records)
    assert "missed a commit" in warned
    assert "a request's end" in warned
    coordinator.close()


async def test_local_fallback_takes_over_with_one_warning(
    start_redis: Callable[[], RedisServer], caplog: pytest.LogCaptureFixture
) -> None:
    """local_fallback=True: without Redis the client goes on under its own budget after one WARNING; a paid job (no journal) is refused unsent."""
    server = start_redis()
    fake = FakeTrenz()
    read, job = OPERATIONS[READ].coin_cost, OPERATIONS[JOB].coin_cost
    coordinator = RedisCoordinator(server.url, socket_timeout=1.0, local_fallback=True)
    with caplog.at_level(logging.WARNING, logger="trenz_async"):
        async with fleet_client(coordinator, fake, max_coins=read + job) as client:
            await client.call(READ, **READ_ARGS)
            server.stop()
            with pytest.raises(CoordinatorError):
                await client.call(JOB, **{JOB_KEY: "v1"})  # within the budget, but no journal
            await client.call(READ, **READ_ARGS)
            with pytest.raises(BudgetExceededError):
                await client.call(JOB, **{JOB_KEY: "v1"})  # the client's own budget
            assert client.usage.snapshot().coins_spent == 2 * read
    assert len(fake.requests) == 2
    switched = [record for record in caplog.records if "local_fallback" in record.getMessage()]
    assert len(switched) == 1
    assert switched[0].levelno == logging.WARNING
    coordinator.close()


async def test_a_client_rebuilt_after_redis_forgot_starts_no_fresh_budget(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """After FLUSHALL the live client is refused, and so is a rebuilt one, here or in a new process: nothing more is sent."""
    fake = FakeTrenz()
    read = OPERATIONS[READ].coin_cost
    async with fleet_client(coordinator, fake, max_coins=2 * read) as client:
        await client.call(READ, country="us")
        with redis_server.client() as redis_client:
            redis_client.flushall()
        with pytest.raises(CoordinatorError, match="lost its budget"):
            await client.call(READ, country="us")
    with pytest.raises(CoordinatorError, match="start_over"):
        async with fleet_client(coordinator, fake, max_coins=2 * read):
            pass
    forget_known_epochs()  # as a process that never knew the namespace
    with pytest.raises(CoordinatorError, match="start_over"):
        async with fleet_client(coordinator, fake, max_coins=2 * read):
            pass
    assert len(fake.requests) == 1


async def test_workers_cut_off_from_redis_share_what_was_left(
    start_redis: Callable[[], RedisServer], caplog: pytest.LogCaptureFixture
) -> None:
    """Two workers with local_fallback lose Redis: each spends only its share of the rest, together within max_coins."""
    server = start_redis()
    fake = FakeTrenz()
    read = OPERATIONS[READ].coin_cost
    budget = 11 * read
    coordinator = RedisCoordinator(server.url, socket_timeout=1.0, local_fallback=True)
    with caplog.at_level(logging.WARNING, logger="trenz_async"):
        async with (
            fleet_client(coordinator, fake, max_coins=budget) as first,
            fleet_client(coordinator, fake, max_coins=budget) as second,
        ):
            for client in (first, second, first, second):
                await client.call(READ, country="us")
            server.stop()
            alone = {}
            for name, client in (("first", first), ("second", second)):
                alone[name] = 0
                while alone[name] < budget // read:  # bounded, whatever happens
                    try:
                        await client.call(READ, country="us")
                    except BudgetExceededError:
                        break
                    alone[name] += 1
    assert fake.ledger[TEST_API_KEY].spent <= budget  # not a budget per worker
    # 4 reads before the loss, 7 left for 2 workers: each goes on with about half.
    assert min(alone.values()) >= 3
    assert "its share of the" in caplog.text
    coordinator.close()


async def test_a_dead_workers_uncertain_coins_are_listed_and_resolved(
    redis_url: str, namespace: str
) -> None:
    """fleet_uncertain() lists a dead worker's reservation (recovered); resolve() settles it."""
    fake = FakeTrenz()
    async with RedisCoordinator(redis_url, namespace=namespace, lease_timeout=0.2) as coordinator:
        dead = coordinator.bind(
            TEST_API_KEY, rate_limit=RateLimit(), max_in_flight=None, max_coins=500
        )
        await dead.coins.reserve("dead-call", JOB, 70)
        async with fleet_client(coordinator, fake, max_coins=500) as client:

            async def recovered() -> bool:
                return len(await client.usage.fleet_uncertain()) == 1

            await eventually(recovered)
            [charge] = await client.usage.fleet_uncertain()
            assert (charge.id, charge.coins, charge.origin) == ("dead-call", 70, "recovered")
            assert client.usage.uncertain() == []
            await client.usage.resolve("dead-call", coins_charged=70)
            with pytest.raises(KeyError):
                await client.usage.resolve("dead-call", coins_charged=70)
            fleet = await client.usage.fleet_snapshot()
    assert (fleet.coins_uncertain, fleet.coins_spent) == (0, 70)
    coordinator.close()


async def test_a_dead_workers_unconfirmed_job_resolves_into_one_hold(
    redis_url: str, namespace: str
) -> None:
    """A dead worker's unconfirmed submission, resolved to its job, is held once and settles."""
    fake = FakeTrenz(job_duration=0.1)
    cost = OPERATIONS[JOB].coin_cost
    async with TrenzClient(
        api_key=TEST_API_KEY, base_url=BASE_URL, transport=fake.transport()
    ) as outsider:  # creates the job the dead worker's request created
        created = await outsider.call(JOB, **{JOB_KEY: "v1"})
    async with RedisCoordinator(redis_url, namespace=namespace) as coordinator:
        dead = coordinator.bind(
            TEST_API_KEY, rate_limit=RateLimit(), max_in_flight=None, max_coins=None
        )
        await dead.coins.reserve("dead-sub", JOB, cost)
        await dead.journal.intent(Submission("dead-sub", JOB, {JOB_WIRE_KEY: "v1"}, cost, 0.0))
        async with fleet_client(coordinator, fake) as client:
            [unconfirmed] = await client.tasks.unconfirmed()
            assert unconfirmed.id == "dead-sub"
            task = await client.tasks.resolve("dead-sub", task_id=created.id)
            assert task is not None
            held = await client.usage.fleet_snapshot()
            await task.wait(timeout=10)
            settled = await client.usage.fleet_snapshot()
            assert await client.tasks.unconfirmed() == []
    assert (held.coins_held, held.coins_uncertain) == (cost, 0)
    assert (settled.coins_held, settled.coins_spent) == (0, cost)
    coordinator.close()

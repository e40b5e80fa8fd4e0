"""The fleet's journal: every worker's paid submissions, from intent to end, on Redis."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from trenz_async._fleet.coordinator import RedisCoordinator
from trenz_async._fleet.redis.journal import RedisJournal
from trenz_async._fleet.redis.keys import Keyspace, key_hash
from trenz_async._jobs import JournalEntry, Submission
from trenz_async._support.redact import register_secret

from ..strategies import KEY_SHAPE, PARAMS, journaled, unchanged
from .conftest import API_KEY, RedisServer

pytestmark = pytest.mark.anyio

JOB = "op-job"  # the journal stores operation ids as given: a label, none of today's


def journal(coordinator: RedisCoordinator) -> RedisJournal:
    return coordinator.bind(API_KEY, rate_limit=None, max_in_flight=None, max_coins=None).journal


def submission(n: int, **params: object) -> Submission:
    return Submission(
        id=f"sub-{n}",
        operation_id=JOB,
        params={"prompt": f"lamp {n}", **params},
        estimated_coins=50,
        at=1_700_000_000.0 + n,
    )


async def test_intent_is_unconfirmed_until_the_id_arrives(coordinator: RedisCoordinator) -> None:
    """An intent shows as unconfirmed on every worker, with its params, until confirmed."""
    writer, reader = journal(coordinator), journal(coordinator)
    sub = submission(1, size={"w": 512, "h": 512}, count=12345678901234567)
    await writer.intent(sub)
    replay = await reader.replay()
    assert replay.unconfirmed == (sub,)
    assert replay.pending == ()


async def test_confirmed_job_is_pending_with_its_params(coordinator: RedisCoordinator) -> None:
    """Once confirmed, the job is pending everywhere with operation, params and estimate."""
    writer, reader = journal(coordinator), journal(coordinator)
    sub = submission(1)
    await writer.intent(sub)
    await writer.confirmed(sub, "task-1")
    replay = await reader.replay()
    assert replay.unconfirmed == ()
    assert replay.pending == (
        JournalEntry(
            task_id="task-1",
            operation_id=JOB,
            submitted_at=sub.at,
            estimated_coins=50,
            params=sub.params,
            submission_id="sub-1",
        ),
    )


async def test_finished_job_is_no_longer_pending(coordinator: RedisCoordinator) -> None:
    """A job that reached a terminal status leaves the pending list for every worker."""
    writer, reader = journal(coordinator), journal(coordinator)
    for n in (1, 2):
        await writer.intent(submission(n))
        await writer.confirmed(submission(n), f"task-{n}")
    await reader.finished("task-1", "completed")
    assert [entry.task_id for entry in (await writer.replay()).pending] == ["task-2"]


async def test_not_created_intent_is_forgotten(coordinator: RedisCoordinator) -> None:
    """An intent that provably created nothing is neither pending nor unconfirmed."""
    store = journal(coordinator)
    await store.intent(submission(1))
    await store.not_created("sub-1")
    replay = await store.replay()
    assert (replay.pending, replay.unconfirmed) == ((), ())


async def test_resolved_intent_becomes_a_job_or_nothing(coordinator: RedisCoordinator) -> None:
    """The user's resolution turns an intent into a pending job, or drops it."""
    store = journal(coordinator)
    await store.intent(submission(1))
    await store.intent(submission(2))
    await store.resolved("sub-1", "task-found")
    await store.resolved("sub-2", None)
    replay = await store.replay()
    assert replay.unconfirmed == ()
    assert len(replay.pending) == 1
    entry = replay.pending[0]
    assert (entry.task_id, entry.submission_id, entry.params) == (
        "task-found",
        "sub-1",
        submission(1).params,
    )


async def test_replay_lists_in_submission_order(coordinator: RedisCoordinator) -> None:
    """Pending and unconfirmed entries come back in the order their intents were written."""
    first, second = journal(coordinator), journal(coordinator)
    for n in range(6):
        await (first if n % 2 else second).intent(submission(n))
    for n in (4, 0, 2):
        await first.confirmed(submission(n), f"task-{n}")
    replay = await second.replay()
    assert [entry.task_id for entry in replay.pending] == ["task-0", "task-2", "task-4"]
    assert [sub.id for sub in replay.unconfirmed] == ["sub-1", "sub-3", "sub-5"]


async def test_bad_records_are_skipped_not_fatal(
    coordinator: RedisCoordinator, redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Damaged records are reported as skipped, with a warning; the good ones still resume."""
    store = journal(coordinator)
    await store.intent(submission(1))
    await store.confirmed(submission(1), "task-1")
    keyspace = Keyspace(coordinator.namespace, key_hash(API_KEY))
    jobs, intents = keyspace.key("journal", "jobs"), keyspace.key("journal", "intents")
    with redis_server.client() as client:
        client.hset(jobs, "torn", '{"seq":2,"task_id":"to')
        client.hset(jobs, "list", "[1, 2]")
        client.hset(jobs, "task-9", '{"task_id":"task-9"}')  # no place in the order: last
        client.hset(intents, "sub-x", '{"seq":4,"id":"sub-x"}')
        # Damaged intent, intact id: the job still resumes (by id alone).
        client.hset(jobs, "task-2", '{"seq":5,"task_id":"task-2","submission":{"seq":1}}')
    with caplog.at_level("WARNING", logger="trenz_async"):
        replay = await store.replay()
    assert [entry.task_id for entry in replay.pending] == ["task-1", "task-2", "task-9"]
    assert replay.pending[1].operation_id is None
    reasons = sorted(skip.reason for skip in replay.skipped)
    assert reasons == [
        "an intent without its id or operation",
        "not a JSON object",
        "not valid JSON",
    ]
    assert caplog.text.count("skipping a record") == 3
    with redis_server.client() as client:
        assert client.hlen(jobs) == 5  # skipped records are kept, never deleted


async def test_ids_are_the_clients_to_check(coordinator: RedisCoordinator) -> None:
    """An id the SDK would refuse comes back as written: the client skips it, as for the file."""
    store = journal(coordinator)
    await store.intent(submission(1))
    await store.confirmed(submission(1), "batch/42")
    assert [entry.task_id for entry in (await store.replay()).pending] == ["batch/42"]


async def test_params_json_cannot_hold_are_kept_as_text(coordinator: RedisCoordinator) -> None:
    """Like the file journal, a value JSON cannot hold is written as its text, not refused."""
    store = journal(coordinator)
    await store.intent(submission(1, when=datetime.date(2026, 1, 2)))
    (unconfirmed,) = (await store.replay()).unconfirmed
    assert unconfirmed.params["when"] == "2026-01-02"


async def test_repeated_confirmation_keeps_the_jobs_place(coordinator: RedisCoordinator) -> None:
    """A confirmation retried after a lost reply leaves the job where it was in the order."""
    store = journal(coordinator)
    for n in (1, 2):
        await store.intent(submission(n))
    await store.confirmed(submission(1), "task-1")
    await store.confirmed(submission(2), "task-2")
    await store.confirmed(submission(1), "task-1")
    assert [entry.task_id for entry in (await store.replay()).pending] == ["task-1", "task-2"]


async def test_the_key_never_reaches_redis(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """Parameters holding the client's key or a key-shaped string are redacted in Redis too."""
    handle = register_secret("client-secret-0123456789")
    writer = journal(coordinator)
    leaky = submission(1, note="sk_live_LEAKED0123456789", token="client-secret-0123456789")
    await writer.intent(leaky)
    await writer.confirmed(leaky, "task-1")
    await writer.intent(submission(2, note="sk_test_LEAKED0123456789"))
    with redis_server.client() as client:
        stored = b"".join(
            value
            for key in client.keys("*journal*")
            if client.type(key) == b"hash"
            for value in client.hvals(key)
        )
    assert b"[redacted]" in stored
    for secret in (b"LEAKED0123456789", b"client-secret-0123456789"):
        assert secret not in stored
    del handle


async def test_a_quoted_url_survives_the_redis_journal(coordinator: RedisCoordinator) -> None:
    """A prompt holding `"https://shop.example/p?id=7"` replays whole, not as a skipped record."""
    store = journal(coordinator)
    sub = submission(1, prompt='Describe "https://shop.example/p?id=7" and C:\\x\\"y"')
    await store.intent(sub)
    replay = await store.replay()
    assert (replay.unconfirmed, replay.skipped) == ((sub,), ())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=PARAMS)
async def test_every_record_round_trips_through_redis(
    coordinator: RedisCoordinator, redis_server: RedisServer, params: dict[str, Any]
) -> None:
    """Any parameters come back from Redis as journaled (keys redacted), as intent and as job."""
    store = journal(coordinator)
    name = uuid.uuid4().hex
    intent = Submission(f"i-{name}", JOB, params, 50, 1.5)
    job = Submission(f"j-{name}", JOB, params, 50, 2.5)
    await store.intent(intent)
    await store.intent(job)
    await store.confirmed(job, f"task-{name}")
    replay = await store.replay()
    assert replay.skipped == ()
    [unconfirmed] = [sub for sub in replay.unconfirmed if sub.id == intent.id]
    [pending] = [entry for entry in replay.pending if entry.task_id == f"task-{name}"]
    assert unconfirmed.params == pending.params == journaled(params)
    if unchanged(params):
        assert unconfirmed.params == params
    with redis_server.client() as client:
        stored = b"".join(
            value
            for key in client.keys("*journal*")
            if client.type(key) == b"hash"
            for value in client.hvals(key)
        )
    assert KEY_SHAPE.search(stored.decode("ascii")) is None
    await store.not_created(intent.id)
    await store.finished(f"task-{name}", "completed")

"""Shared reads: a fleet's workers pay once for the same answer, and a lost Redis fails nothing.

Clients of one namespace (each its own worker, as far as Redis can tell) call the
in-process fake; a fake that answers late keeps a read in flight while another worker
asks for it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
import zlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import httpx
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from trenz_async import (
    OPERATIONS,
    ReadCache,
    RedisCoordinator,
    RetryPolicy,
    ServerError,
    Telemetry,
    TrenzClient,
)
from trenz_async._call.readkey import request_text
from trenz_async._fleet.reads import _digest
from trenz_async._fleet.redis.keys import Keyspace, key_hash
from trenz_async._fleet.redis.reads import RedisReads
from trenz_async._registry import prepare
from trenz_async.testing import TEST_API_KEY, FakeTrenz, FaultKind, FaultPlan

from .conftest import RedisServer
from .helpers import read_call

pytestmark = pytest.mark.anyio

BASE_URL = "http://localhost"
READ, READ_ARGS = read_call()
COST = OPERATIONS[READ].coin_cost


def another(number: int) -> dict[str, Any]:
    """The arguments of the `number`-th distinct call of READ (a list read: another page)."""
    info = OPERATIONS[READ]
    assert info.pagination is not None
    return {**READ_ARGS, info.pagination.position_param: number}


NO_RETRY = RetryPolicy(max_retries=0)


def slow_fake(latency: float = 0.4) -> FakeTrenz:
    """A fake answering every request `latency` seconds late."""
    return FakeTrenz(faults=FaultPlan({FaultKind.LATENCY: 1.0}, latency=latency))


@contextlib.asynccontextmanager
async def worker(
    coordinator: RedisCoordinator, fake: FakeTrenz | httpx.AsyncBaseTransport, **options: Any
) -> AsyncIterator[TrenzClient]:
    """One worker of the fleet: a client of the fake bound to `coordinator`."""
    transport = fake.transport() if isinstance(fake, FakeTrenz) else fake
    async with TrenzClient(
        api_key=TEST_API_KEY,
        base_url=BASE_URL,
        transport=transport,
        coordinator=coordinator,
        retry=NO_RETRY,
        **{"rate_limit": None, **options},
    ) as client:
        yield client


class Announcing(httpx.AsyncBaseTransport):
    """`inner`, setting `sent` as a request leaves (a worker claims its flight before that)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent = anyio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.set()
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def reads_of(fake: FakeTrenz) -> int:
    return sum(1 for record in fake.requests if record.operation_id == READ)


async def test_a_worker_waits_for_another_workers_identical_read(
    coordinator: RedisCoordinator,
) -> None:
    """The second worker asks while the first one's read is in flight: one request, one charge."""
    fake = slow_fake()
    wire = Announcing(fake.transport())
    results: dict[str, Any] = {}
    async with worker(coordinator, wire) as first, worker(coordinator, fake) as second:

        async def call(name: str, client: TrenzClient) -> None:
            results[name] = await client.call(READ, **READ_ARGS)

        async with anyio.create_task_group() as group:
            group.start_soon(call, "first", first)
            await wire.sent.wait()  # the first one's read is on the wire
            group.start_soon(call, "second", second)
        mine, theirs = first.usage.snapshot(), second.usage.snapshot()
    assert reads_of(fake) == 1
    assert results["first"].data.to_dict() == results["second"].data.to_dict()
    assert (mine.calls, mine.coins_spent) == (1, COST)
    assert (theirs.calls, theirs.calls_coalesced, theirs.coins_saved) == (0, 1, COST)


async def test_the_fleet_cache_answers_another_worker(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """A worker's answer, stored compressed in Redis, answers another worker later."""
    fake = FakeTrenz()
    async with (
        worker(coordinator, fake, cache=ReadCache()) as first,
        worker(coordinator, fake, cache=ReadCache()) as second,
    ):
        answer = await first.call(READ, **READ_ARGS)
        again = await second.call(READ, **READ_ARGS)
        snap = second.usage.snapshot()
        assert second.cache is not None
        assert len(second.cache) == 1  # kept locally too: the next one costs no round trip
    assert reads_of(fake) == 1
    assert again.data.to_dict() == answer.data.to_dict()
    assert (snap.calls, snap.cache_hits, snap.coins_saved) == (0, 1, COST)
    with redis_server.client() as client:
        prefix = Keyspace(coordinator.namespace, key_hash(TEST_API_KEY)).prefix
        [stored] = client.hvals(prefix + "reads:values")
    body = zlib.decompress(stored.split(b"|", 1)[1])
    assert json.loads(body)["data"] == answer.data.to_dict()
    assert len(stored) < len(body)  # compressed


async def test_an_answer_from_the_fleet_has_a_span_of_its_own(
    coordinator: RedisCoordinator,
) -> None:
    """The second worker's read, answered by Redis: an INTERNAL span, `trenz.shared=fleet`."""
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    telemetry = Telemetry(tracer_provider=provider)
    fake = FakeTrenz()
    async with (
        worker(coordinator, fake, cache=ReadCache()) as first,
        worker(coordinator, fake, cache=ReadCache(), telemetry=telemetry) as second,
    ):
        await first.call(READ, **READ_ARGS)
        await second.call(READ, **READ_ARGS)
    assert reads_of(fake) == 1
    [span] = spans.get_finished_spans()
    assert span.kind is trace.SpanKind.INTERNAL
    attributes = dict(span.attributes or {})
    assert (attributes["trenz.shared"], attributes["trenz.outcome"]) == ("fleet", "ok")
    assert (attributes["trenz.coins.charged"], attributes["trenz.coins.saved"]) == (0, COST)


async def test_the_fleet_snapshot_adds_up_what_every_worker_saved(
    coordinator: RedisCoordinator,
) -> None:
    """A read coalesced on one worker and one answered from Redis on another: the fleet's
    snapshot counts both, with what they saved, as the workers' own snapshots do."""
    fake = slow_fake(0.2)
    wire = Announcing(fake.transport())
    async with (
        worker(coordinator, wire, cache=ReadCache()) as first,
        worker(coordinator, fake, cache=ReadCache()) as second,
    ):
        async with anyio.create_task_group() as group:
            group.start_soon(lambda: first.call(READ, **READ_ARGS))
            await wire.sent.wait()
            group.start_soon(lambda: first.call(READ, **READ_ARGS))  # follows the flight
        await second.call(READ, **READ_ARGS)  # the answer the first worker stored
        fleet = await second.usage.fleet_snapshot()
        own = (first.usage.snapshot(), second.usage.snapshot())
    assert reads_of(fake) == 1
    saved = (fleet.calls_coalesced, fleet.cache_hits, fleet.coins_saved)
    assert (fleet.calls, *saved) == (1, 1, 1, 2 * COST)
    assert saved == (
        sum(mine.calls_coalesced for mine in own),
        sum(mine.cache_hits for mine in own),
        sum(mine.coins_saved for mine in own),
    )
    usage = fleet.by_operation[READ]
    assert (usage.calls, usage.calls_coalesced, usage.cache_hits, usage.coins_saved) == (
        1,
        1,
        1,
        2 * COST,
    )


async def test_the_fleet_cache_keeps_within_its_bounds(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """Three answers under `max_entries=2`: Redis keeps two, and counts their bytes."""
    fake = FakeTrenz()
    async with worker(coordinator, fake, cache=ReadCache(max_entries=2)) as client:
        for number in (1, 2, 3):
            await client.call(READ, **another(number))
    prefix = Keyspace(coordinator.namespace, key_hash(TEST_API_KEY)).prefix
    with redis_server.client() as redis_client:
        assert redis_client.zcard(prefix + "reads:expiry") == 2
        assert redis_client.hlen(prefix + "reads:values") == 2
        stored = sum(len(value) for value in redis_client.hvals(prefix + "reads:values"))
        assert int(redis_client.get(prefix + "reads:bytes") or 0) == stored
        assert redis_client.pttl(prefix + "reads:values") > 0  # vanishes when idle


async def test_a_failed_leader_sends_its_waiters_on_their_way(
    coordinator: RedisCoordinator,
) -> None:
    """The leading worker's read fails: the waiting worker goes itself at once, not at its timeout."""

    async def failing(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(0.4)
        return httpx.Response(500, json={"code": "INTERNAL_ERROR", "message": "no"})

    fake = FakeTrenz()
    outcome: dict[str, Any] = {}
    async with (
        worker(coordinator, httpx.MockTransport(failing)) as first,
        worker(coordinator, fake) as second,
    ):

        async def lead() -> None:
            with pytest.raises(ServerError):
                await first.call(READ, **READ_ARGS)

        async def follow() -> None:
            started = time.monotonic()
            outcome["answer"] = await second.call(READ, **READ_ARGS)
            outcome["took"] = time.monotonic() - started

        async with anyio.create_task_group() as group:
            group.start_soon(lead)
            await anyio.sleep(0.15)
            group.start_soon(follow)
    assert reads_of(fake) == 1
    assert outcome["took"] < 5.0  # its own timeout is 60 s


async def test_a_waiting_worker_goes_itself_after_its_read_timeout(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """A flight that never lands (its worker hung) holds a waiter only for its read timeout."""
    info = OPERATIONS[READ]
    text = request_text(info, prepare(info, READ_ARGS).wire, None)
    assert text is not None
    store = RedisReads(coordinator._link, Keyspace(coordinator.namespace, key_hash(TEST_API_KEY)))
    async with worker(coordinator, FakeTrenz(), timeout=0.5) as client:
        kind, _, _ = await store.claim(
            _digest(text), owner="hung-worker", lease_ms=60_000, max_age_ms=0
        )
        assert kind == "lead"
        started = time.monotonic()
        await client.call(READ, **READ_ARGS)
        took = time.monotonic() - started
        assert client.usage.snapshot().calls == 1
    assert 0.5 <= took < 5.0


async def test_coalesce_false_shares_nothing_with_the_fleet(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """Workers with `coalesce=False` and no cache each send, and leave nothing in Redis."""
    fake = slow_fake(0.2)
    async with (
        worker(coordinator, fake, coalesce=False) as first,
        worker(coordinator, fake, coalesce=False) as second,
        anyio.create_task_group() as group,
    ):
        group.start_soon(lambda: first.call(READ, **READ_ARGS))
        group.start_soon(lambda: second.call(READ, **READ_ARGS))
    assert reads_of(fake) == 2
    with redis_server.client() as client:
        assert not client.keys("*reads*")


async def test_a_lost_redis_degrades_to_the_local_cache_never_to_an_error(
    start_redis: Callable[[], RedisServer], caplog: pytest.LogCaptureFixture
) -> None:
    """Redis stops: cached reads are answered locally, new ones are sent (local_fallback); no error."""
    server = start_redis()
    fake = FakeTrenz()
    coordinator = RedisCoordinator(server.url, socket_timeout=1.0, local_fallback=True)
    with caplog.at_level(logging.WARNING, logger="trenz_async"):
        async with worker(coordinator, fake, cache=ReadCache()) as client:
            await client.call(READ, **READ_ARGS)
            server.stop()
            await client.call(READ, **READ_ARGS)  # the local cache
            await client.call(READ, **another(2))  # sent, alone
            await client.call(READ, **another(2))  # and kept locally
            snap = client.usage.snapshot()
    assert reads_of(fake) == 2
    assert (snap.calls, snap.cache_hits) == (2, 2)
    lost = [r for r in caplog.records if "shared reads failed" in r.getMessage()]
    assert len(lost) == 1
    coordinator.close()


async def test_without_a_fallback_a_cached_read_still_needs_no_redis(
    start_redis: Callable[[], RedisServer],
) -> None:
    """Without `local_fallback`, a read in the local cache is answered with Redis gone."""
    server = start_redis()
    fake = FakeTrenz()
    coordinator = RedisCoordinator(server.url, socket_timeout=1.0)
    async with worker(coordinator, fake, cache=ReadCache()) as client:
        first = await client.call(READ, **READ_ARGS)
        server.stop()
        again = await client.call(READ, **READ_ARGS)
    assert again.data.to_dict() == first.data.to_dict()
    assert reads_of(fake) == 1
    coordinator.close()

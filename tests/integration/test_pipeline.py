"""The SDK against the fake over real sockets: paging, jobs, faults, rate limits, coins."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

from trenz_async import (
    OPERATIONS,
    OperationInfo,
    OutcomeUnknownError,
    PaginationStyle,
    Param,
    RateLimit,
    TaskFailedError,
)
from trenz_async.testing import TEST_API_KEY, FaultKind, FaultPlan

from ..unit.helpers import (
    arguments,
    keyed_job,
    minimal_arguments,
    operations_where,
    pick,
    task_status,
    typed,
    warns_if_deprecated,
)
from .conftest import Connect

pytestmark = pytest.mark.anyio

JOB, INPUT = keyed_job()  # a paid job per input: a video analysis per video id


def _is_search(info: OperationInfo) -> bool:
    """A GET list by page number and size, reporting its total, with a required enum (country)."""
    paging = info.pagination
    return (
        info.method == "GET"
        and paging is not None
        and paging.style is PaginationStyle.PAGE_SIZE
        and paging.total_field is not None
        and "." not in paging.total_field
        and _region(info) is not None
    )


def _region(info: OperationInfo) -> Param | None:
    """The required enum parameter a search is routed by (the country)."""
    return next((param for param in info.params if param.required and param.enum), None)


SEARCHES = operations_where(_is_search)


def search_args(info: OperationInfo, region: object, **paging: int) -> dict[str, object]:
    """Arguments of a search in one region, with paging parameters by their spec names."""
    key = _region(info)
    assert key is not None
    assert info.pagination is not None
    named = {
        info.pagination.position_param: paging.get("page"),
        info.pagination.size_param: paging.get("size"),
    }
    return arguments(
        info, **{key.python_name: region}, **{k: v for k, v in named.items() if k and v}
    )


def regions(info: OperationInfo, count: int) -> list[object]:
    key = _region(info)
    assert key is not None
    assert key.enum is not None
    return list(key.enum[:count])


async def submit(client: object, value: str) -> object:
    """One paid job for one input (`client.ai_analysis.video_content_analysis(video_id=...)`)."""
    return await typed(client, JOB)(**{INPUT.python_name: value})


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
    """A search in three regions, concurrently, yields each item once and stops."""
    search = pick(_is_search, "page/page_size search")
    assert search.pagination is not None
    assert search.pagination.total_field is not None
    total_field = search.pagination.total_field
    found: dict[object, list[str]] = {}
    async with connect(seed=3) as (client, fake):

        async def region(code: object) -> None:
            first = await typed(client, search)(**search_args(search, code, size=20))
            paged = client.paginate(search.accessor, **search_args(search, code, size=20))
            items = [item.to_dict() async for item in paged]
            found[code] = [str(item) for item in items]
            assert len(items) == first.data.to_dict()[total_field]

        async with anyio.create_task_group() as group:
            for code in regions(search, 3):
                group.start_soon(region, code)
        # The balance is the last one the client read; concurrent answers may arrive in
        # another order than the server charged them, so one call alone settles it.
        await typed(client, search)(**search_args(search, regions(search, 1)[0]))
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

            async def one(index: int) -> None:
                tasks.append(await submit(client, f"v{index}"))

            for index in range(20):
                group.start_soon(one, index)
        results = await client.tasks.wait_all(tasks, return_exceptions=True)
        snapshot = client.usage.snapshot()
        stats = fake.statistics()
    failures = [result for result in results if isinstance(result, TaskFailedError)]
    assert stats.jobs_created == 20
    assert len(failures) == stats.jobs_refunded > 0
    assert snapshot.coins_held == 0
    assert snapshot.coins_spent == JOB.coin_cost * (20 - len(failures))
    _assert_ledgers_match(snapshot, fake)


async def test_reads_survive_injected_faults(connect: Connect) -> None:
    """With 40% of reads failing in eight ways, every read still succeeds through retries."""
    if len(SEARCHES) < 2:
        pytest.skip("the bundled spec has fewer than two page/page_size searches")
    first, second = SEARCHES[:2]
    plan = FaultPlan(
        READ_FAULTS, operations=[first.operation_id, second.operation_id], latency=0.01
    )
    async with connect(seed=11, faults=plan) as (client, fake):
        for page in range(1, 4):
            for code in regions(first, 2):
                args = search_args(first, code, page=page, size=5)
                result = await typed(client, first)(**args)
                assert result.request_id
                await typed(client, second)(**search_args(second, code, page=page, size=5))
        stats = fake.statistics()
        snapshot = client.usage.snapshot()
    assert stats.faults_injected > 0
    assert stats.requests > stats.succeeded  # faults really happened and were retried
    assert snapshot.by_operation[first.operation_id].calls == 6
    _assert_ledgers_match(snapshot, fake)


@pytest.mark.parametrize("fault", [FaultKind.DROP_AFTER, FaultKind.HTML_502, FaultKind.EMPTY_520])
async def test_a_paid_job_is_never_submitted_twice(connect: Connect, fault: FaultKind) -> None:
    """A fault that may follow processing raises OutcomeUnknownError; nothing is resent."""
    operation = JOB.operation_id
    async with connect(seed=2) as (client, fake):
        fake.faults.schedule(fault, count=3, operation_id=operation)
        with pytest.raises(OutcomeUnknownError) as caught:
            await submit(client, "v1")
        submissions = [record for record in fake.requests if record.operation_id == operation]
        stats = fake.statistics()
        snapshot = client.usage.snapshot()
    assert len(submissions) == 1
    assert stats.jobs_created == (1 if fault is FaultKind.DROP_AFTER else 0)
    assert snapshot.coins_uncertain == caught.value.estimate == JOB.coin_cost


async def test_backend_unavailable_on_a_paid_job_is_retried_once_safely(
    connect: Connect,
) -> None:
    """A JSON 503 BACKEND_UNAVAILABLE never reached the backend: the submission is retried
    and one job made."""
    operation = JOB.operation_id
    async with connect(seed=2) as (client, fake):
        fake.faults.schedule(FaultKind.BACKEND_UNAVAILABLE, count=2, operation_id=operation)
        task = await submit(client, "v1")
        await task.wait(timeout=10)
        stats = fake.statistics()
        snapshot = client.usage.snapshot()
    assert stats.jobs_created == 1
    assert (snapshot.coins_uncertain, snapshot.coins_spent) == (0, JOB.coin_cost)
    _assert_ledgers_match(snapshot, fake)


@pytest.mark.parametrize(
    "fault",
    [
        FaultKind.INTERNAL_ERROR_AFTER,
        FaultKind.BACKEND_ERROR_AFTER,
        FaultKind.BACKEND_TIMEOUT_AFTER,
    ],
)
async def test_a_charged_job_answered_with_a_json_5xx_is_never_sent_twice(
    connect: Connect, fault: FaultKind, tmp_path: Path
) -> None:
    """A server that creates and charges a job, then answers a JSON 500/502/504, gets it
    once: OutcomeUnknownError with the server's code and request id, the estimate
    uncertain, the intent unconfirmed; resolving it holds the job the fake made."""
    operation = JOB.operation_id
    async with connect(seed=2, client={"journal": tmp_path / "j.jsonl"}) as (client, fake):
        fake.faults.schedule(fault, count=3, operation_id=operation)
        with pytest.raises(OutcomeUnknownError) as caught:
            await submit(client, "v1")
        submissions = [record for record in fake.requests if record.operation_id == operation]
        snapshot = client.usage.snapshot()
        [unconfirmed] = await client.tasks.unconfirmed()
        charged = fake.ledger[TEST_API_KEY]
    error = caught.value
    assert len(submissions) == 1
    assert fake.statistics().jobs_created == 1
    assert error.code == fault.error_code
    assert error.request_id == submissions[0].request_id
    assert snapshot.coins_uncertain == error.estimate == JOB.coin_cost
    assert unconfirmed.id == error.submission_id
    assert charged.held + charged.spent == JOB.coin_cost


async def test_connect_phase_drop_before_processing_is_retried_for_paid_jobs(
    connect: Connect,
) -> None:
    """A paid job whose first attempt was dropped unprocessed still gets one job, once."""
    operation = JOB.operation_id
    async with connect(seed=2) as (client, fake):
        fake.faults.schedule(FaultKind.DROP_BEFORE, count=1, operation_id=operation)
        try:
            task = await submit(client, "v1")
        except OutcomeUnknownError:
            # Over a socket a dropped connection is indistinguishable from a drop after
            # processing, so the SDK must not resend: that is the safe answer too.
            task = None
        stats = fake.statistics()
    assert stats.jobs_created == (1 if task is not None else 0)


async def test_rate_limit_compliance_with_polls_included(connect: Connect) -> None:
    """Concurrent searches and job polls under a tight window get zero 429s."""
    limit = (15, 0.5)
    # 30 searches of three pages: with coalescing, identical ones in flight would share.
    options = {"rate_limit": RateLimit(*limit), "coalesce": False}
    async with connect(seed=9, rate_limit=limit, client=options) as (client, fake):
        search = pick(_is_search, "page/page_size search")
        [code] = regions(search, 1)

        async def one(index: int) -> None:
            await typed(client, search)(**search_args(search, code, page=1 + index % 3))

        async with anyio.create_task_group() as group:
            for index in range(30):
                group.start_soon(one, index)
            tasks = [await submit(client, f"v{i}") for i in range(5)]
        await client.tasks.wait_all(tasks, return_exceptions=True)
        stats = fake.statistics()
    assert stats.rate_limited == 0
    assert stats.requests >= 40


async def test_every_operation_round_trips_over_sockets(connect: Connect) -> None:
    """Every operation, called with minimal arguments through `call()`, succeeds over sockets."""
    status = task_status()
    async with connect(seed=1, client={"rate_limit": None}) as (client, fake):
        for operation_id, info in sorted(OPERATIONS.items()):
            args = minimal_arguments(info)
            if operation_id == status.operation_id:  # a task the fake knows
                task = await submit(client, "v")
                args = {"task_id": task.id}  # type: ignore[attr-defined]
            with warns_if_deprecated(info):
                await client.call(operation_id, **args)
        stats = fake.statistics()
    assert stats.succeeded == stats.requests

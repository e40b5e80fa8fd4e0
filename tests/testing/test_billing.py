"""Coins: per-call charges, 402, async jobs with holds and refunds, the ledger, quotas."""

from __future__ import annotations

import httpx
import pytest

from trenz_async import OperationInfo
from trenz_async.testing import TEST_API_KEY, EntryKind, FakeTrenz

from .helpers import (
    ASGI_BASE_URL,
    AUTH,
    ManualClock,
    call,
    call_minimal,
    job,
    minimal_args,
    paid_read,
    priced_job,
    task_status_path,
)

pytestmark = pytest.mark.anyio


async def submit(client: httpx.AsyncClient, info: OperationInfo | None = None) -> str:
    """Submit a job (a flat-priced `task_id` job by default) and return its id."""
    info = info or job()
    response = await call_minimal(client, info)
    assert response.status_code == 200, response.text
    assert info.job_id_field is not None
    return str(response.json()["data"][info.job_id_field])


async def status_of(client: httpx.AsyncClient, task_id: str) -> dict[str, object]:
    """The task-status `data` of one job."""
    response = await client.get(task_status_path(task_id))
    assert response.status_code == 200
    data: dict[str, object] = response.json()["data"]
    return data


async def test_per_call_success_is_charged_and_reported(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """A per-call success charges `x-coin-cost` and reports it with the new balance."""
    read = paid_read()
    before = fake.balance()
    response = await call_minimal(client, read)
    usage = response.json()["usage"]
    assert usage == {"coin_cost": read.coin_cost, "remaining_balance": before - read.coin_cost}
    account = fake.ledger[TEST_API_KEY]
    assert [(e.operation_id, e.kind, e.coins) for e in account.entries] == [
        (read.operation_id, EntryKind.CHARGE, read.coin_cost)
    ]
    assert account.entries[0].request_id == response.json()["request_id"]
    cost = read.coin_cost
    assert (account.charged, account.spent, account.held, account.net) == (cost, cost, 0, cost)


async def test_short_balance_is_402_and_charges_nothing(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """A balance below the call's cost is 402 INSUFFICIENT_BALANCE, with nothing charged."""
    submission = job()
    fake.set_balance(TEST_API_KEY, submission.coin_cost - 1)
    response = await call_minimal(client, submission)
    assert response.status_code == 402
    assert response.json()["code"] == "INSUFFICIENT_BALANCE"
    assert fake.balance() == submission.coin_cost - 1
    assert fake.ledger[TEST_API_KEY].entries == ()
    assert fake.statistics().jobs_created == 0


async def test_priced_operation_costs_its_estimate(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """An `x-pricing` operation holds unit price x quantity from the request's parameters."""
    priced = priced_job()
    pricing = priced.pricing
    assert pricing is not None
    tier = sorted(pricing.unit_price_map)[0]
    args = {
        **minimal_args(priced),
        pricing.tier_param: tier,
        pricing.quantity_param: pricing.default_quantity,
    }
    expected = pricing.unit_price_map[tier] * pricing.default_quantity
    assert priced.estimate(args) == expected
    fake.set_balance(TEST_API_KEY, expected - 1)
    response = await call(client, priced.operation_id, **args)
    assert response.status_code == 402
    fake.set_balance(TEST_API_KEY, expected)
    response = await call(client, priced.operation_id, **args)
    assert response.json()["usage"] == {"coin_cost": expected, "remaining_balance": 0}


async def test_job_moves_pending_running_completed_and_is_settled(
    fake: FakeTrenz, client: httpx.AsyncClient, clock: ManualClock
) -> None:
    """A job is held at submission, runs, completes with a result, and its hold is spent."""
    submission = job("task_id")
    cost = submission.coin_cost
    response = await call_minimal(client, submission)
    assert response.json()["usage"]["coin_cost"] == cost
    task_id = response.json()["data"]["task_id"]
    assert "job_id" not in response.json()["data"]
    assert (await status_of(client, task_id))["status"] == "pending"
    assert fake.ledger[TEST_API_KEY].held == cost
    clock.advance(0.5)
    assert (await status_of(client, task_id))["status"] == "running"
    clock.advance(0.5)
    done = await status_of(client, task_id)
    assert done["status"] == "completed"
    assert isinstance(done["result"], dict)
    assert "error_message" not in done
    account = fake.ledger[TEST_API_KEY]
    assert [e.kind for e in account.entries] == [EntryKind.HOLD, EntryKind.SETTLE]
    assert (account.charged, account.refunded, account.held, account.spent) == (cost, 0, 0, cost)


async def test_job_result_echoes_what_was_asked(
    clock: ManualClock, client: httpx.AsyncClient
) -> None:
    """A finished job's result carries an output URL and the scalar parameters it got."""
    submission = job()
    task_id = await submit(client, submission)
    clock.advance(1.0)
    result = (await status_of(client, task_id))["result"]
    assert isinstance(result, dict)
    assert str(result["output_url"]).startswith("https://")
    for name, value in minimal_args(submission).items():
        if not isinstance(value, list | dict):
            assert result[name] == value


async def test_job_id_operations_answer_job_id(client: httpx.AsyncClient) -> None:
    """Operations whose registry says `job_id` answer `data.job_id` (and no `task_id`)."""
    response = await call_minimal(client, job("job_id"))
    data = response.json()["data"]
    assert set(data) & {"task_id", "job_id"} == {"job_id"}
    assert (await status_of(client, data["job_id"]))["task_id"] == data["job_id"]


async def test_failed_job_is_refunded_with_an_error_message(clock: ManualClock) -> None:
    """A failing job ends `refunded` with `error_message`, and its coins come back."""
    submission = job()
    fake = FakeTrenz(clock=clock, job_duration=1.0, job_failure_ratio=1.0)
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        before = fake.balance()
        task_id = await submit(client, submission)
        assert fake.balance() == before - submission.coin_cost
        clock.advance(1.0)
        data = await status_of(client, task_id)
    assert data["status"] == "refunded"
    assert data["error_message"]
    assert "result" not in data
    assert fake.balance() == before
    account = fake.ledger[TEST_API_KEY]
    assert [e.kind for e in account.entries] == [EntryKind.HOLD, EntryKind.REFUND]
    cost = submission.coin_cost
    assert (account.charged, account.refunded, account.net, account.held) == (cost, cost, 0, 0)
    assert fake.statistics().jobs_refunded == 1


async def test_jobs_settle_without_being_polled(
    fake: FakeTrenz, client: httpx.AsyncClient, clock: ManualClock
) -> None:
    """The ledger settles finished jobs even if nobody polled them."""
    await submit(client)
    clock.advance(5.0)
    assert fake.ledger[TEST_API_KEY].spent == job().coin_cost
    assert fake.statistics().jobs_completed == 1


async def test_failure_ratio_fails_a_seeded_share(clock: ManualClock) -> None:
    """`job_failure_ratio` fails about that share of jobs, the same ones for the same seed."""

    async def outcomes(seed: int) -> list[str]:
        fake = FakeTrenz(clock=clock, job_duration=0.0, job_failure_ratio=0.3, seed=seed)
        async with httpx.AsyncClient(
            transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
        ) as client:
            ids = [await submit(client) for _ in range(40)]
            return [str((await status_of(client, task_id))["status"]) for task_id in ids]

    first = await outcomes(seed=1)
    assert first == await outcomes(seed=1)
    assert 4 <= first.count("refunded") <= 20
    assert set(first) == {"completed", "refunded"}


async def test_tag_vocabulary_says_running_success_failed(clock: ManualClock) -> None:
    """`status_vocabulary="tag"` answers running/success/failed."""
    fake = FakeTrenz(
        clock=clock, job_duration=1.0, status_vocabulary="tag", job_failure_ratio=0.5, seed=3
    )
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        ids = [await submit(client) for _ in range(8)]
        assert {(await status_of(client, i))["status"] for i in ids} == {"running"}
        clock.advance(1.0)
        assert {(await status_of(client, i))["status"] for i in ids} == {"success", "failed"}


async def test_unknown_task_is_404_task_not_found(client: httpx.AsyncClient) -> None:
    """Polling an unknown task id is 404 TASK_NOT_FOUND."""
    response = await client.get(task_status_path("task_nope"))
    assert response.status_code == 404
    assert response.json()["code"] == "TASK_NOT_FOUND"


async def test_another_keys_task_is_not_found(fake: FakeTrenz, client: httpx.AsyncClient) -> None:
    """A key cannot see another key's task."""
    task_id = await submit(client)
    fake.set_balance("sk_test_other", 10)
    response = await client.get(task_status_path(task_id), headers={"X-API-Key": "sk_test_other"})
    assert response.status_code == 404
    assert response.json()["code"] == "TASK_NOT_FOUND"


async def test_task_polling_is_free(fake: FakeTrenz, client: httpx.AsyncClient) -> None:
    """Polling a task costs nothing and reports the balance."""
    task_id = await submit(client)
    balance = fake.balance()
    response = await client.get(task_status_path(task_id))
    assert response.json()["usage"] == {"coin_cost": 0, "remaining_balance": balance}
    assert fake.balance() == balance


async def test_ledger_sums_per_key_and_operation(clock: ManualClock) -> None:
    """The ledger keeps keys apart and totals net coins per operation."""
    read, submission = paid_read(), job()
    start = 10 * (read.coin_cost + submission.coin_cost)
    fake = FakeTrenz(clock=clock, keys={"sk_test_a": start, "sk_test_b": start}, job_duration=1.0)
    async with httpx.AsyncClient(transport=fake.transport(), base_url=ASGI_BASE_URL) as client:
        client.headers["X-API-Key"] = "sk_test_a"
        await call_minimal(client, read)
        client.headers["X-API-Key"] = "sk_test_b"
        await call_minimal(client, submission)
    ledger = fake.ledger
    assert set(ledger) == {"sk_test_a", "sk_test_b"}
    assert ledger["sk_test_a"].by_operation() == {read.operation_id: read.coin_cost}
    assert ledger["sk_test_b"].held == submission.coin_cost
    total = read.coin_cost + submission.coin_cost
    assert (ledger.charged, ledger.held, ledger.spent, ledger.net) == (
        total,
        submission.coin_cost,
        read.coin_cost,
        total,
    )
    assert ledger["sk_test_b"].balance == start - submission.coin_cost
    assert len(ledger.entries) == 2


async def test_quota_exceeded_mode_is_429_quota_exceeded(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """In quota-exceeded mode paid calls get 429 QUOTA_EXCEEDED without Retry-After."""
    read = paid_read()
    task_id = await submit(client)
    fake.quota_exceeded = True
    response = await call_minimal(client, read)
    assert response.status_code == 429
    assert response.json()["code"] == "QUOTA_EXCEEDED"
    assert "Retry-After" not in response.headers
    assert (await client.get(task_status_path(task_id))).status_code == 200
    fake.quota_exceeded = False
    assert (await call_minimal(client, read)).status_code == 200
    assert fake.statistics().quota_exceeded == 1

"""The coin ledger: spent vs held, scopes, low balance, budgets and cost estimates."""

from __future__ import annotations

import logging
import re
from typing import Any

import anyio
import anyio.lowlevel
import attrs
import httpx
import pytest
import respx

import trenz_async
from trenz_async import (
    BadRequestError,
    BudgetExceededError,
    InvalidParameterError,
    OperationInfo,
    Task,
    TaskFailedError,
    UsageLedger,
)

from .helpers import (
    BASE_URL,
    arguments,
    cheap_read,
    envelope,
    error_body,
    job,
    minimal_arguments,
    priced_jobs,
    task_status,
    task_status_url,
)
from .helpers import make_client as client

pytestmark = pytest.mark.anyio

SEARCH = cheap_read()  # charged per call, a few coins
JOB = job()  # charged when it completes
PRICED = priced_jobs()  # priced per unit (x-pricing): the video generators
VIDEO = PRICED[-1] if PRICED else JOB
STATUS_URL = re.compile("^" + re.escape(task_status_url("")) + "(?P<task_id>[^/?]+)$")


class Billing:
    """A respx server that charges like Trenz: per call at once, jobs on completion.

    Jobs whose id is in `failing` are refunded instead. `charged` is the server's
    view of coins taken, to compare with the client's ledger.
    """

    def __init__(self, router: respx.MockRouter, *, balance: int = 100_000) -> None:
        self.balance = balance
        self.charged = 0
        self.failing: set[str] = set()
        self.jobs: dict[str, int] = {}
        self._ids = iter(range(1, 1_000_000))
        router.get(url__regex=STATUS_URL).mock(side_effect=self._status)
        self._router = router

    def serve(self, info: OperationInfo, *, cost: int | None = None) -> respx.Route:
        """Answer `info`: a charge for per-call operations, a new job for async ones."""
        price = info.coin_cost if cost is None else cost

        def answer(request: httpx.Request) -> httpx.Response:
            if info.is_async:
                job_id = f"job-{next(self._ids)}"
                self.jobs[job_id] = price
                data: dict[str, Any] = {str(info.job_id_field): job_id}
            else:
                self.balance -= price
                self.charged += price
                data = {}
            body = envelope(info, data, coins=price)
            body["usage"]["remaining_balance"] = self.balance
            return httpx.Response(200, json=body)

        return self._router.route(method=info.method, url=f"{BASE_URL}{info.path}").mock(
            side_effect=answer
        )

    def _status(self, request: httpx.Request, task_id: str) -> httpx.Response:
        price = self.jobs.pop(task_id, None)
        if price is None:
            return httpx.Response(404, json=error_body("TASK_NOT_FOUND"))
        data: dict[str, Any] = {"task_id": task_id, "status": "completed", "result": {}}
        if task_id in self.failing:
            data = {"task_id": task_id, "status": "refunded", "error_message": "no luck"}
        else:
            self.balance -= price
            self.charged += price
        body = envelope(data=data, coins=0)
        body["usage"]["remaining_balance"] = self.balance
        return httpx.Response(200, json=body)


# ----------------------------------------------------------------- the ledger alone


async def _charge(
    ledger: UsageLedger,
    operation: str,
    usage: dict[str, Any] | None,
    *,
    job_id: str | None = None,
    estimate: int = 0,
) -> None:
    """One call's life: reserve, then commit what the response reported."""
    reservation = await ledger.reserve(operation, estimate)
    await ledger.commit(reservation, usage, job_id=job_id)


async def test_per_call_coins_are_spent_and_job_coins_held_until_settled() -> None:
    """commit() spends per-call coins; a job's coins stay held until settled or refunded."""
    ledger = UsageLedger()
    await _charge(ledger, "search", {"coin_cost": 5, "remaining_balance": 95})
    await _charge(ledger, "video", {"coin_cost": 100, "remaining_balance": 95}, job_id="j1")
    await _charge(ledger, "video", {"coin_cost": 100, "remaining_balance": 95}, job_id="j2")
    snap = ledger.snapshot()
    assert (snap.calls, snap.coins_spent, snap.coins_held, snap.remaining_balance) == (
        3,
        5,
        200,
        95,
    )
    await ledger.settle("j1")
    await ledger.refund("j2")
    await ledger.settle("j1")  # settling twice changes nothing
    snap = ledger.snapshot()
    assert (snap.coins_spent, snap.coins_held) == (105, 0)
    assert snap.by_operation["video"].calls == 2
    assert snap.by_operation["video"].coins == 100
    assert snap.by_operation["search"].coins == 5


async def test_snapshots_are_frozen_copies() -> None:
    """A snapshot does not change when the ledger does, and cannot be modified."""
    ledger = UsageLedger()
    await _charge(ledger, "search", {"coin_cost": 5})
    snap = ledger.snapshot()
    await _charge(ledger, "search", {"coin_cost": 5})
    assert snap.coins_spent == 5
    assert snap.by_operation["search"].calls == 1
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        snap.coins_spent = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        snap.by_operation["x"] = snap.by_operation["search"]  # type: ignore[index]


async def test_a_call_that_reports_no_cost_counts_its_estimate() -> None:
    """No usage, or a non-numeric or non-finite cost: the call counts at its estimate, never less."""
    ledger = UsageLedger()
    await _charge(ledger, "a", None, estimate=5)
    await _charge(ledger, "b", {"coin_cost": "lots", "remaining_balance": True}, estimate=7)
    await _charge(ledger, "c", {"coin_cost": float("inf")}, estimate=1)
    await _charge(ledger, "free", {"coin_cost": 0}, estimate=5)
    snap = ledger.snapshot()
    assert (snap.calls, snap.coins_spent, snap.remaining_balance) == (4, 13, None)


async def test_low_balance_callback_fires_once_per_crossing() -> None:
    """The callback fires when the balance drops below the threshold, not again until it recovers."""
    seen: list[int] = []
    ledger = UsageLedger(low_balance_threshold=100, on_low_balance=seen.append)
    for balance in (300, 150, 90, 80, 70):
        await _charge(ledger, "a", {"coin_cost": 1, "remaining_balance": balance})
    assert seen == [90]
    for balance in (500, 60):  # a top-up, then another drop: a second crossing
        await _charge(ledger, "a", {"coin_cost": 1, "remaining_balance": balance})
    assert seen == [90, 60]


async def test_a_reservation_is_refused_before_the_budget_is_passed() -> None:
    """reserve() refuses an estimate over what spent + held + uncertain + in flight leave."""
    ledger = UsageLedger(max_coins=100)
    await _charge(ledger, "video", {"coin_cost": 60}, job_id="j1")
    first = await ledger.reserve("search", 30)
    with pytest.raises(BudgetExceededError) as caught:
        await ledger.reserve("search", 20)
    assert (caught.value.estimate, caught.value.remaining, caught.value.budget) == (20, 10, 100)
    await ledger.release(first)
    await ledger.release(await ledger.reserve("search", 40))  # 40 fit again
    with pytest.raises(ValueError, match="max_coins"):
        UsageLedger(max_coins=-1)


async def test_a_committed_call_replaces_its_reservation() -> None:
    """Once a call's response is recorded, its coins count once, not as spent and reserved."""
    ledger = UsageLedger(max_coins=10)
    reservation = await ledger.reserve("search", 5)
    await ledger.commit(reservation, {"coin_cost": 5}, job_id=None)
    await ledger.commit(reservation, {"coin_cost": 5}, job_id=None)  # twice: counted once
    await ledger.release(await ledger.reserve("search", 5))  # 5 spent + 5 more = 10: fits
    assert ledger.snapshot().coins_spent == 5


async def test_an_unknown_outcome_stays_counted_until_resolved() -> None:
    """An uncertain call keeps its estimate in the budget (as coins_uncertain) until resolved."""
    ledger = UsageLedger(max_coins=1000)
    reservation = await ledger.reserve("avatar", 600)
    await ledger.add_uncertain(reservation)  # its attempt may have been processed
    await ledger.release(reservation)  # the call ended: the reservation goes, the doubt stays
    assert ledger.snapshot().coins_uncertain == 600
    with pytest.raises(BudgetExceededError):
        await ledger.reserve("avatar", 600)
    [charge] = ledger.uncertain()
    assert (charge.id, charge.operation_id, charge.coins) == (reservation.id, "avatar", 600)
    await ledger.resolve(charge.id, coins_charged=600)  # it was charged after all
    snap = ledger.snapshot()
    assert (snap.coins_uncertain, snap.coins_spent) == (0, 600)
    with pytest.raises(KeyError):
        await ledger.resolve(charge.id, coins_charged=0)


async def test_each_retried_ambiguous_attempt_adds_its_estimate() -> None:
    """A read retried after maybe being charged counts each such attempt as uncertain."""
    ledger = UsageLedger()
    reservation = await ledger.reserve("search", 5)
    await ledger.add_uncertain(reservation)
    await ledger.add_uncertain(reservation)
    await ledger.commit(reservation, {"coin_cost": 5}, job_id=None)
    snap = ledger.snapshot()
    assert (snap.coins_spent, snap.coins_uncertain) == (5, 10)
    assert len({charge.id for charge in ledger.uncertain()}) == 2


async def test_an_uncertain_submission_resolved_as_a_job_is_held() -> None:
    """resolve_as_job turns uncertain coins into a hold that settles like any job."""
    ledger = UsageLedger()
    reservation = await ledger.reserve("video", 1000)
    await ledger.add_uncertain(reservation)
    await ledger.release(reservation)
    await ledger.resolve_as_job(reservation.id, "job-7")
    assert (ledger.snapshot().coins_uncertain, ledger.snapshot().coins_held) == (0, 1000)
    await ledger.settle("job-7")
    assert ledger.snapshot().coins_spent == 1000


# ----------------------------------------------------------------- through the client


async def test_the_ledger_equals_charged_minus_refunded_after_a_mixed_run(
    router: respx.MockRouter,
) -> None:
    """After per-call calls, completed jobs and refunded jobs, spent equals what the server kept."""
    billing = Billing(router)
    billing.serve(SEARCH)
    billing.serve(JOB)
    billing.serve(VIDEO, cost=650)  # refunded below: what it reported is never spent
    async with client() as trenz:
        for _ in range(3):
            await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        tasks = [await trenz.call(JOB.operation_id, **minimal_arguments(JOB)) for _ in range(3)]
        tasks.append(await trenz.call(VIDEO.operation_id, **minimal_arguments(VIDEO)))
        billing.failing = {tasks[1].id, tasks[3].id}
        results = await trenz.tasks.wait_all(tasks, return_exceptions=True, timeout=5)
        snap = trenz.usage.snapshot()
    assert [isinstance(result, TaskFailedError) for result in results] == [False, True, False, True]
    assert billing.charged == 3 * SEARCH.coin_cost + 2 * JOB.coin_cost
    assert (snap.coins_spent, snap.coins_held) == (billing.charged, 0)
    assert snap.remaining_balance == billing.balance
    assert snap.by_operation[SEARCH.operation_id].coins == 3 * SEARCH.coin_cost
    assert snap.by_operation[JOB.operation_id].coins == 2 * JOB.coin_cost
    assert snap.by_operation[VIDEO.operation_id].coins == 0


async def test_concurrent_scopes_attribute_their_own_calls_and_jobs(
    router: respx.MockRouter,
) -> None:
    """Two scopes running at once in one task group each count only their own calls and coins."""
    billing = Billing(router)
    billing.serve(SEARCH)
    billing.serve(JOB)
    scopes: dict[str, Any] = {}
    async with client() as trenz:

        async def stage(name: str, searches: int, jobs: int) -> None:
            scoped = trenz.with_options(scope=name)
            scopes[name] = scoped.scope
            for _ in range(searches):
                await scoped.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
                await anyio.lowlevel.checkpoint()  # let the other stage interleave
            tasks = [
                await scoped.call(JOB.operation_id, **minimal_arguments(JOB)) for _ in range(jobs)
            ]
            await scoped.tasks.wait_all(tasks, timeout=5)

        async with anyio.create_task_group() as group:
            group.start_soon(stage, "enrich", 4, 1)
            group.start_soon(stage, "analyse", 1, 2)
        total = trenz.usage.snapshot()
    enrich, analyse = scopes["enrich"].snapshot(), scopes["analyse"].snapshot()
    search, job_cost = SEARCH.coin_cost, JOB.coin_cost
    assert (enrich.calls, enrich.coins_spent, enrich.coins_held) == (5, 4 * search + job_cost, 0)
    assert (analyse.calls, analyse.coins_spent, analyse.coins_held) == (
        3,
        search + 2 * job_cost,
        0,
    )
    assert enrich.by_operation[SEARCH.operation_id].calls == 4
    assert total.coins_spent == enrich.coins_spent + analyse.coins_spent


async def test_a_scope_inside_a_scope_counts_in_both_and_the_client_in_neither(
    router: respx.MockRouter,
) -> None:
    """with_options(scope=...) on a scoped copy nests; the unscoped client counts in no scope."""
    Billing(router).serve(SEARCH)
    async with client() as trenz:
        outer = trenz.with_options(scope="pipeline")
        inner = outer.with_options(scope="enrich")
        await inner.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        await outer.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        assert inner.scope is not None
        assert outer.scope is not None
        assert (inner.scope.snapshot().calls, outer.scope.snapshot().calls) == (1, 2)
        assert trenz.usage.snapshot().calls == 3
        assert inner.scope.path == "pipeline/enrich"
        shared = trenz.with_options(scope=inner.scope)  # a scope object is shared as it is
        await shared.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        assert (inner.scope.snapshot().calls, outer.scope.snapshot().calls) == (2, 3)


async def test_low_balance_callback_fires_once_through_the_client(router: respx.MockRouter) -> None:
    """The client's on_low_balance hook fires once when the reported balance crosses the threshold."""
    cost = SEARCH.coin_cost
    billing = Billing(router, balance=6 * cost)
    billing.serve(SEARCH)
    seen: list[int] = []
    async with client(low_balance_threshold=3 * cost, on_low_balance=seen.append) as trenz:
        for _ in range(5):  # balances 5, 4, 3, 2, 1 times the cost: below 3 once
            await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
    assert seen == [2 * cost]


# ----------------------------------------------------------------- budgets


async def test_budget_refuses_before_sending(router: respx.MockRouter) -> None:
    """A call whose estimate passes max_coins raises BudgetExceededError and sends nothing."""
    route = Billing(router).serve(VIDEO)
    estimate = client().estimate(VIDEO.operation_id, **minimal_arguments(VIDEO))
    async with client(max_coins=estimate - 1) as trenz:
        with pytest.raises(BudgetExceededError) as caught:
            await trenz.call(VIDEO.operation_id, **minimal_arguments(VIDEO))
    assert route.call_count == 0
    error = caught.value
    assert (error.operation_id, error.estimate, error.remaining, error.budget) == (
        VIDEO.operation_id,
        estimate,
        estimate - 1,
        estimate - 1,
    )


async def test_budget_counts_the_held_coins_of_jobs(router: respx.MockRouter) -> None:
    """Coins held for unfinished jobs count against max_coins."""
    billing = Billing(router)
    job_route = billing.serve(JOB)
    search_route = billing.serve(SEARCH)
    # Room for the job and two searches, less one coin: the second search does not fit.
    async with client(max_coins=JOB.coin_cost + 2 * SEARCH.coin_cost - 1) as trenz:
        await trenz.call(JOB.operation_id, **minimal_arguments(JOB))
        await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        with pytest.raises(BudgetExceededError) as caught:
            await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        assert caught.value.remaining == SEARCH.coin_cost - 1
        assert trenz.usage.snapshot().coins_held == JOB.coin_cost
        with pytest.raises(BudgetExceededError):
            await trenz.call(JOB.operation_id, **minimal_arguments(JOB))
    assert (job_route.call_count, search_route.call_count) == (1, 1)


async def test_budget_counts_a_job_that_reported_no_cost_at_its_estimate(
    router: respx.MockRouter,
) -> None:
    """A submission reporting coin_cost 0 is still held at its estimate against max_coins."""
    route = Billing(router).serve(JOB, cost=0)
    async with client(max_coins=2 * JOB.coin_cost - 1) as trenz:
        await trenz.call(JOB.operation_id, **minimal_arguments(JOB))
        with pytest.raises(BudgetExceededError):
            await trenz.call(JOB.operation_id, **minimal_arguments(JOB))
    assert route.call_count == 1


async def test_concurrent_calls_cannot_overshoot_the_budget_together(
    router: respx.MockRouter,
) -> None:
    """20 concurrent calls under a budget for 10 of them: exactly 10 are sent."""
    sent = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        await anyio.sleep(0.01)  # every call is in flight while the others check the budget
        return httpx.Response(200, json=envelope(SEARCH))

    router.route(method="GET", url__startswith=f"{BASE_URL}{SEARCH.path}").mock(side_effect=slow)
    refused = 0
    # Twenty identical reads in flight would share one request: these are twenty calls.
    async with client(max_coins=10 * SEARCH.coin_cost, coalesce=False) as trenz:

        async def one() -> None:
            nonlocal refused
            try:
                await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
            except BudgetExceededError:
                refused += 1

        async with anyio.create_task_group() as group:
            for _ in range(20):
                group.start_soon(one)
        assert trenz.usage.snapshot().coins_spent == 10 * SEARCH.coin_cost
    assert (sent, refused) == (10, 10)


async def test_a_failed_call_gives_its_reservation_back(router: respx.MockRouter) -> None:
    """A refused-by-the-server call does not keep its estimate reserved."""
    route = router.route(method="GET", url__startswith=f"{BASE_URL}{SEARCH.path}")
    route.side_effect = [httpx.Response(400, json=error_body("INVALID_PARAM"))] + [
        httpx.Response(200, json=envelope(SEARCH))
    ] * 2
    async with client(max_coins=2 * SEARCH.coin_cost) as trenz:
        with pytest.raises(BadRequestError):
            await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
    assert route.call_count == 3


async def test_a_task_reattached_by_id_adds_no_coins(router: respx.MockRouter) -> None:
    """A task re-attached with tasks.get() settles nothing: its submitter's ledger held its coins."""
    billing = Billing(router)
    billing.jobs["old-job"] = JOB.coin_cost
    async with client() as trenz:
        task = trenz.tasks.get("old-job", JOB.operation_id)
        assert isinstance(task, Task)
        await task.wait(timeout=5)
        snap = trenz.usage.snapshot()
    assert (snap.coins_held, snap.coins_spent) == (0, 0)


# ----------------------------------------------------------------- estimates


def _python(info: OperationInfo, wire_name: str) -> str:
    param = next(param for param in info.params if param.name == wire_name)
    return param.python_name


def _quantities(info: OperationInfo) -> tuple[int, int]:
    """The smallest and largest quantity the priced operation accepts."""
    assert info.pricing is not None
    param = info.param(_python(info, info.pricing.quantity_param))
    default = info.pricing.default_quantity
    if param is None:
        return default, default
    low = int(param.minimum) if param.minimum is not None else default
    high = int(param.maximum) if param.maximum is not None else default
    return low, high


def pricing_cases() -> list[Any]:
    """(operation, arguments, expected estimate): defaults, every tier, the quantity bounds."""
    cases = []
    for info in PRICED:
        pricing = info.pricing
        assert pricing is not None
        tier, quantity = _python(info, pricing.tier_param), _python(info, pricing.quantity_param)
        prices = pricing.unit_price_map
        low, high = _quantities(info)
        default = prices[pricing.default_tier]
        cases.append((info, {}, default * pricing.default_quantity))
        cases.append((info, {quantity: low}, default * low))
        cases.append((info, {quantity: high}, default * high))
        for name, price in sorted(prices.items()):
            cases.append((info, {tier: name}, price * pricing.default_quantity))
            cases.append((info, {tier: name, quantity: high}, price * high))
    return [
        pytest.param(info, params, expected, id=f"{info.accessor}-{params}")
        for info, params, expected in cases
    ]


@pytest.mark.parametrize(("info", "params", "expected"), pricing_cases())
def test_priced_estimates_follow_x_pricing(
    info: OperationInfo, params: dict[str, Any], expected: int
) -> None:
    """Priced operations cost unit_price_map[tier] * quantity, defaults filled in."""
    trenz = client()
    assert trenz.estimate(info.operation_id, **arguments(info, **params)) == expected
    assert trenz.estimate(info.accessor, **arguments(info, **params)) == expected


@pytest.mark.parametrize("info", PRICED, ids=lambda info: info.operation_id)
def test_unpriceable_parameters_fall_back_to_the_spec_figure(info: OperationInfo) -> None:
    """A tier the price map lacks, or a non-numeric quantity, estimates at the fallback cost."""
    pricing = info.pricing
    assert pricing is not None
    tier, quantity = pricing.tier_param, pricing.quantity_param
    known = min(pricing.unit_price_map)
    assert pricing.fallback_coin_cost == info.coin_cost
    assert pricing.estimate({tier: "no-such-tier", quantity: 5}) == info.coin_cost
    assert pricing.estimate({tier: known, quantity: "five"}) == info.coin_cost
    assert pricing.estimate({tier: known, quantity: True}) == info.coin_cost


def test_estimates_of_flat_and_free_operations() -> None:
    """Other operations estimate at x-coin-cost; free ones at 0; bad parameters are refused."""
    trenz = client()
    assert trenz.estimate(SEARCH.accessor, **minimal_arguments(SEARCH)) == SEARCH.coin_cost
    assert trenz.estimate(JOB.operation_id, **minimal_arguments(JOB)) == JOB.coin_cost
    status = task_status()
    assert trenz.estimate(status.operation_id, **minimal_arguments(status)) == 0
    if VIDEO.pricing is not None:
        tier = _python(VIDEO, VIDEO.pricing.tier_param)
        with pytest.raises(InvalidParameterError):
            trenz.estimate(VIDEO.operation_id, **arguments(VIDEO, **{tier: "no-such-tier"}))


async def test_the_budget_uses_the_priced_estimate(router: respx.MockRouter) -> None:
    """The budget check charges a video at its x-pricing estimate, not at its top price."""
    pricing = VIDEO.pricing
    if pricing is None:
        pytest.skip("the bundled spec prices no operation per unit")
    tier, quantity = _python(VIDEO, pricing.tier_param), _python(VIDEO, pricing.quantity_param)
    cheapest = min(pricing.unit_price_map, key=lambda name: pricing.unit_price_map[name])
    first = arguments(VIDEO, **{tier: cheapest})
    second = {**first, quantity: _quantities(VIDEO)[0]}
    estimate = client().estimate
    estimates = estimate(VIDEO.operation_id, **first), estimate(VIDEO.operation_id, **second)
    budget = sum(estimates) - 1  # the first fits, the second does not
    assert budget < VIDEO.coin_cost  # at its top price not even the first would
    route = Billing(router).serve(VIDEO, cost=estimates[0])
    async with client(max_coins=budget) as trenz:
        task = await trenz.call(VIDEO.operation_id, **first)
        assert task.estimated_coins == estimates[0]
        with pytest.raises(BudgetExceededError) as caught:
            await trenz.call(VIDEO.operation_id, **second)
        assert (caught.value.estimate, caught.value.remaining) == (
            estimates[1],
            budget - estimates[0],
        )
    assert route.call_count == 1


async def test_a_price_that_moved_is_counted_and_logged_once(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """A per-call charge above the spec's estimate is counted each time, warned about once."""
    risen = SEARCH.coin_cost * 2 + 3
    Billing(router).serve(SEARCH, cost=risen)
    async with client() as trenz:
        with caplog.at_level(logging.WARNING, logger="trenz_async"):
            for _ in range(3):
                await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        snap = trenz.usage.snapshot()
    assert snap.cost_mismatches == 3
    assert snap.coins_spent == 3 * risen  # the ledger counts what was charged
    [warning] = [r for r in caplog.records if "bundled spec estimates" in r.getMessage()]
    assert str(risen) in warning.getMessage()
    assert str(SEARCH.coin_cost) in warning.getMessage()
    assert "make update-spec" in warning.getMessage()


async def test_a_price_as_estimated_is_no_mismatch(router: respx.MockRouter) -> None:
    """Charges equal to the estimate (and async holds) count no mismatch."""
    Billing(router).serve(SEARCH)
    async with client() as trenz:
        await trenz.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        assert trenz.usage.snapshot().cost_mismatches == 0


def test_estimate_needs_no_client_and_checks_like_a_call() -> None:
    """trenz_async.estimate() prices a call without a client or key, and refuses what a
    call would refuse."""
    arguments = minimal_arguments(VIDEO)
    assert trenz_async.estimate(VIDEO.operation_id, **arguments) == client().estimate(
        VIDEO.operation_id, **arguments
    )
    assert trenz_async.estimate(VIDEO.accessor, **arguments) == trenz_async.estimate(
        VIDEO.operation_id, **arguments
    )
    with pytest.raises(InvalidParameterError):
        trenz_async.estimate(VIDEO.operation_id, no_such_parameter=1, **arguments)
    with pytest.raises(InvalidParameterError):
        trenz_async.estimate("no-such-operation")

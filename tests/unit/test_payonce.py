"""Single-flight: identical reads in flight share one request, one charge, and its outcome."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx
import pytest
import respx

from trenz_async import (
    OPERATIONS,
    BudgetExceededError,
    NotFoundError,
    OperationInfo,
    OperationUsage,
    ReadCache,
    TrenzClient,
    UsageSnapshot,
)

from .helpers import (
    arguments,
    cheap_read,
    envelope,
    error_body,
    job,
    minimal_arguments,
    operations_where,
    paid_write,
    typed,
    url_of,
)
from .helpers import make_client as client

pytestmark = pytest.mark.anyio

SEARCH = cheap_read()
WRITE = paid_write()
JOB = job()
# A read whose answer belongs to one caller (an upload URL): never shared.
PER_CALLER = [
    info
    for info in operations_where(lambda info: info.is_read and not info.is_async)
    if info.tag == "File Upload"
]
DEFAULTED = next(param for param in SEARCH.params if param.has_default and not param.required)
ITEMS = [{"title": "lamp", "extra": {"tags": ["a"]}}]


class Gate:
    """A respx handler holding every request until released, counting them."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []
        self.release = anyio.Event()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        await self.release.wait()
        return self.answer(request)


def search_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=envelope(SEARCH, {"items": ITEMS, "total": 1}))


async def together(*calls: Callable[[], Awaitable[Any]], gate: Gate) -> list[Any]:
    """Run `calls` at once, release the gate once all are in, and return their results."""
    results: list[Any] = [None] * len(calls)

    async def run(index: int, call: Callable[[], Awaitable[Any]]) -> None:
        try:
            results[index] = await call()
        except Exception as exc:  # collected: the test asserts on each outcome
            results[index] = exc

    async with anyio.create_task_group() as group:
        for index, call in enumerate(calls):
            group.start_soon(run, index, call)
        await anyio.wait_all_tasks_blocked()
        gate.release.set()
    return results


def search(sdk: TrenzClient, **overrides: Any) -> Callable[[], Awaitable[Any]]:
    return lambda: typed(sdk, SEARCH)(**arguments(SEARCH, **overrides))


async def test_identical_concurrent_reads_share_one_request_and_one_charge(
    router: respx.MockRouter,
) -> None:
    """Ten identical reads in flight at once: one request, one charge, nine coalesced."""
    gate = Gate(search_answer)
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    async with client() as sdk:
        results = await together(*[search(sdk)] * 10, gate=gate)
        snap = sdk.usage.snapshot()
    assert len(gate.requests) == 1
    assert all(result.data.to_dict() == results[0].data.to_dict() for result in results)
    assert (snap.calls, snap.coins_spent) == (1, SEARCH.coin_cost)
    assert (snap.calls_coalesced, snap.cache_hits) == (9, 0)
    assert snap.coins_saved == 9 * SEARCH.coin_cost
    usage = snap.by_operation[SEARCH.operation_id]
    assert (usage.calls_coalesced, usage.coins_saved) == (9, 9 * SEARCH.coin_cost)


async def test_canonical_parameters_spec_defaults_and_order_do_not_split_a_flight(
    router: respx.MockRouter,
) -> None:
    """A spec default given or left out, and keyword order, make the same request."""
    gate = Gate(search_answer)
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    required = minimal_arguments(SEARCH)
    reordered = dict(reversed([*required.items(), (DEFAULTED.python_name, DEFAULTED.default)]))
    async with client() as sdk:
        method = typed(sdk, SEARCH)
        await together(
            lambda: method(**required),
            lambda: method(**reordered),
            lambda: sdk.call(
                SEARCH.operation_id, **{**required, DEFAULTED.name: DEFAULTED.default}
            ),
            gate=gate,
        )
        assert sdk.usage.snapshot().calls_coalesced == 2
    assert len(gate.requests) == 1


async def test_different_parameters_or_extras_are_different_requests(
    router: respx.MockRouter,
) -> None:
    """Another value, another extra: each its own request; identical extras share."""
    gate = Gate(search_answer)
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    other = 2 if isinstance(DEFAULTED.default, int) else "other:asc"
    async with client() as sdk:
        method = typed(sdk, SEARCH)
        args = minimal_arguments(SEARCH)
        await together(
            lambda: method(**args),
            lambda: method(**args, **{DEFAULTED.python_name: other}),
            lambda: method(**args, extra_query={"region": "eu"}),
            lambda: method(**args, extra_query={"region": "eu"}),
            lambda: method(**args, extra_headers={"X-Trace": "1"}),
            lambda: method(**args, extra_headers={"x-trace": "1"}),  # names are case-blind
            gate=gate,
        )
        assert sdk.usage.snapshot().calls_coalesced == 2
    assert len(gate.requests) == 4


async def test_timeout_and_max_retries_do_not_split_a_flight(router: respx.MockRouter) -> None:
    """Per-request timeout and retries change how long one waits, not the answer: shared."""
    gate = Gate(search_answer)
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    async with client() as sdk:
        await together(search(sdk), search(sdk, timeout=5.0, max_retries=2), gate=gate)
    assert len(gate.requests) == 1


async def test_raw_calls_coalesce_only_with_raw_calls(router: respx.MockRouter) -> None:
    """`with_raw_response` shares with identical raw calls only; each parses its own model."""
    gate = Gate(search_answer)
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    async with client() as sdk:
        raw = getattr(getattr(sdk, SEARCH.resource).with_raw_response, SEARCH.method_name)
        args = minimal_arguments(SEARCH)
        first, second, parsed = await together(
            lambda: raw(**args), lambda: raw(**args), search(sdk), gate=gate
        )
    assert len(gate.requests) == 2  # one raw, one parsed
    assert first.status_code == second.status_code == 200
    assert first.parse() is not second.parse()
    assert first.parse().data.to_dict() == second.parse().data.to_dict() == parsed.data.to_dict()


@pytest.mark.parametrize("info", [WRITE, JOB, *PER_CALLER], ids=lambda info: info.operation_id)
async def test_writes_jobs_and_per_caller_reads_are_never_coalesced(
    router: respx.MockRouter, info: OperationInfo
) -> None:
    """Two identical writes, job submissions or upload URLs in flight: two requests."""
    gate = Gate(lambda request: httpx.Response(200, json=envelope(info)))
    router.route(method=info.method, url__startswith=url_of(info)).mock(side_effect=gate)
    async with client() as sdk:
        method = typed(sdk, info)
        args = minimal_arguments(info)
        await together(lambda: method(**args), lambda: method(**args), gate=gate)
        assert sdk.usage.snapshot().calls_coalesced == 0
    assert len(gate.requests) == 2


async def test_coalesce_false_sends_every_call(router: respx.MockRouter) -> None:
    """`TrenzClient(coalesce=False)` and `with_options(coalesce=False)` send each call."""
    gate = Gate(search_answer)
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    async with client(coalesce=False) as sdk, client() as other:
        alone = other.with_options(coalesce=False)
        await together(search(sdk), search(sdk), search(alone), search(alone), gate=gate)
    assert len(gate.requests) == 4


async def test_cancelling_the_leader_hands_the_request_to_a_follower(
    router: respx.MockRouter,
) -> None:
    """The leader cancelled mid-request: the followers still get an answer (one leads)."""
    seen: list[httpx.Request] = []
    answer_now = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            await anyio.sleep_forever()  # the leader's request: cancelled with it
        await answer_now.wait()
        return search_answer(request)

    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=handler)
    results: list[Any] = []
    async with client() as sdk:
        leader = anyio.CancelScope()

        async def lead() -> None:
            with leader:
                await search(sdk)()

        async def follow() -> None:
            results.append(await search(sdk)())

        async with anyio.create_task_group() as group:
            group.start_soon(lead)
            await anyio.wait_all_tasks_blocked()  # the leader's request is on the wire
            for _ in range(3):
                group.start_soon(follow)
            await anyio.wait_all_tasks_blocked()  # the followers wait on its flight
            leader.cancel()
            await anyio.wait_all_tasks_blocked()  # a follower's request is on the wire
            answer_now.set()
        snap = sdk.usage.snapshot()
    assert leader.cancelled_caught
    assert len(results) == 3
    assert all(result.data.to_dict() == results[0].data.to_dict() for result in results)
    assert len(seen) == 2  # the cancelled leader's, then the one follower's that took over
    assert snap.calls_coalesced == 2


async def test_an_error_reaches_every_waiter_and_is_not_kept(router: respx.MockRouter) -> None:
    """The leader's error is every follower's; the next call asks again."""
    gate = Gate(lambda request: httpx.Response(404, json=error_body("NOT_FOUND")))
    route = router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    async with client(cache=ReadCache()) as sdk:
        results = await together(*[search(sdk)] * 4, gate=gate)
        assert all(isinstance(result, NotFoundError) for result in results)
        assert sdk.usage.snapshot().calls_coalesced == 0  # nothing was saved
        route.mock(side_effect=search_answer)
        await search(sdk)()
    assert route.call_count == 2


async def test_callers_get_independent_results(router: respx.MockRouter) -> None:
    """Mutating one caller's result changes no other caller's, nor the cache's."""
    gate = Gate(search_answer)
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    async with client(cache=ReadCache()) as sdk:
        first, second, third = await together(*[search(sdk)] * 3, gate=gate)
        for result in (first, second):
            item = result.data.items[0]
            item.additional_properties["extra"]["tags"].append("mutated")
            result.data.items.append(item)
        fourth = await search(sdk)()  # from the cache
    expected = {"items": ITEMS, "total": 1}
    assert third.data.to_dict() == expected
    assert fourth.data.to_dict() == expected
    assert len(first.data.items) == len(second.data.items) == 2


async def test_a_shared_call_counts_once_against_the_budget(router: respx.MockRouter) -> None:
    """A budget with room for one call: all identical callers in flight get its answer."""
    gate = Gate(search_answer)
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    async with client(max_coins=SEARCH.coin_cost) as sdk:
        results = await together(*[search(sdk)] * 5, gate=gate)
        assert not any(isinstance(result, Exception) for result in results)
        with pytest.raises(BudgetExceededError):
            await search(sdk)()  # a new call, once the flight landed: over budget
        assert sdk.usage.snapshot().coins_spent == SEARCH.coin_cost


async def test_followers_count_in_their_own_scope(router: respx.MockRouter) -> None:
    """A follower's saving counts in the scope of the copy that made it."""
    gate = Gate(search_answer)
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=gate)
    async with client() as sdk:
        stage = sdk.with_options(scope="stage")
        await together(search(sdk), search(stage), gate=gate)
        assert stage.scope is not None
        stage_snap = stage.scope.snapshot()
    assert stage_snap.calls + stage_snap.calls_coalesced == 1
    assert sdk.usage.snapshot().calls_coalesced == 1


async def test_a_call_after_the_flight_landed_is_sent_again(router: respx.MockRouter) -> None:
    """Without a cache, coalescing spans only the flight: a later identical call is sent."""
    route = router.get(url__startswith=url_of(SEARCH)).mock(side_effect=search_answer)
    async with client() as sdk:
        await search(sdk)()
        await search(sdk)()
    assert route.call_count == 2


def test_a_snapshot_keeps_what_was_saved_through_json() -> None:
    """`to_json()` / `from_dict()` keep the savings, and an older file reads them as 0."""
    snapshot = UsageSnapshot(
        calls=1,
        coins_spent=5,
        coins_held=0,
        remaining_balance=None,
        by_operation={SEARCH.operation_id: OperationUsage(1, 5, 9, 2, 55)},
        calls_coalesced=9,
        cache_hits=2,
        coins_saved=55,
    )
    data = json.loads(snapshot.to_json())
    assert UsageSnapshot.from_dict(data) == snapshot
    for counts in (data, *data["by_operation"].values()):
        for field in ("calls_coalesced", "cache_hits", "coins_saved"):
            del counts[field]
    older = UsageSnapshot.from_dict(data)
    assert (older.coins_saved, older.by_operation[SEARCH.operation_id].cache_hits) == (0, 0)


def test_the_registry_has_reads_to_share() -> None:
    """The bundled spec has shareable reads and operations that are never shared."""
    assert SEARCH.operation_id in OPERATIONS
    assert not WRITE.is_read
    assert JOB.is_async

"""What a pager may spend: repeats in any order, totals, page and coin limits, memory.

Each server here never ends a listing on its own; the iteration must stop it. Every
server is also capped (a 500 from its 11th request, or a fixed page count) so that a
pager that would loop forever fails the test instead of hanging it.
"""

from __future__ import annotations

import logging
import math
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

import trenz_async
from trenz_async import (
    BudgetExceededError,
    InvalidParameterError,
    OperationInfo,
    PaginationLimitError,
    PaginationStyle,
    TrenzError,
)
from trenz_async._call.paging import DEFAULT_MAX_COINS, _digest

from .helpers import envelope, typed
from .helpers import make_client as client
from .pagers import (
    ONE_PER_STYLE,
    PAGINATED,
    SIZE,
    Lister,
    arguments,
    bounded,
    ids,
    paging,
    serve,
    set_path,
)

pytestmark = pytest.mark.anyio

STYLES = [op.pagination.style.value for op in ONE_PER_STYLE if op.pagination]
ROTATED = 20  # the items a rotating server keeps sending
DEAREST = max(PAGINATED, key=lambda op: (op.coin_cost, op.operation_id))
CURSOR = next(
    (op for op in ONE_PER_STYLE if paging(op).style is PaginationStyle.CURSOR), ONE_PER_STYLE[0]
)


def page_data(info: OperationInfo, items: list[Any], *, page: int, total: int | None) -> Any:
    """A page of `items` that says more follow: a fresh token, has_more, and `total`."""
    pagination = paging(info)
    data: dict[str, Any] = {pagination.items_field: items}
    if pagination.next_field:
        data[pagination.next_field] = f"next-{page}"
    if pagination.has_more_field:
        data[pagination.has_more_field] = True
    if pagination.total_field and total is not None:
        set_path(data, pagination.total_field, total)
    return data


def endless(
    info: OperationInfo,
    items_for: Callable[[int], list[Any]],
    *,
    total: int | None = None,
) -> Callable[[httpx.Request], httpx.Response]:
    """A server whose page n (from 0) holds `items_for(n)` and always says more follow."""
    served = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal served
        data = page_data(info, items_for(served), page=served, total=total)
        served += 1
        return httpx.Response(200, json=envelope(info, data))

    return answer


def fresh_items(count: int) -> Callable[[int], list[Any]]:
    """Page n holds `count` items never sent before."""
    return lambda page: [{"id": f"p{page}-{index}"} for index in range(count)]


def warnings_from(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "trenz_async" and record.levelno == logging.WARNING
    ]


# ----------------------------------------------------------------- repeats, in any order


@pytest.mark.parametrize("info", ONE_PER_STYLE, ids=STYLES)
async def test_the_same_items_rotated_end_the_iteration_with_a_warning(
    router: respx.MockRouter, info: OperationInfo, caplog: pytest.LogCaptureFixture
) -> None:
    """A server sending the same 20 items, rotated by one on each page with a fresh token,
    is asked twice: the second page adds no new item, whatever its order."""
    rotating = [{"id": f"item-{index}"} for index in range(ROTATED)]

    def rotated(page: int) -> list[Any]:
        return rotating[page % ROTATED :] + rotating[: page % ROTATED]

    route = serve(router, info, bounded(endless(info, rotated, total=1_000_000)))
    async with client() as trenz:
        items = [item async for item in trenz.paginate(info.operation_id, **arguments(info))]
    assert ids(items) == [item["id"] for item in rotating]
    assert route.call_count == 2
    [warning] = warnings_from(caplog)
    assert info.operation_id in warning
    assert "stopping after 2 pages" in warning


async def test_a_page_adding_one_new_item_is_new(router: respx.MockRouter) -> None:
    """A page is new when it adds at least one unseen item; the first page adding none ends it."""
    info = ONE_PER_STYLE[0]
    old = [{"id": f"old-{index}"} for index in range(SIZE)]
    pages = [old, [*old[1:], {"id": "new"}], list(reversed(old))]
    route = serve(router, info, bounded(endless(info, lambda page: pages[min(page, 2)])))
    async with client() as trenz:
        envelopes = [page async for page in trenz.pages(info.operation_id, **arguments(info))]
    assert len(envelopes) == 2
    assert route.call_count == 3


async def test_equal_items_with_their_keys_in_another_order_are_repeats(
    router: respx.MockRouter,
) -> None:
    """Items are compared by a canonical encoding: key order is not a difference."""
    info = ONE_PER_STYLE[0]
    first = [{"id": "a", "rank": 1}, {"id": "b", "rank": 2}]
    again = [{"rank": 2, "id": "b"}, {"rank": 1, "id": "a"}]
    route = serve(router, info, bounded(endless(info, lambda page: again if page else first)))
    async with client() as trenz:
        items = [item async for item in trenz.paginate(info.operation_id, **arguments(info))]
    assert ids(items) == ["a", "b"]
    assert route.call_count == 2


# ----------------------------------------------------------------- memory


def _peak_while_paging(pages: int, cursor_bytes: int) -> Callable[[], Any]:
    """An async check: the traced peak while paging `pages` huge, ever-new cursors."""
    info = CURSOR
    pagination = paging(info)

    served = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal served
        served += 1
        data = {
            pagination.items_field: [{"id": f"item-{served}"}],
            pagination.next_field: f"{served:012d}" + "x" * cursor_bytes,
        }
        if pagination.has_more_field:
            data[pagination.has_more_field] = True
        return httpx.Response(200, json=envelope(info, data))

    async def measure() -> int:
        # No respx here: it keeps every request, and each one carries a 1 MiB cursor.
        async with client(transport=httpx.MockTransport(answer)) as trenz:
            pager = trenz.paginate(info.operation_id, max_items=pages, **arguments(info))
            tracemalloc.start()
            try:
                count = 0
                async for _ in pager:
                    count += 1
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
        assert count == pages
        return peak

    return measure


async def test_huge_ever_new_cursors_cost_memory_per_page_not_per_iteration() -> None:
    """1 MiB cursors: 40 pages peak no higher than 10 pages do (plus slack), far below
    what keeping 40 cursors would take: an iteration keeps digests of past positions, and
    each page's response is freed once read, not at the next garbage collection."""
    mib = 1 << 20
    if paging(CURSOR).style not in (PaginationStyle.CURSOR, PaginationStyle.PAGE_TOKEN):
        pytest.skip("the bundled spec has no cursor-paged list")
    short = await _peak_while_paging(10, mib)()
    long = await _peak_while_paging(40, mib)()
    assert long < short + 2 * mib, (short, long)
    assert long < 16 * mib, long  # a few copies of one page; keeping 40 cursors takes 40 MiB


# ----------------------------------------------------------------- totals


@pytest.mark.parametrize("info", ONE_PER_STYLE, ids=STYLES)
async def test_a_reported_total_bounds_the_pages(
    router: respx.MockRouter, info: OperationInfo, caplog: pytest.LogCaptureFixture
) -> None:
    """A total of 2 pages' worth, then pages of one new item each, forever: the pager asks
    for the 2 pages the total implies, plus one, and says why it stopped."""
    if paging(info).total_field is None:
        pytest.skip(f"{info.operation_id} reports no total")

    def shrinking(page: int) -> list[Any]:
        return fresh_items(SIZE if page == 0 else 1)(page)

    route = serve(router, info, bounded(endless(info, shrinking, total=2 * SIZE)))
    async with client() as trenz:
        items = [item async for item in trenz.paginate(info.operation_id, **arguments(info))]
    assert route.call_count == 3
    assert len(items) == SIZE + 2
    [warning] = warnings_from(caplog)
    assert "stopping after 3 pages" in warning


async def test_a_total_reached_ends_without_the_extra_page(router: respx.MockRouter) -> None:
    """The extra page is a ceiling, not a habit: a listing that reaches its total ends there."""
    info = ONE_PER_STYLE[0]
    route = serve(router, info, Lister(info, count=2 * SIZE))
    async with client() as trenz:
        items = [item async for item in trenz.paginate(info.operation_id, **arguments(info))]
    assert len(items) == 2 * SIZE
    assert route.call_count == 2


# ----------------------------------------------------------------- coins


async def test_an_unbounded_iteration_stops_at_the_default_coin_limit(
    router: respx.MockRouter,
) -> None:
    """`async for` over the dearest list, given no limit, fetches the pages that fit in
    DEFAULT_MAX_COINS and then raises PaginationLimitError with what it spent."""
    info = DEAREST
    pages = DEFAULT_MAX_COINS // info.coin_cost
    assert 1 <= pages < 10, "the endless server below answers 10 pages"
    route = serve(router, info, bounded(endless(info, fresh_items(SIZE))))
    seen: list[Any] = []

    async def every_item(trenz: Any) -> None:
        async for item in typed(trenz, info)(**arguments(info)):
            seen.append(item)

    async with client() as trenz:
        with pytest.raises(PaginationLimitError) as raised:
            await every_item(trenz)
    error = raised.value
    assert route.call_count == pages
    assert len(seen) == pages * SIZE  # every item paid for was yielded first
    assert (error.pages_fetched, error.coins_spent) == (pages, pages * info.coin_cost)
    assert (error.limit, error.default_limit, error.estimate) == (
        DEFAULT_MAX_COINS,
        True,
        info.coin_cost,
    )
    assert isinstance(error, BudgetExceededError | TrenzError)
    assert trenz_async.PaginationLimitError is PaginationLimitError
    assert f"after {pages} pages and {pages * info.coin_cost} coins" in str(error)
    assert "max_coins=None" in str(error)


@pytest.mark.parametrize("how", ["paginate", "pages", "pager"])
async def test_max_coins_sets_the_limit_and_none_lifts_it(
    router: respx.MockRouter, how: str
) -> None:
    """An explicit max_coins is the iteration's limit; max_coins=None has none."""
    info = DEAREST
    cost = info.coin_cost

    def iterate(trenz: Any, **limits: Any) -> Any:
        if how == "paginate":
            return trenz.paginate(info.operation_id, **limits, **arguments(info))
        if how == "pages":
            return trenz.pages(info.operation_id, **limits, **arguments(info))
        return typed(trenz, info)(**arguments(info)).items(**limits)

    async def count(trenz: Any, **limits: Any) -> int:
        return len([seen async for seen in iterate(trenz, **limits)])

    route = serve(router, info, Lister(info, count=6 * SIZE))  # 6 pages, then it ends
    async with client() as trenz:
        with pytest.raises(PaginationLimitError) as raised:
            await count(trenz, max_coins=2 * cost + cost - 1)
        assert (raised.value.pages_fetched, raised.value.default_limit) == (2, False)
        assert route.call_count == 2
        unlimited = await count(trenz, max_coins=None)
    assert unlimited == (6 if how == "pages" else 6 * SIZE)
    assert route.call_count == 2 + 6


async def test_max_items_or_max_pages_replace_the_default_coin_limit(
    router: respx.MockRouter,
) -> None:
    """A caller who bounded the iteration by items or pages spends past the default limit."""
    info = DEAREST
    pages = DEFAULT_MAX_COINS // info.coin_cost + 1
    assert pages < 10
    serve(router, info, bounded(endless(info, fresh_items(SIZE))))
    async with client() as trenz:
        by_items = trenz.paginate(info.operation_id, max_items=pages * SIZE, **arguments(info))
        assert len([item async for item in by_items]) == pages * SIZE
        by_pages = trenz.pages(info.operation_id, max_pages=pages, **arguments(info))
        assert len([page async for page in by_pages]) == pages


async def test_a_page_is_counted_at_the_cost_the_server_reported_when_higher(
    router: respx.MockRouter,
) -> None:
    """A price rise the spec does not know yet counts: the server's reported cost wins."""
    info = ONE_PER_STYLE[0]
    charged = info.coin_cost * 10

    def dearer(request: httpx.Request) -> httpx.Response:
        answer = endless(info, fresh_items(SIZE))(request)
        body = answer.json()
        body["usage"]["coin_cost"] = charged
        return httpx.Response(200, json=body)

    route = serve(router, info, bounded(dearer))
    async with client() as trenz:
        pages = trenz.pages(info.operation_id, **arguments(info), max_coins=charged)
        await anext(pages)  # within the limit by the estimate, and charged the whole limit
        with pytest.raises(PaginationLimitError) as raised:
            await anext(pages)
    assert route.call_count == 1
    assert raised.value.coins_spent == charged


# ----------------------------------------------------------------- max_pages


@pytest.mark.parametrize("info", ONE_PER_STYLE, ids=STYLES)
async def test_max_pages_stops_after_that_many_pages(
    router: respx.MockRouter, info: OperationInfo, caplog: pytest.LogCaptureFixture
) -> None:
    """max_pages=2 fetches two pages, on paginate(), pages() and a pager, without a warning."""
    route = serve(router, info, Lister(info))
    async with client() as trenz:
        items = [
            item async for item in trenz.paginate(info.operation_id, max_pages=2, **arguments(info))
        ]
        envelopes = [
            page async for page in trenz.pages(info.operation_id, max_pages=2, **arguments(info))
        ]
        pager = typed(trenz, info)(**arguments(info))
        from_pager = [item async for item in pager.items(max_pages=2)]
        pages_from_pager = [page async for page in pager.pages(max_pages=2)]
    assert ids(items) == ids(from_pager) == [f"item-{index}" for index in range(2 * SIZE)]
    assert len(envelopes) == len(pages_from_pager) == 2
    assert route.call_count == 8
    assert warnings_from(caplog) == []


# ----------------------------------------------------------------- validation

BAD_COUNTS = [0, -1, True, 2.0, math.nan, math.inf, "3"]


@pytest.mark.parametrize("name", ["max_items", "max_pages"])
@pytest.mark.parametrize("value", BAD_COUNTS, ids=repr)
async def test_bad_item_and_page_limits_are_refused_at_once(
    router: respx.MockRouter, name: str, value: Any
) -> None:
    """max_items and max_pages are ints >= 1 or None: anything else raises at the call,
    before a request, from paginate(), pages() and a pager."""
    info = ONE_PER_STYLE[0]
    route = serve(router, info, Lister(info))
    async with client() as trenz:
        with pytest.raises(InvalidParameterError, match=f"{name} must be an int >= 1") as raised:
            trenz.paginate(info.operation_id, **{name: value}, **arguments(info))
        assert raised.value.parameter == name
        with pytest.raises(InvalidParameterError, match=name):
            typed(trenz, info)(**arguments(info)).items(**{name: value})
        if name == "max_pages":
            with pytest.raises(InvalidParameterError, match=name):
                trenz.pages(info.operation_id, max_pages=value, **arguments(info))
            with pytest.raises(InvalidParameterError, match=name):
                typed(trenz, info)(**arguments(info)).pages(max_pages=value)
    assert route.call_count == 0


@pytest.mark.parametrize("value", [-1, True, 2.5, math.nan, math.inf, "100"], ids=repr)
async def test_bad_coin_limits_are_refused_at_once(router: respx.MockRouter, value: Any) -> None:
    """max_coins is an int >= 0 or None."""
    info = ONE_PER_STYLE[0]
    route = serve(router, info, Lister(info))
    async with client() as trenz:
        with pytest.raises(InvalidParameterError, match="max_coins must be an int >= 0"):
            trenz.paginate(info.operation_id, max_coins=value, **arguments(info))
        with pytest.raises(InvalidParameterError, match="max_coins"):
            trenz.pages(info.operation_id, max_coins=value, **arguments(info))
    assert route.call_count == 0


def test_digests_are_canonical_fixed_size_and_survive_any_depth() -> None:
    """Equal values digest alike whatever their key order, lone surrogates included; a
    value too deep to encode gets a digest of its own instead of an error."""
    assert _digest({"a": 1, "b": [1, "\ud800"]}) == _digest({"b": [1, "\ud800"], "a": 1})
    assert _digest({"a": 1}) != _digest({"a": 2})
    assert len(_digest("x" * (1 << 20))) == 16
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    first, second = _digest(deep), _digest(deep)
    assert len(first) == 16
    assert first != second  # never taken for a repeat

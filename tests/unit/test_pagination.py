"""`client.paginate()` / `client.pages()` over the five pagination styles of the registry."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from trenz_async import InvalidParameterError, OperationInfo, PaginationStyle

from .helpers import envelope, minimal_arguments
from .helpers import make_client as client
from .pagers import (
    ITEMS,
    ONE_PER_STYLE,
    PAGINATED,
    SINGLE,
    SIZE,
    Lister,
    arguments,
    bounded,
    ids,
    numbered_pages,
    paging,
    serve,
    set_path,
)

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("info", PAGINATED, ids=[op.operation_id for op in PAGINATED])
async def test_paginate_yields_every_item_once_and_stops(
    router: respx.MockRouter, info: OperationInfo
) -> None:
    """Every paginated operation yields all 23 items once, in order, in ceil(23/5) requests."""
    lister = Lister(info)
    route = serve(router, info, lister)
    async with client() as trenz:
        # No coin limit: five pages of the dearest list operations pass the default one.
        pager = trenz.paginate(info.operation_id, max_coins=None, **arguments(info))
        items = [item async for item in pager]
    assert ids(items) == [f"item-{index}" for index in range(ITEMS)]
    assert route.call_count == 5


@pytest.mark.parametrize(
    "info", ONE_PER_STYLE, ids=[op.pagination.style.value for op in ONE_PER_STYLE if op.pagination]
)
async def test_without_a_total_an_empty_page_ends_the_list(
    router: respx.MockRouter, info: OperationInfo
) -> None:
    """With no total (or no token/has_more to go on), the first empty page ends the iteration."""
    lister = Lister(info, count=10, report_total=False)
    route = serve(router, info, lister)
    async with client() as trenz:
        items = [item async for item in trenz.paginate(info.accessor, **arguments(info))]
    assert ids(items) == [f"item-{index}" for index in range(10)]
    cursor_like = paging(info).style in (PaginationStyle.CURSOR, PaginationStyle.PAGE_TOKEN)
    assert route.call_count == (2 if cursor_like else 3)


@pytest.mark.parametrize(
    "info", ONE_PER_STYLE, ids=[op.pagination.style.value for op in ONE_PER_STYLE if op.pagination]
)
async def test_max_items_stops_early(router: respx.MockRouter, info: OperationInfo) -> None:
    """max_items=7 yields 7 items and asks for no page past the one holding the 7th."""
    route = serve(router, info, Lister(info))
    async with client() as trenz:
        items = [
            item async for item in trenz.paginate(info.operation_id, max_items=7, **arguments(info))
        ]
    assert ids(items) == [f"item-{index}" for index in range(7)]
    assert route.call_count == 2


@pytest.mark.parametrize(
    "info", ONE_PER_STYLE, ids=[op.pagination.style.value for op in ONE_PER_STYLE if op.pagination]
)
async def test_pages_yields_the_envelopes(router: respx.MockRouter, info: OperationInfo) -> None:
    """pages() yields one typed envelope per page, with its request id and usage."""
    serve(router, info, Lister(info))
    async with client() as trenz:
        pages = [page async for page in trenz.pages(info.operation_id, **arguments(info))]
    assert len(pages) == 5
    assert all(page.request_id == "req_1" for page in pages)
    assert sum(len(getattr(page.data, paging(info).items_field)) for page in pages) == ITEMS


@pytest.mark.parametrize(
    "info", ONE_PER_STYLE, ids=[op.pagination.style.value for op in ONE_PER_STYLE if op.pagination]
)
async def test_a_server_repeating_the_same_page_forever_is_not_followed(
    router: respx.MockRouter, info: OperationInfo
) -> None:
    """A server answering the same page (and token) to every request ends after two requests."""
    pagination = paging(info)
    data: dict[str, Any] = {pagination.items_field: [{"id": "same"}]}
    if pagination.next_field:
        data[pagination.next_field] = "c5"
    if pagination.has_more_field:
        data[pagination.has_more_field] = True
    if pagination.total_field:
        set_path(data, pagination.total_field, 1_000_000)
    route = serve(
        router, info, bounded(lambda request: httpx.Response(200, json=envelope(info, data)))
    )
    async with client() as trenz:
        items = [item async for item in trenz.paginate(info.operation_id, **arguments(info))]
    assert ids(items) == ["same"]
    assert route.call_count == 2


async def test_a_server_repeating_a_token_with_new_items_is_not_followed(
    router: respx.MockRouter,
) -> None:
    """A cursor server that keeps sending the token it was just given ends the iteration."""
    info = next(op for op in ONE_PER_STYLE if paging(op).style is PaginationStyle.CURSOR)
    pagination = paging(info)
    counter = iter(range(1_000))

    def stuck(request: httpx.Request) -> httpx.Response:
        data = {
            pagination.items_field: [{"id": f"new-{next(counter)}"}],
            pagination.next_field: "again",
        }
        return httpx.Response(200, json=envelope(info, data))

    route = serve(router, info, bounded(stuck))
    async with client() as trenz:
        items = [item async for item in trenz.paginate(info.operation_id, **arguments(info))]
    assert ids(items) == ["new-0", "new-1"]
    assert route.call_count == 2


async def test_paginate_starts_where_the_caller_says(router: respx.MockRouter) -> None:
    """An explicit page parameter is the first page asked for."""
    info = numbered_pages()
    page = paging(info).position_param
    lister = Lister(info)
    serve(router, info, lister)
    async with client() as trenz:
        pager = trenz.paginate(info.accessor, **{page: 4}, **arguments(info))
        items = [item async for item in pager]
    assert ids(items) == [f"item-{index}" for index in range(3 * SIZE, ITEMS)]
    assert [request[page] for request in lister.requests] == ["4", "5"]


async def test_a_short_server_page_size_still_reaches_the_total(router: respx.MockRouter) -> None:
    """When the server sends fewer items than asked for, paging goes on until the total."""
    info = numbered_pages()
    size = paging(info).size_param
    assert size is not None
    lister = Lister(info, largest_page=SIZE)
    serve(router, info, lister)
    async with client() as trenz:
        pager = trenz.paginate(info.operation_id, **{**minimal_arguments(info), size: 2 * SIZE})
        items = [item async for item in pager]
    assert ids(items) == [f"item-{index}" for index in range(ITEMS)]
    # The server capped pages at SIZE, not the 2 * SIZE asked for.
    assert len(lister.requests) == -(-ITEMS // SIZE)


async def test_paginate_on_a_non_paginated_operation_raises_at_once() -> None:
    """paginate() and pages() on an operation that does not page raise InvalidParameterError, sending nothing."""
    with respx.mock() as router:
        async with client() as trenz:
            with pytest.raises(InvalidParameterError, match="does not paginate"):
                trenz.paginate(SINGLE.operation_id, **minimal_arguments(SINGLE))
            with pytest.raises(InvalidParameterError, match="does not paginate"):
                trenz.pages(SINGLE.operation_id, **minimal_arguments(SINGLE))
        assert not router.calls

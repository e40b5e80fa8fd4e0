"""Every list operation, in each of the five pagination styles, pages through and ends."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from trenz_async._operation_info import OperationInfo, PaginationStyle
from trenz_async._operations import OPERATIONS

from .helpers import call, minimal_args

pytestmark = pytest.mark.anyio

LISTS = sorted(
    (info for info in OPERATIONS.values() if info.pagination is not None),
    key=lambda info: info.operation_id,
)
PAGE_STYLES = (PaginationStyle.PAGE_SIZE, PaginationStyle.PAGE_LIMIT)
MAX_PAGES = 50


def dig(data: dict[str, Any], dotted: str) -> Any:
    """The value at a dotted path under `data`."""
    node: Any = data
    for key in dotted.split("."):
        node = node[key]
    return node


async def page_through(
    client: httpx.AsyncClient, info: OperationInfo, size: int
) -> tuple[list[Any], int | None]:
    """All items of one query, following the operation's style; and the reported total."""
    paging = info.pagination
    assert paging is not None
    assert paging.size_param is not None
    args = {**minimal_args(info), paging.size_param: size}
    items: list[Any] = []
    total = None
    position: Any = 1 if paging.style in PAGE_STYLES else 0
    for _ in range(MAX_PAGES):
        if paging.style is PaginationStyle.OFFSET_LIMIT or paging.style in PAGE_STYLES:
            args[paging.position_param] = position
        response = await call(client, info.operation_id, **args)
        assert response.status_code == 200, response.text
        data = response.json()["data"]
        chunk = data[paging.items_field]
        assert len(chunk) <= size
        if paging.total_field is not None:
            total = dig(data, paging.total_field)
        if paging.style in PAGE_STYLES:
            if not chunk:
                break
            position += 1
        elif paging.style is PaginationStyle.OFFSET_LIMIT:
            if not chunk:
                break
            position += len(chunk)
        else:
            assert paging.next_field is not None
            token = data[paging.next_field]
            if paging.has_more_field is not None:
                assert data[paging.has_more_field] is bool(token)
            items.extend(chunk)
            if not token:
                return items, total
            args[paging.position_param] = token
            continue
        items.extend(chunk)
    else:
        pytest.fail(f"{info.operation_id} did not end within {MAX_PAGES} pages")
    return items, total


@pytest.mark.parametrize("info", LISTS, ids=lambda info: info.operation_id)
async def test_list_pages_through_every_item_once_and_ends(
    client: httpx.AsyncClient, info: OperationInfo
) -> None:
    """Paging visits each item exactly once, agrees with the total, then ends."""
    items, total = await page_through(client, info, size=7)
    assert len(items) > 7  # more than one page
    assert total is None or total == len(items)
    keys = {json.dumps(item, sort_keys=True) for item in items}
    assert len(keys) == len(items)


@pytest.mark.parametrize("style", list(PaginationStyle), ids=lambda style: style.value)
async def test_each_style_is_served(style: PaginationStyle) -> None:
    """The registry has at least one operation of every style (so the test above covers it)."""
    assert any(info.pagination is not None and info.pagination.style is style for info in LISTS)


async def test_page_size_styles_add_list_extras(client: httpx.AsyncClient) -> None:
    """Page-based lists add `page`, `page_size` and `total` to the envelope and page_info."""
    response = await call(client, "trenz-ads-account-list", page=2, page_size=5)
    body = response.json()
    assert (body["page"], body["page_size"]) == (2, 5)
    info = body["data"]["page_info"]
    assert (info["page"], info["page_size"], info["total_number"]) == (2, 5, body["total"])
    assert info["total_page"] == -(-body["total"] // 5)


async def test_sorted_search_is_in_order(client: httpx.AsyncClient) -> None:
    """A search's `sort` orders the items across pages."""
    args = {"country": "us", "sort": "price:asc", "page_size": 20}
    first = (await call(client, "trenz-products-search", page=1, **args)).json()["data"]["items"]
    second = (await call(client, "trenz-products-search", page=2, **args)).json()["data"]["items"]
    prices = [item["price"] for item in first + second]
    assert prices == sorted(prices)


async def test_foreign_cursor_is_invalid_param(client: httpx.AsyncClient) -> None:
    """A cursor from another query, or garbage, is 400 INVALID_PARAM."""
    base = {"platform_account_id": 1, "platform_video_id": "v1", "limit": 5}
    first = await call(client, "trenz-social-comments-query", **base)
    cursor = first.json()["data"]["next_cursor"]
    assert cursor
    for bad in (cursor, "%%%"):
        other = {**base, "platform_video_id": "v2", "cursor": bad}
        response = await call(client, "trenz-social-comments-query", **other)
        assert response.status_code == 400
        assert response.json()["code"] == "INVALID_PARAM"

"""Every list operation, in each of the five pagination styles, pages through and ends."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from trenz_async import OPERATIONS, OperationInfo, Pagination, PaginationStyle, Param
from trenz_async.testing._paging import ListPager

from .helpers import call, minimal_args, pick

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
def test_pager_serves_every_style_to_its_end(style: PaginationStyle) -> None:
    """Whatever the spec uses today, each style pages a query through once and ends."""
    token = style in (PaginationStyle.CURSOR, PaginationStyle.PAGE_TOKEN)
    position = {"page_size": "page", "page_limit": "page", "offset_limit": "offset"}.get(
        style.value, style.value
    )
    size = (
        "page_size" if style in (PaginationStyle.PAGE_SIZE, PaginationStyle.PAGE_TOKEN) else "limit"
    )
    paging = Pagination(
        style=style,
        location="query",
        position_param=position,
        size_param=size,
        items_field="widgets",
        total_field=None if token else "total",
        next_field=f"next_{style.value}" if token else None,
        has_more_field="has_more" if style is PaginationStyle.CURSOR else None,
    )
    info = OperationInfo(
        operation_id="trenz-widgets-list", method="GET", path="/widgets", tag="Data/Widgets",
        coin_cost=1, billing_mode="per_call", resource="widgets", method_name="list",
        module="m", response_model="m:R", pagination=paging,
        params=(
            Param(name=position, python_name=position, location="query",
                  json_type="string" if token else "integer"),
            Param(name=size, python_name=size, location="query", json_type="integer"),
        ),
    )  # fmt: skip
    schema = {
        "type": "object",
        "properties": {"widgets": {"type": "array", "items": {"type": "object"}}},
    }
    pager = ListPager(seed=1, list_total=(9, 9))
    seen: list[object] = []
    params: dict[str, object] = {size: 4}
    for _ in range(5):
        data: dict[str, object] = {}
        pager.fill(info, params, data, schema)
        chunk = data["widgets"]
        assert isinstance(chunk, list)
        seen += chunk
        if token:
            following = data[f"next_{style.value}"]
            if not following:
                break
            params[position] = following
        elif not chunk:
            break
        else:
            params[position] = params.get(position, 1 if position == "page" else 0)
            step = 1 if position == "page" else len(chunk)
            params[position] = int(str(params[position])) + step
    assert len(seen) == 9
    assert len({json.dumps(item, sort_keys=True) for item in seen}) == 9


async def test_page_size_styles_add_list_extras(client: httpx.AsyncClient) -> None:
    """Page-based lists add `page`, `page_size` and `total` to the envelope and page_info."""
    info = pick(
        lambda info: (
            info.pagination is not None
            and info.pagination.style in PAGE_STYLES
            and "." in (info.pagination.total_field or "")
        ),
        "page-based list with a nested total",
    )
    paging = info.pagination
    assert paging is not None
    assert paging.size_param is not None
    holder = paging.total_field.split(".")[0] if paging.total_field else ""
    args = {**minimal_args(info), paging.position_param: 2, paging.size_param: 5}
    body = (await call(client, info.operation_id, **args)).json()
    assert (body["page"], body["page_size"]) == (2, 5)
    described = body["data"][holder]
    assert dig(body["data"], paging.total_field or "") == body["total"]
    for key, value in (("page", 2), ("page_size", 5), ("total_page", -(-body["total"] // 5))):
        if key in described:
            assert described[key] == value


async def test_sorted_search_is_in_order(client: httpx.AsyncClient) -> None:
    """A search's `sort` orders the items across pages."""
    info = pick(
        lambda info: (
            info.pagination is not None
            and info.pagination.style in PAGE_STYLES
            and info.param("sort") is not None
        ),
        "sortable page-based list",
    )
    paging = info.pagination
    sort = info.param("sort")
    assert paging is not None
    assert sort is not None
    assert sort.enum is not None
    assert paging.size_param is not None
    field = str(sort.enum[0]).split(":")[0]
    args = {**minimal_args(info), "sort": f"{field}:asc", paging.size_param: 5}
    pages = [
        (await call(client, info.operation_id, **args, **{paging.position_param: page})).json()
        for page in (1, 2)
    ]
    values = [item[field] for body in pages for item in body["data"][paging.items_field]]
    assert len(values) == 10
    assert values == sorted(values)


async def test_foreign_cursor_is_invalid_param(client: httpx.AsyncClient) -> None:
    """A cursor from another query, or garbage, is 400 INVALID_PARAM."""
    info = pick(
        lambda info: (
            info.pagination is not None
            and info.pagination.style is PaginationStyle.CURSOR
            and any(p.json_type == "string" and not p.enum for p in info.params if p.required)
        ),
        "cursor list with a required text parameter",
    )
    paging = info.pagination
    assert paging is not None
    assert paging.next_field is not None
    assert paging.size_param is not None
    text = next(p for p in info.params if p.required and p.json_type == "string" and not p.enum)
    base = {**minimal_args(info), paging.size_param: 5}
    first = await call(client, info.operation_id, **base)
    cursor = first.json()["data"][paging.next_field]
    assert cursor
    for bad in (cursor, "%%%"):
        other = {**base, text.name: "another", paging.position_param: bad}
        response = await call(client, info.operation_id, **other)
        assert response.status_code == 400
        assert response.json()["code"] == "INVALID_PARAM"

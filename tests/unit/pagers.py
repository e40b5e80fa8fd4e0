"""Fake list servers and builders shared by the pagination tests.

Every list operation comes from the registry: `PAGINATED` is every operation that pages,
`ONE_PER_STYLE` one of each of the five styles, and the servers answer in whatever
fields each operation's `Pagination` names.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from trenz_async import OPERATIONS, OperationInfo, Pagination, PaginationStyle, ParamLocation

from .helpers import BASE_URL, detail_read, envelope, error_body, minimal_arguments

PAGINATED = sorted(
    (op for op in OPERATIONS.values() if op.pagination and not op.deprecated),
    key=lambda op: op.operation_id,
)
# The cheapest operation of each style: tests of paging mechanics stay clear of the
# default coin limit of an iteration (`DEFAULT_MAX_COINS`), which its own tests cover.
ONE_PER_STYLE = [
    min(
        (op for op in PAGINATED if op.pagination and op.pagination.style is style),
        key=lambda op: (op.coin_cost, op.operation_id),
    )
    for style in PaginationStyle
]
ITEMS = 23
SIZE = 5
SINGLE = detail_read()  # a read that does not page


def numbered_pages() -> OperationInfo:
    """A list operation paging by page number and page size in the query (a search)."""
    for info in PAGINATED:
        pagination = paging(info)
        if (
            pagination.style is PaginationStyle.PAGE_SIZE
            and pagination.location is ParamLocation.QUERY
            and pagination.total_field is not None
        ):
            return info
    pytest.skip("the bundled spec has no page/page_size list in the query")


def paging(info: OperationInfo) -> Pagination:
    """The pagination of a list operation."""
    assert info.pagination is not None
    return info.pagination


def sent_params(request: httpx.Request, info: OperationInfo) -> dict[str, Any]:
    """The paging parameters the client sent, from the query or the JSON body."""
    if paging(info).location is ParamLocation.QUERY:
        return dict(request.url.params)
    return dict(json.loads(request.content or b"{}"))


def set_path(data: dict[str, Any], dotted: str, value: Any) -> None:
    """Set `value` at a dotted path (`page_info.total_number`) under `data`."""
    *parents, last = dotted.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value


class Lister:
    """A server for one paginated operation over `count` items, per its style's rules.

    Page styles report the total (unless `report_total` is off: then only an empty page
    ends the list); cursor styles hand out `c<index>` tokens and end with has_more false
    or no token.
    """

    def __init__(
        self,
        info: OperationInfo,
        *,
        count: int = ITEMS,
        report_total: bool = True,
        largest_page: int = 100,
    ) -> None:
        self.info = info
        self.largest_page = largest_page
        self.pagination = paging(info)
        self.items = [{"id": f"item-{index}"} for index in range(count)]
        self.report_total = report_total
        self.requests: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        sent = sent_params(request, self.info)
        self.requests.append(sent)
        if len(self.requests) > 10:  # a looping client fails instead of hanging
            return httpx.Response(500, json=error_body("INTERNAL_ERROR"))
        style, pagination = self.pagination.style, self.pagination
        size = min(int(sent.get(pagination.size_param or "", SIZE) or SIZE), self.largest_page)
        position = sent.get(pagination.position_param)
        if style in (PaginationStyle.CURSOR, PaginationStyle.PAGE_TOKEN):
            start = int(str(position)[1:]) if position else 0
        elif style is PaginationStyle.OFFSET_LIMIT:
            start = int(position or 0)
        else:
            start = (int(position or 1) - 1) * size
        page = self.items[start : start + size]
        data: dict[str, Any] = {pagination.items_field: page}
        more = start + size < len(self.items)
        if pagination.next_field:
            data[pagination.next_field] = f"c{start + size}" if more else None
        if pagination.has_more_field:
            data[pagination.has_more_field] = more
        if pagination.total_field and self.report_total:
            set_path(data, pagination.total_field, len(self.items))
        return httpx.Response(200, json=envelope(self.info, data))


def arguments(info: OperationInfo) -> dict[str, Any]:
    """The required arguments of a list operation, asking for pages of `SIZE` items."""
    params = minimal_arguments(info)
    size = paging(info).size_param
    if size is not None:
        params[size] = SIZE
    return params


def serve(router: respx.MockRouter, info: OperationInfo, lister: Any) -> respx.Route:
    """Answer every request for `info` with `lister`."""
    return router.route(method=info.method, url__startswith=f"{BASE_URL}{info.path}").mock(
        side_effect=lister
    )


def bounded(
    answer: Callable[[httpx.Request], httpx.Response],
) -> Callable[[httpx.Request], httpx.Response]:
    """`answer`, but a 500 from the 11th request on: a looping client fails instead of hanging."""
    calls = 0

    def limited(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return (
            answer(request)
            if calls <= 10
            else httpx.Response(500, json=error_body("INTERNAL_ERROR"))
        )

    return limited


def ids(items: list[Any]) -> list[str]:
    """The `id` of each typed item."""
    return [item.to_dict()["id"] for item in items]

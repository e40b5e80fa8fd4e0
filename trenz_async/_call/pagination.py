"""`client.paginate()` and `client.pages()`: every item of a list operation, page by page.

The registry records each list operation's style (page/page_size, offset/limit,
cursor, page_token, page/limit) and field names; this module only knows how each
style moves forward and when it ends: an empty page, the total reached, `has_more`
false, no next token. Every page is a paid call, so a server that repeats a page or a
token ends the iteration (with a warning) instead of looping forever.

Both functions check the operation when called, not at the first `async for` step, so
`client.paginate("not-a-list-operation")` fails where it is written. The operation may
be named by id, by accessor, or given as the typed method itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import json
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Mapping
from typing import Any, Generic, TypeVar

from .._errors import InvalidParameterError
from .._registry import (
    OperationInfo,
    Pagination,
    PaginationStyle,
    lookup,
    operations,
    validator_for,
)

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

logger = logging.getLogger("trenz_async")

Invoke = Callable[[str, Mapping[str, Any]], Awaitable[Any]]


def pages(
    invoke: Invoke, operation: OperationInfo, params: Mapping[str, Any]
) -> AsyncIterator[Any]:
    """Iterate each page's typed envelope, following the operation's pagination style.

    Raises:
        InvalidParameterError: the operation does not paginate (raised at once).
    """
    return _pages(invoke, operation, _pagination_of(operation), dict(params))


def paginate(
    invoke: Invoke,
    operation: OperationInfo,
    params: Mapping[str, Any],
    *,
    max_items: int | None = None,
) -> AsyncIterator[Any]:
    """Iterate the typed list elements of every page, at most `max_items` of them.

    Raises:
        InvalidParameterError: the operation does not paginate (raised at once).
    """
    return _items(invoke, operation, _pagination_of(operation), dict(params), max_items)


class AsyncPager(Generic[PageT, ItemT]):
    """What a paginated typed method returns: await it for a page, iterate it for items.

    openai-python's convention:

        page = await client.products.search(country="us")         # the first page (1 call)
        async for product in client.products.search(country="us"):  # every item, page by page
            ...
        async for page in client.products.search(country="us").pages():
            ...

    The arguments are checked when the pager is made, so a bad one raises at the call,
    before any request. Nothing is sent until it is awaited or iterated.
    """

    __slots__ = ("_invoke", "_operation", "_params")

    def __init__(self, invoke: Invoke, operation: OperationInfo, params: Mapping[str, Any]) -> None:
        _pagination_of(operation)
        validator_for(operation).prepare(params)
        self._invoke = invoke
        self._operation = operation
        self._params = dict(params)

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._invoke(self._operation.operation_id, self._params).__await__()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return paginate(self._invoke, self._operation, self._params)

    def pages(self) -> AsyncIterator[PageT]:
        """Iterate the typed envelope of every page."""
        return pages(self._invoke, self._operation, self._params)

    def __repr__(self) -> str:
        return f"AsyncPager({self._operation.accessor})"


async def _items(
    invoke: Invoke,
    operation: OperationInfo,
    pagination: Pagination,
    params: dict[str, Any],
    max_items: int | None,
) -> AsyncGenerator[Any, None]:
    if max_items is not None and max_items <= 0:
        return
    yielded = 0
    # Close the page iterator when we stop early, rather than leaving it to the GC.
    async with contextlib.aclosing(_pages(invoke, operation, pagination, params)) as envelopes:
        async for envelope in envelopes:
            for item in _typed_items(envelope, pagination.items_field):
                yield item
                yielded += 1
                if max_items is not None and yielded >= max_items:
                    return


async def _pages(
    invoke: Invoke, operation: OperationInfo, pagination: Pagination, current: dict[str, Any]
) -> AsyncGenerator[Any, None]:
    position_name = _python_name(operation, pagination.position_param)
    size = _page_size(operation, pagination, current)
    start = current.get(position_name)
    if start is None:
        start = _default(operation, position_name)
    # Items before the first requested page, so a known total ends the iteration.
    consumed = _items_before(pagination, start, size)
    seen_pages: set[bytes] = set()
    seen_positions: set[str] = {json.dumps(start, default=str)}
    while True:
        envelope = await invoke(operation.operation_id, current)
        data = _data_dict(envelope)
        items = data.get(pagination.items_field) or []
        fingerprint = _fingerprint(items)
        if items and fingerprint in seen_pages:
            logger.warning(
                "%s returned a page it already returned; stopping", operation.operation_id
            )
            return
        seen_pages.add(fingerprint)
        yield envelope
        consumed += len(items)
        position = current.get(position_name, start)
        following = _next_position(pagination, position, data, len(items), consumed)
        if following is None:
            return
        key = json.dumps(following, default=str)
        if key in seen_positions:
            logger.warning(
                "%s sent an already-used position %s; stopping", operation.operation_id, key
            )
            return
        seen_positions.add(key)
        current[position_name] = following


def _typed_items(envelope: Any, field: str) -> list[Any]:
    """The page's items as the generated models hold them.

    The generator renames fields that shadow Python names (`list` becomes `list_`);
    if neither name is there, the raw JSON items are better than none.
    """
    data = envelope.data
    for name in (field, f"{field}_"):
        items = getattr(data, name, None)
        if isinstance(items, list):
            return items
    raw = _data_dict(envelope).get(field)
    return raw if isinstance(raw, list) else []


def _next_position(
    pagination: Pagination, position: Any, data: Mapping[str, Any], count: int, consumed: int
) -> Any:
    """Where the next page starts, or `None` at the style's end condition.

    `consumed` counts the items up to and including this page (from the list's start
    when that is known), so a reported total ends the iteration without asking for an
    empty page, even when the server sends fewer items per page than requested.
    """
    if count == 0:
        return None  # an empty page ends every style: asking again costs coins for nothing
    style = pagination.style
    if style in (PaginationStyle.CURSOR, PaginationStyle.PAGE_TOKEN):
        if pagination.has_more_field and data.get(pagination.has_more_field) is False:
            return None
        token = data.get(pagination.next_field) if pagination.next_field else None
        return token if token else None
    total = _total(data, pagination.total_field)
    if total is not None and consumed >= total:
        return None
    if style is PaginationStyle.OFFSET_LIMIT:
        return _as_int(position, 0) + count
    return _as_int(position, 1) + 1


def _items_before(pagination: Pagination, start: Any, size: int | None) -> int:
    if pagination.style is PaginationStyle.OFFSET_LIMIT:
        return _as_int(start, 0)
    if pagination.style in (PaginationStyle.PAGE_SIZE, PaginationStyle.PAGE_LIMIT) and size:
        return max(_as_int(start, 1) - 1, 0) * size
    return 0


def _fingerprint(items: Any) -> bytes:
    """A digest of a page's items: repeats are caught without keeping every page."""
    text = json.dumps(items, sort_keys=True, default=str)
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _as_int(value: Any, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return default


def _total(data: Mapping[str, Any], path: str | None) -> int | None:
    value: Any = data
    for part in path.split(".") if path else []:
        value = value.get(part) if isinstance(value, Mapping) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _default(operation: OperationInfo, python_name: str) -> Any:
    param = operation.param(python_name)
    return param.default if param is not None and param.has_default else None


def _page_size(
    operation: OperationInfo, pagination: Pagination, params: Mapping[str, Any]
) -> int | None:
    if pagination.size_param is None:
        return None
    name = _python_name(operation, pagination.size_param)
    given = params.get(name)
    if isinstance(given, int) and not isinstance(given, bool):
        return given
    default = _default(operation, name)
    return default if isinstance(default, int) and not isinstance(default, bool) else None


def _python_name(operation: OperationInfo, wire_name: str) -> str:
    for param in operation.params:
        if param.name == wire_name:
            return param.python_name
    return wire_name


def _data_dict(envelope: Any) -> dict[str, Any]:
    data = envelope.data
    converted = data.to_dict() if hasattr(data, "to_dict") else data
    return converted if isinstance(converted, dict) else {}


def operation_of(operation: Any) -> OperationInfo:
    """The operation named by an id, an accessor, or a typed method (`client.products.search`).

    Raises:
        InvalidParameterError: nothing by that name.
    """
    if isinstance(operation, OperationInfo):
        return operation
    if isinstance(operation, str):
        return lookup(operation)
    # A `with_raw_response` twin's method wraps the typed method (`functools.wraps`).
    operation = inspect.unwrap(operation)
    resource = getattr(operation, "__self__", None)
    name = getattr(operation, "__name__", None)
    if resource is not None and isinstance(name, str):
        # Facade modules are named after their resource: `resources/products.py`.
        module = type(resource).__module__.rpartition(".")[2]
        return lookup(f"{module}.{name}")
    raise InvalidParameterError(
        f"expected an operation id, an accessor or a typed method, got {operation!r}"
    )


def _pagination_of(operation: OperationInfo) -> Pagination:
    if operation.pagination is None:
        paged = sorted(op.accessor for op in operations().values() if op.pagination)
        raise InvalidParameterError(
            f"{operation.operation_id} does not paginate; paginated operations: {', '.join(paged)}",
            parameter=None,
            operation_id=operation.operation_id,
        )
    return operation.pagination

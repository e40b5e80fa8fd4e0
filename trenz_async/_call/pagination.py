"""`client.paginate()`, `client.pages()` and `AsyncPager`: a list operation's iterations.

This module makes them: it checks the operation (it must paginate) and the limits when
called, not at the first `async for` step, so `client.paginate("not-a-list-operation")`
fails where it is written. The operation may be named by id, by accessor, or given as
the typed method. How an iteration moves from page to page, what bounds its spending and
when it stops: `paging`.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Mapping
from typing import Any, Generic, TypeVar

from .._errors import InvalidParameterError
from .._registry import OperationInfo, Pagination, lookup, operations, validator_for
from .paging import DEFAULT as DEFAULT
from .paging import DEFAULT_MAX_COINS as DEFAULT_MAX_COINS
from .paging import Invoke as Invoke
from .paging import PageLimits as PageLimits
from .paging import iterate_items, iterate_pages

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


def pages(
    invoke: Invoke,
    operation: OperationInfo,
    params: Mapping[str, Any],
    *,
    max_pages: int | None = None,
    max_coins: int | None = DEFAULT,
) -> AsyncGenerator[Any, None]:
    """Iterate each page's typed envelope, following the operation's pagination style.

    Raises:
        InvalidParameterError: the operation does not paginate, or a bad limit (raised
            at once).
        PaginationLimitError: (while iterating) the next page would pass the coin limit.
    """
    pagination = _pagination_of(operation)
    limits = PageLimits.of(operation, max_pages=max_pages, max_coins=max_coins)
    return iterate_pages(invoke, operation, pagination, dict(params), limits)


def paginate(
    invoke: Invoke,
    operation: OperationInfo,
    params: Mapping[str, Any],
    *,
    max_items: int | None = None,
    max_pages: int | None = None,
    max_coins: int | None = DEFAULT,
) -> AsyncGenerator[Any, None]:
    """Iterate the typed list elements of every page, within the limits given.

    Raises:
        InvalidParameterError: the operation does not paginate, or a bad limit (raised
            at once).
        PaginationLimitError: (while iterating) the next page would pass the coin limit.
    """
    pagination = _pagination_of(operation)
    limits = PageLimits.of(operation, max_items=max_items, max_pages=max_pages, max_coins=max_coins)
    return iterate_items(invoke, operation, pagination, dict(params), limits)


class AsyncPager(Generic[PageT, ItemT]):
    """What a paginated typed method returns: await it for a page, iterate it for items.

    openai-python's convention:

        page = await client.products.search(country="us")         # the first page (1 call)
        async for product in client.products.search(country="us"):  # every item, page by page
            ...
        async for page in client.products.search(country="us").pages():
            ...

    Iterating spends at most `DEFAULT_MAX_COINS` (then raises `PaginationLimitError`);
    `.items(...)` and `.pages(...)` take limits of their own: `max_items`, `max_pages`,
    `max_coins` (`None` for no coin limit).

    The arguments are checked when the pager is made, so a bad one raises at the call,
    before any request. Nothing is sent until it is awaited or iterated.
    """

    __slots__ = ("_invoke", "_operation", "_params", "_prepared")

    def __init__(self, invoke: Invoke, operation: OperationInfo, params: Mapping[str, Any]) -> None:
        _pagination_of(operation)
        # Checked once: awaiting the pager sends this very call.
        self._prepared = validator_for(operation).prepare(params)
        self._invoke = invoke
        self._operation = operation
        self._params = dict(params)

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._invoke(self._prepared).__await__()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self.items()

    def items(
        self,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        max_coins: int | None = DEFAULT,
    ) -> AsyncGenerator[ItemT, None]:
        """Iterate every item, page by page, within these limits (see `client.paginate`).

        Raises:
            InvalidParameterError: a bad limit (raised at once).
        """
        return paginate(
            self._invoke,
            self._operation,
            self._params,
            max_items=max_items,
            max_pages=max_pages,
            max_coins=max_coins,
        )

    def pages(
        self, *, max_pages: int | None = None, max_coins: int | None = DEFAULT
    ) -> AsyncGenerator[PageT, None]:
        """Iterate the typed envelope of every page, within these limits.

        Raises:
            InvalidParameterError: a bad limit (raised at once).
        """
        return pages(
            self._invoke, self._operation, self._params, max_pages=max_pages, max_coins=max_coins
        )

    def __repr__(self) -> str:
        return f"AsyncPager({self._operation.accessor})"


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

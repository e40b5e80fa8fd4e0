"""How an iteration moves through a list operation's pages, and when it stops.

The registry records each list operation's style (page/page_size, offset/limit,
cursor, page_token, page/limit) and field names; this module knows how each style moves
forward and when it ends: an empty page, the total reached, `has_more` false, no next
token.

Every page is a paid call, so an iteration never spends without bound, whatever the
server answers:

- a page that adds no item the iteration has not already seen (in whatever order) ends
  it with a warning, as does a position (page token, cursor) already used;
- a reported total bounds the pages: never more than it implies (at the page size the
  server answered with), plus one;
- `max_items` and `max_pages` stop it where the caller said;
- a coin limit per iteration: `max_coins=`, or for an iteration given no `max_items`,
  `max_pages` or `max_coins` of its own, `DEFAULT_MAX_COINS`. A page that would pass it
  is not sent: `PaginationLimitError` says so (never a silent truncation).

What an iteration remembers of the pages it has seen is fixed-size digests of their
items and positions, never the values, so a server sending huge items or cursors costs
memory per page, not per iteration. Each page's arguments are checked once, and the
checked call is what is sent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from typing import Any

import attrs

from .._errors import InvalidParameterError, PaginationLimitError
from .._registry import OperationInfo, Pagination, PaginationStyle, PreparedCall, validator_for

logger = logging.getLogger("trenz_async")

Invoke = Callable[[PreparedCall], Awaitable[Any]]
"""Sends one checked call and returns its typed envelope (`invoke_prepared`, bound)."""

DEFAULT_MAX_COINS = 1_000
"""The coins one iteration of a pager may spend when it was given no `max_items`,
`max_pages` or `max_coins` of its own; `max_coins=None` lifts it."""

_DIGEST_BYTES = 16


class _DefaultCoins:
    """The `max_coins` of a pager not given one: see `DEFAULT_MAX_COINS`."""

    def __repr__(self) -> str:
        return f"<{DEFAULT_MAX_COINS} coins unless max_items or max_pages is given>"


DEFAULT: Any = _DefaultCoins()
"""`max_coins` not given (typed `Any` so that signatures read `int | None`)."""


@attrs.frozen
class PageLimits:
    """What bounds one iteration, checked and resolved.

    Attributes:
        max_items: stop after this many items (`None`: no item limit).
        max_pages: stop after this many pages (`None`: no page limit).
        max_coins: the coins the iteration may spend (`None`: no coin limit).
        default_coins: `max_coins` is `DEFAULT_MAX_COINS`, applied because the caller
            gave no limit of its own.
    """

    max_items: int | None = None
    max_pages: int | None = None
    max_coins: int | None = None
    default_coins: bool = False

    @classmethod
    def of(
        cls,
        operation: OperationInfo,
        *,
        max_items: Any = None,
        max_pages: Any = None,
        max_coins: Any = DEFAULT,
    ) -> PageLimits:
        """The limits a caller gave, validated, with the default coin limit applied.

        Raises:
            InvalidParameterError: a limit that is not an int in range (bools, floats and
                NaN included) or `None`.
        """
        items = _count(operation, "max_items", max_items, minimum=1)
        pages = _count(operation, "max_pages", max_pages, minimum=1)
        if max_coins is not DEFAULT:
            return cls(items, pages, _count(operation, "max_coins", max_coins, minimum=0))
        if items is not None or pages is not None:
            return cls(items, pages)  # the caller bounded the iteration itself
        return cls(items, pages, DEFAULT_MAX_COINS, default_coins=True)


def _count(operation: OperationInfo, name: str, value: Any, *, minimum: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise InvalidParameterError(
            f"{name} must be an int >= {minimum}, or None, got {value!r}",
            parameter=name,
            operation_id=operation.operation_id,
        )
    return value


async def iterate_items(
    invoke: Invoke,
    operation: OperationInfo,
    pagination: Pagination,
    params: dict[str, Any],
    limits: PageLimits,
) -> AsyncGenerator[Any, None]:
    yielded = 0
    # Close the page iterator when we stop early, rather than leaving it to the GC.
    async with contextlib.aclosing(
        iterate_pages(invoke, operation, pagination, params, limits)
    ) as envelopes:
        async for envelope in envelopes:
            for item in _typed_items(envelope, pagination.items_field):
                yield item
                yielded += 1
                if limits.max_items is not None and yielded >= limits.max_items:
                    return


async def iterate_pages(
    invoke: Invoke,
    operation: OperationInfo,
    pagination: Pagination,
    current: dict[str, Any],
    limits: PageLimits,
) -> AsyncGenerator[Any, None]:
    name = operation.operation_id
    position_name = _python_name(operation, pagination.position_param)
    size = _page_size(operation, pagination, current)
    start = current.get(position_name)
    if start is None:
        start = _default(operation, position_name)
    # Items before the first requested page, so a known total ends the iteration.
    before = consumed = _items_before(pagination, start, size)
    seen_items: set[bytes] = set()
    seen_positions: set[bytes] = {_digest(start)}
    fetched = spent = 0
    most_pages: int | None = None  # what the first reported total allows
    while True:
        prepared = validator_for(operation).prepare(current)
        estimate = operation.estimate(prepared.wire)
        if limits.max_coins is not None and spent + estimate > limits.max_coins:
            raise PaginationLimitError(
                operation_id=name,
                coins_spent=spent,
                pages_fetched=fetched,
                estimate=estimate,
                limit=limits.max_coins,
                default_limit=limits.default_coins,
            )
        envelope = await invoke(prepared)
        fetched += 1
        spent += max(estimate, _reported_cost(envelope))
        data = _data_dict(envelope)
        items = data.get(pagination.items_field)
        items = items if isinstance(items, list) else []
        digests = {_digest(item) for item in items}
        if digests and digests <= seen_items:
            logger.warning(
                "%s answered a page of %d items it had all returned before; stopping "
                "after %d pages (%d coins)",
                name,
                len(items),
                fetched,
                spent,
            )
            return
        seen_items |= digests
        yield envelope
        if limits.max_pages is not None and fetched >= limits.max_pages:
            return
        consumed += len(items)
        position = current.get(position_name, start)
        following = _next_position(pagination, position, data, len(items), consumed)
        if following is None:
            return
        if most_pages is None:
            most_pages = _pages_allowed(data, pagination.total_field, before, len(items))
        if most_pages is not None and fetched >= most_pages:
            logger.warning(
                "%s reported a total that %d pages should have covered; stopping after "
                "%d pages (%d items) without reaching it",
                name,
                most_pages - 1,
                fetched,
                consumed - before,
            )
            return
        key = _digest(following)
        if key in seen_positions:
            logger.warning("%s sent an already-used %s; stopping", name, pagination.position_param)
            return
        seen_positions.add(key)
        current[position_name] = following


def _pages_allowed(
    data: Mapping[str, Any], total_field: str | None, before: int, per_page: int
) -> int | None:
    """The most pages a reported total allows an iteration: the pages it implies, plus one.

    The pages are counted at the size the server answered with (`per_page`, this page's
    count), which is the one it pages by even when it sends fewer items than asked for;
    `before` is the items before the iteration's first page. `None`: no total reported.
    """
    total = _total(data, total_field)
    if total is None or per_page <= 0:
        return None
    return math.ceil(max(total - before, 0) / per_page) + 1


def _digest(value: Any) -> bytes:
    """A fixed-size digest of a canonical encoding of `value` (sorted keys, no spaces).

    Equal JSON values get equal digests whatever their key order. Iterations keep these
    rather than the values: a 1 MiB cursor is remembered in 16 bytes.
    """
    try:
        text = json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
        )
    except RecursionError:
        # Nested deeper than the encoder can go from here (the decoder, higher up the
        # stack, managed): such a value is never taken for a repeat; the coin limit
        # still bounds the iteration.
        return os.urandom(_DIGEST_BYTES)
    # "surrogatepass": JSON may carry lone surrogates (`"\ud800"`), which UTF-8 refuses.
    encoded = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(encoded, digest_size=_DIGEST_BYTES).digest()


def _reported_cost(envelope: Any) -> int:
    """The coins the server said a page cost (0 when it did not say)."""
    coins = getattr(getattr(envelope, "usage", None), "coin_cost", None)
    return coins if isinstance(coins, int) and not isinstance(coins, bool) and coins > 0 else 0


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

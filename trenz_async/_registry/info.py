"""The shapes of the operation registry, and the table that loads it.

`table.py` is generated from openapi.json: one compact JSON document per
operation (only the fields that differ from the defaults below), decoded into these
classes the first time someone looks that operation up. The spec's prose (summaries
and descriptions) lives in the generated `prose.py`, imported only when a
description is read. Everything per-operation in the hand-written code (the facade,
`call()`, retries, coin estimates, pagination, the fake server) reads these classes,
so no hand-written module has to list operations.

The generator builds the same classes and writes every non-default field it finds
(`attrs.fields`), so a field added here is emitted without touching the generator.
"""

from __future__ import annotations

import enum
import json
import threading
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from .shapes import Shape

# attrs metadata key: the field is spec prose, stored in `prose.py` instead of
# the registry (the generator skips it; readers get it through a property).
PROSE = "trenz_async.prose"


class BillingMode(enum.StrEnum):
    """How Trenz charges an operation (`x-billing-mode`)."""

    PER_CALL = "per_call"
    ASYNC_ON_COMPLETE = "async_on_complete"
    FREE = "free"


class PaginationStyle(enum.StrEnum):
    """The five ways Trenz list operations page through results."""

    PAGE_SIZE = "page_size"  # page + page_size, ends on an empty page or at the total
    OFFSET_LIMIT = "offset_limit"  # offset + limit
    CURSOR = "cursor"  # cursor in, next_cursor + has_more out
    PAGE_TOKEN = "page_token"  # page_token in, next_page_token out
    PAGE_LIMIT = "page_limit"  # page + limit


# Read on every call: a module constant, as enum members are slow to look up on their
# class (about half a microsecond each on Python 3.11).
_PER_CALL = BillingMode.PER_CALL
_FREE = BillingMode.FREE


class ParamLocation(enum.StrEnum):
    """Where a parameter travels in the HTTP request."""

    PATH = "path"
    QUERY = "query"
    BODY = "body"


# Converters let every class be built from the registry's plain JSON data as well as
# from Python values: `Param(location="query")` and `Param(location=ParamLocation.QUERY)`.


def _location(value: str) -> ParamLocation:
    return ParamLocation(value)


def _style(value: str) -> PaginationStyle:
    return PaginationStyle(value)


def _billing(value: str) -> BillingMode:
    return BillingMode(value)


def _frozen(value: Any) -> Any:
    """Defaults live in a frozen registry: lists become tuples, all the way down."""
    if isinstance(value, list | tuple):
        return tuple(_frozen(item) for item in value)
    return value


def _optional_tuple(value: Iterable[Any] | None) -> tuple[Any, ...] | None:
    return None if value is None else tuple(value)


def _to_shape(value: Shape | Mapping[str, Any] | None) -> Shape | None:
    if value is None or isinstance(value, Shape):
        return value
    return Shape(**value)


def _prices(value: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(value))


@attrs.frozen
class Param:
    """One parameter of an operation, path, query and JSON-body fields alike.

    Attributes:
        name: the name on the wire (query key or body field).
        python_name: the keyword argument name in the facade and the generated function.
        location: path, query or body.
        json_type: the JSON-schema type (`string`, `integer`, `number`, `boolean`,
            `array`, `object`), or `None` when the spec leaves it open.
        required: the spec marks it required.
        default: the spec's default; only meaningful when `has_default`.
        enum: the allowed values, or `None`.
        minimum / maximum: numeric bounds from the spec, or `None`.
        shape: what a nested body value must look like (an object's fields, a list's
            items), or `None` for scalars and open objects.
        description: the spec's description (loaded on first read).
    """

    name: str
    python_name: str
    location: ParamLocation = attrs.field(converter=_location)
    json_type: str | None = None
    required: bool = False
    has_default: bool = False
    default: Any = attrs.field(default=None, converter=_frozen)
    enum: tuple[Any, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    minimum: float | None = None
    maximum: float | None = None
    shape: Shape | None = attrs.field(default=None, converter=_to_shape)
    _description: str | None = attrs.field(
        default=None, alias="description", eq=False, repr=False, metadata={PROSE: True}
    )
    # The operation this parameter belongs to: where its prose is looked up.
    _operation_id: str | None = attrs.field(
        default=None, alias="operation_id", eq=False, repr=False
    )

    @property
    def description(self) -> str:
        """The spec's description of the parameter (`""` when it has none)."""
        if self._description is not None:
            return self._description
        if self._operation_id is None:
            return ""
        return _prose(self._operation_id)[2].get(self.python_name, "")


def _to_pagination(value: Pagination | Mapping[str, Any] | None) -> Pagination | None:
    if value is None or isinstance(value, Pagination):
        return value
    return Pagination(**value)


def _to_pricing(value: Pricing | Mapping[str, Any] | None) -> Pricing | None:
    if value is None or isinstance(value, Pricing):
        return value
    return Pricing(**value)


def _to_params(value: Iterable[Param | Mapping[str, Any]]) -> tuple[Param, ...]:
    return tuple(item if isinstance(item, Param) else Param(**item) for item in value)


@attrs.frozen
class Pagination:
    """How one list operation pages, detected from its parameters and response.

    Attributes:
        style: one of the five `PaginationStyle` values.
        location: where the paging parameters go (query or body).
        position_param: the parameter that moves through the list
            (`page`, `offset`, `cursor` or `page_token`).
        size_param: the page-size parameter (`page_size` or `limit`), if any.
        items_field: the key under `data` that holds the list of items.
        total_field: dotted path under `data` to the total item count, if any.
        next_field: the key under `data` carrying the next cursor or token, if any.
        has_more_field: the key under `data` saying more pages exist, if any.
    """

    style: PaginationStyle = attrs.field(converter=_style)
    location: ParamLocation = attrs.field(converter=_location)
    position_param: str
    items_field: str
    size_param: str | None = None
    total_field: str | None = None
    next_field: str | None = None
    has_more_field: str | None = None


@attrs.frozen
class Pricing:
    """A per-unit price (`x-pricing`): cost = unit_price_map[tier] * quantity."""

    mode: str
    tier_param: str
    quantity_param: str
    unit_price_map: Mapping[str, int] = attrs.field(converter=_prices)
    default_tier: str
    default_quantity: int
    fallback_coin_cost: int

    def estimate(self, params: Mapping[str, Any]) -> int:
        """The coin cost of a call with these (wire-named) parameters.

        Missing parameters take the spec's defaults; a tier the price map does not know,
        or a quantity that is not a number, falls back to `fallback_coin_cost`.
        """
        tier = params.get(self.tier_param, self.default_tier)
        quantity = params.get(self.quantity_param, self.default_quantity)
        price = self.unit_price_map.get(str(tier))
        if price is None or isinstance(quantity, bool) or not isinstance(quantity, int | float):
            return self.fallback_coin_cost
        return int(price * quantity)


@attrs.frozen
class OperationInfo:
    """Everything the SDK knows about one operation, read from openapi.json.

    Attributes:
        operation_id: the spec's operationId (e.g. `trenz-products-search`).
        method: the HTTP method, upper case.
        path: the path template (e.g. `/open/v1/products/{id}`).
        tag: the spec tag (e.g. `Data/Products`).
        coin_cost: `x-coin-cost`, the coins one call costs (the fallback for priced ones).
        billing_mode: `x-billing-mode`.
        resource / method_name: the facade accessor parts; `accessor` joins them.
        module: the generated endpoint module (dotted path).
        response_model: the generated 200-response model as `module:Class`.
        scope: `x-scope`, or `None` (the free task-status operation has none).
        pricing: `x-pricing` as data, or `None`.
        is_async: the operation submits an async job and answers with its id.
        job_id_field: the key under `data` that carries the job id (`task_id` or `job_id`).
        pagination: how the operation pages, or `None`.
        body_model: the generated request-body model as `module:Class`, or `None`.
        params: every parameter, path and query first, then body fields.
        empty_success: the spec documents the 200 without a body (the disconnect
            operation): an empty body there is a success, read as `{"data": {}}`.
        deprecated: the spec marks the operation `deprecated: true`; the typed method
            and `client.call()` emit a `DeprecationWarning`.
        summary / description: the spec's text (loaded on first read).
    """

    operation_id: str
    method: str
    path: str
    tag: str
    coin_cost: int
    billing_mode: BillingMode = attrs.field(converter=_billing)
    resource: str
    method_name: str
    module: str
    response_model: str
    scope: str | None = None
    pricing: Pricing | None = attrs.field(default=None, converter=_to_pricing)
    is_async: bool = False
    job_id_field: str | None = None
    pagination: Pagination | None = attrs.field(default=None, converter=_to_pagination)
    body_model: str | None = None
    params: tuple[Param, ...] = attrs.field(default=(), converter=_to_params)
    empty_success: bool = False
    deprecated: bool = False
    _summary: str | None = attrs.field(
        default=None, alias="summary", eq=False, repr=False, metadata={PROSE: True}
    )
    _description: str | None = attrs.field(
        default=None, alias="description", eq=False, repr=False, metadata={PROSE: True}
    )

    @property
    def summary(self) -> str:
        """The spec's one-line summary (`""` when it has none)."""
        return self._summary if self._summary is not None else _prose(self.operation_id)[0]

    @property
    def description(self) -> str:
        """The spec's description (`""` when it has none)."""
        if self._description is not None:
            return self._description
        return _prose(self.operation_id)[1]

    @property
    def accessor(self) -> str:
        """The facade path, e.g. `products.search` for `client.products.search(...)`."""
        return f"{self.resource}.{self.method_name}"

    @property
    def is_read(self) -> bool:
        """A read: GET, or a POST whose scope ends in `.read`; safe to retry."""
        return self.method == "GET" or (self.scope or "").endswith(".read")

    @property
    def charged_per_call(self) -> bool:
        """Each call is charged when answered (`per_call`), at its estimate."""
        return self.billing_mode is _PER_CALL

    @property
    def is_paid(self) -> bool:
        """The call costs coins (at once or when its job completes)."""
        return self.billing_mode is not _FREE and self.coin_cost > 0

    def param(self, python_name: str) -> Param | None:
        """The parameter with this keyword name, or `None`."""
        for param in self.params:
            if param.python_name == python_name:
                return param
        return None

    def estimate(self, wire_params: Mapping[str, Any]) -> int:
        """The coins a call with these wire-named parameters is expected to cost."""
        if self.pricing is not None:
            return self.pricing.estimate(wire_params)
        return self.coin_cost


_NO_PROSE: tuple[str, str, Mapping[str, str]] = ("", "", MappingProxyType({}))


def _prose(operation_id: str) -> tuple[str, str, Mapping[str, str]]:
    """(summary, description, python_name -> parameter description) of one operation."""
    # Imported here, not at the top: the prose is most of the spec's text and only
    # docstring readers, help screens and the fake server ever ask for it.
    from .prose import TEXTS

    return TEXTS.get(operation_id, _NO_PROSE)


@attrs.frozen
class OperationAlias:
    """An old operationId or accessor Trenz renamed, kept working (with a warning) for a while.

    Attributes:
        name: the old operationId (`trenz-products-lookup`) or accessor (`products.lookup`).
        operation_id: the operation it now stands for.
        removed_in: the first SDK version without the alias.
    """

    name: str
    operation_id: str
    removed_in: str

    def message(self, accessor: str) -> str:
        """The `DeprecationWarning` text for a use of the alias."""
        return (
            f"{self.name!r} was renamed by Trenz: use {self.operation_id!r} "
            f"(`client.{accessor}`); the old name stops working in trenz_async {self.removed_in}"
        )


class OperationTable(Mapping[str, OperationInfo]):
    """The read-only registry: operationId -> `OperationInfo`, decoded on first access.

    Args:
        entries: operationId -> the operation's fields as compact JSON (defaults left out).
        accessors: accessor (`"products.search"`) -> operationId.
        aliases: old operationId or accessor -> [operationId, version removing the alias]
            (`codegen/aliases.json`, written by `make update-spec` when Trenz renames).
    """

    __slots__ = ("_accessors", "_aliases", "_decoded", "_entries", "_lock")

    def __init__(
        self,
        entries: Mapping[str, str],
        *,
        accessors: Mapping[str, str],
        aliases: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self._entries = entries
        self._accessors = accessors
        self._aliases = MappingProxyType(
            {
                name: OperationAlias(name, operation_id, removed_in)
                for name, (operation_id, removed_in) in (aliases or {}).items()
            }
        )
        self._decoded: dict[str, OperationInfo] = {}
        self._lock = threading.Lock()

    def __getitem__(self, operation_id: str) -> OperationInfo:
        info = self._decoded.get(operation_id)
        if info is None:
            info = decode(operation_id, self._entries[operation_id])
            with self._lock:  # two threads decoding at once keep one object
                info = self._decoded.setdefault(operation_id, info)
        return info

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"<OperationTable of {len(self)} operations>"

    @property
    def by_accessor(self) -> Mapping[str, OperationInfo]:
        """accessor -> `OperationInfo`, decoding only the operations looked up."""
        return _AccessorView(self, self._accessors)

    @property
    def aliases(self) -> Mapping[str, OperationAlias]:
        """Old operationIds and accessors that still work, each with a `DeprecationWarning`."""
        return self._aliases


class _AccessorView(Mapping[str, OperationInfo]):
    __slots__ = ("_accessors", "_table")

    def __init__(self, table: OperationTable, accessors: Mapping[str, str]) -> None:
        self._table = table
        self._accessors = accessors

    def __getitem__(self, accessor: str) -> OperationInfo:
        return self._table[self._accessors[accessor]]

    def __contains__(self, accessor: object) -> bool:
        return accessor in self._accessors

    def __iter__(self) -> Iterator[str]:
        return iter(self._accessors)

    def __len__(self) -> int:
        return len(self._accessors)


def decode(operation_id: str, entry: str) -> OperationInfo:
    """One registry entry (the generator's compact JSON) as an `OperationInfo`."""
    fields: dict[str, Any] = json.loads(entry)
    fields["params"] = [
        {**param, "operation_id": operation_id} for param in fields.get("params", ())
    ]
    return OperationInfo(operation_id=operation_id, **fields)

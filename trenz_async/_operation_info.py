"""The shapes of the operation registry.

`_operations.py` is generated from openapi.json and builds one `OperationInfo` per
operation out of these classes; everything per-operation in the hand-written code (the
facade, `call()`, retries, coin estimates, pagination, the fake server) reads them, so no
hand-written module has to list operations.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs


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


class ParamLocation(enum.StrEnum):
    """Where a parameter travels in the HTTP request."""

    PATH = "path"
    QUERY = "query"
    BODY = "body"


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
        description: the spec's description.
    """

    name: str
    python_name: str
    location: ParamLocation
    json_type: str | None
    required: bool = False
    has_default: bool = False
    default: Any = None
    enum: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    description: str = ""


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

    style: PaginationStyle
    location: ParamLocation
    position_param: str
    size_param: str | None
    items_field: str
    total_field: str | None = None
    next_field: str | None = None
    has_more_field: str | None = None


@attrs.frozen
class Pricing:
    """A per-unit price (`x-pricing`): cost = unit_price_map[tier] * quantity."""

    mode: str
    tier_param: str
    quantity_param: str
    unit_price_map: Mapping[str, int]
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
        summary / description: the spec's text.
        coin_cost: `x-coin-cost`, the coins one call costs (the fallback for priced ones).
        billing_mode: `x-billing-mode`.
        scope: `x-scope`, or `None` (the free task-status operation has none).
        pricing: `x-pricing` as data, or `None`.
        is_async: the operation submits an async job and answers with its id.
        job_id_field: the key under `data` that carries the job id (`task_id` or `job_id`).
        pagination: how the operation pages, or `None`.
        resource / method_name: the facade accessor parts; `accessor` joins them.
        module: the generated endpoint module (dotted path).
        body_model: the generated request-body model as `module:Class`, or `None`.
        response_model: the generated 200-response model as `module:Class`.
        params: every parameter, path and query first, then body fields.
    """

    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    coin_cost: int
    billing_mode: BillingMode
    scope: str | None
    pricing: Pricing | None
    is_async: bool
    job_id_field: str | None
    pagination: Pagination | None
    resource: str
    method_name: str
    module: str
    body_model: str | None
    response_model: str
    params: tuple[Param, ...]

    @property
    def accessor(self) -> str:
        """The facade path, e.g. `products.search` for `client.products.search(...)`."""
        return f"{self.resource}.{self.method_name}"

    @property
    def is_read(self) -> bool:
        """A read: GET, or a POST whose scope ends in `.read`; safe to retry."""
        return self.method == "GET" or (self.scope or "").endswith(".read")

    @property
    def is_paid(self) -> bool:
        """The call costs coins (at once or when its job completes)."""
        return self.billing_mode is not BillingMode.FREE and self.coin_cost > 0

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

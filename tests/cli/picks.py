"""Operations for the command-line tests, chosen from the registry by trait, and their options.

No test here names today's operations, parameters, tags or prices: each asks for "a paged
search with a required region" or "an async job taking one input" and gets the first such
operation of whatever spec is bundled, with its options spelled as the command line spells
them (`--page-size` for `page_size`). A new spec from Trenz (a price change, a renamed
parameter) leaves the tests meaningful; a kind the spec no longer has is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from trenz_async import OperationInfo, Pagination, PaginationStyle, Param, ParamLocation

from ..unit.helpers import minimal_arguments, operations_where, pick


def paging(info: OperationInfo) -> Pagination:
    """The pagination of a list operation."""
    assert info.pagination is not None
    return info.pagination


def region(info: OperationInfo) -> Param:
    """The required enum parameter a search is routed by (a country)."""
    return next(param for param in info.params if param.required and param.enum)


def size_param(info: OperationInfo) -> Param:
    """The page-size parameter of a list operation."""
    name = paging(info).size_param
    return next(param for param in info.params if param.name == name)


def _is_search(info: OperationInfo) -> bool:
    pagination = info.pagination
    if pagination is None or pagination.size_param is None:
        return False
    size = next((param for param in info.params if param.name == pagination.size_param), None)
    return (
        info.method == "GET"
        and info.is_paid
        and pagination.style is PaginationStyle.PAGE_SIZE
        and pagination.location is ParamLocation.QUERY
        and pagination.total_field is not None
        and "." not in pagination.total_field
        and "_" in pagination.size_param  # its option has a dashed and a hidden spelling
        and any(param.required and param.enum for param in info.params)
        and size is not None
        and size.maximum is not None
        and size.has_default
    )


def search() -> OperationInfo:
    """A paid GET search paged by number and size in the query, reporting its total, with a
    required region (an enum), and a bounded page size with a default."""
    return pick(_is_search, "paged GET search with a required enum and a bounded page size")


def body_list() -> tuple[OperationInfo, Param]:
    """A POST list taking an optional array in its body and a page size, and that array."""

    def array_of(info: OperationInfo) -> Param | None:
        return next(
            (
                param
                for param in info.params
                if param.location is ParamLocation.BODY
                and param.json_type == "array"
                and not param.required
            ),
            None,
        )

    info = pick(
        lambda info: (
            info.method == "POST"
            and info.pagination is not None
            and info.pagination.size_param is not None
            and not any(param.required for param in info.params)
            and array_of(info) is not None
        ),
        "POST list with an optional array parameter",
    )
    array = array_of(info)
    assert array is not None
    return info, array


def priced_job() -> OperationInfo:
    """An operation priced per unit (`x-pricing`) with a price map of its own."""
    return pick(
        lambda info: info.pricing is not None and bool(info.pricing.unit_price_map),
        "per-unit priced operation",
    )


def dearest_list() -> OperationInfo:
    """The list operation whose pages cost the most (an AI search, in Trenz's spec)."""
    listed = operations_where(lambda info: info.pagination is not None and info.is_paid)
    return max(listed, key=lambda info: (info.coin_cost, info.operation_id))


def cheapest_list() -> OperationInfo:
    """The list operation whose pages cost the least."""
    listed = operations_where(lambda info: info.pagination is not None and info.is_paid)
    return min(listed, key=lambda info: (info.coin_cost, info.operation_id))


def option(param: Param) -> str:
    """The option the command line lists for a parameter (`--page-size`)."""
    return "--" + param.name.replace("_", "-")


def _text(value: Any) -> str:
    if isinstance(value, list | dict):
        return json.dumps(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def cli_args(info: OperationInfo, values: Mapping[str, Any]) -> list[str]:
    """`--option value` pairs for parameters given by Python name."""
    args: list[str] = []
    for param in info.params:
        if param.python_name in values:
            args += [option(param), _text(values[param.python_name])]
    return args


def required_args(info: OperationInfo, **overrides: Any) -> list[str]:
    """Options for every required parameter of `info` (by Python name), some replaced or
    added."""
    return cli_args(info, {**minimal_arguments(info), **overrides})


def priced_call(info: OperationInfo) -> tuple[dict[str, Any], int]:
    """Arguments of a per-unit priced call at a tier and quantity of its own choosing (by
    Python name), and the coins the price formula makes them."""
    pricing = info.pricing
    assert pricing is not None
    tiers = [tier for tier in pricing.unit_price_map if tier != pricing.default_tier]
    tier = (tiers or list(pricing.unit_price_map))[0]
    quantity_param = next(param for param in info.params if param.name == pricing.quantity_param)
    tier_param = next(param for param in info.params if param.name == pricing.tier_param)
    quantity = int(quantity_param.minimum or 1) + 1
    assert quantity_param.maximum is None or quantity <= quantity_param.maximum
    values = {
        **minimal_arguments(info),
        tier_param.python_name: tier,
        quantity_param.python_name: quantity,
    }
    return values, pricing.unit_price_map[tier] * quantity


def default_estimate(info: OperationInfo) -> int:
    """The estimate of a call of `info` with its required parameters only."""
    wire = {
        param.name: value
        for param in info.params
        for name, value in minimal_arguments(info).items()
        if param.python_name == name
    }
    return info.estimate(wire)

"""`trenz ops`: every operation of the registry, with what it costs and how it behaves."""

from __future__ import annotations

from typing import Any

import click

from .. import OperationInfo
from ._operations import operations
from ._output import print_json, print_table, wants_json, with_format_option

_COLUMNS = ("accessor", "method", "path", "coins", "billing", "async")


@click.command(name="ops", short_help="List the operations, their costs and behaviour.")
@click.option(
    "--tag",
    metavar="TAG",
    help="Only this tag: its full name (Data/Products), its group (Data) or its last part (Products); any case.",
)
@with_format_option
def ops(tag: str | None, as_json: bool | None) -> None:
    """List the operations: accessor, method, path, coins, billing mode, async job or not.

    Call one with `trenz call ACCESSOR`; JSON adds the operationId, tag, scope, pricing
    and pagination.
    """
    selected = [info for info in operations().values() if tag is None or _has_tag(info, tag)]
    if not selected:
        tags = sorted({info.tag for info in operations().values()})
        raise click.BadParameter(
            f"no operation has tag {tag!r}; tags: {', '.join(tags)}", param_hint="'--tag'"
        )
    selected.sort(key=lambda info: info.accessor)
    if wants_json(as_json):
        print_json([_record(info) for info in selected])
    else:
        print_table([_row(info) for info in selected], _COLUMNS, fit=False)


def _has_tag(info: OperationInfo, tag: str) -> bool:
    wanted, actual = tag.casefold(), info.tag.casefold()
    return wanted in (actual, actual.split("/")[0], actual.split("/")[-1])


def _row(info: OperationInfo) -> dict[str, Any]:
    return {
        "accessor": info.accessor,
        "method": info.method,
        "path": info.path,
        "coins": _coins(info),
        "billing": info.billing_mode.value,
        "async": "job" if info.is_async else "",
    }


def _coins(info: OperationInfo) -> str:
    pricing = info.pricing
    if pricing is None:
        return str(info.coin_cost)
    prices = "/".join(str(price) for price in sorted(set(pricing.unit_price_map.values())))
    return f"{prices}×{pricing.quantity_param}"


def _record(info: OperationInfo) -> dict[str, Any]:
    pricing = info.pricing
    pagination = info.pagination
    return {
        "operation_id": info.operation_id,
        "accessor": info.accessor,
        "method": info.method,
        "path": info.path,
        "tag": info.tag,
        "summary": info.summary,
        "coin_cost": info.coin_cost,
        "billing_mode": info.billing_mode.value,
        "is_async": info.is_async,
        "scope": info.scope,
        "pricing": None
        if pricing is None
        else {
            "mode": pricing.mode,
            "tier_param": pricing.tier_param,
            "quantity_param": pricing.quantity_param,
            "unit_price_map": dict(pricing.unit_price_map),
            "default_tier": pricing.default_tier,
            "default_quantity": pricing.default_quantity,
            "fallback_coin_cost": pricing.fallback_coin_cost,
        },
        "pagination": None if pagination is None else pagination.style.value,
    }

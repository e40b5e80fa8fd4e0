"""A success envelope as the caller receives it: the operation's generated model.

Every caller of a call gets a model of its own: the one that sent the request from the
envelope the transport decoded, and any caller sharing that answer (an identical call in
flight, the read cache) from its own decoding of the same body, so that no two callers
(nor the cache) ever hold the same mutable object.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._registry import OperationInfo, report_unknown
from .._transport import malformed
from .runtime import Endpoint

PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


def parse(info: OperationInfo, endpoint: Endpoint, envelope: dict[str, Any]) -> Any:
    """The envelope as the operation's generated model; only this may become malformed."""
    report_unknown(info, envelope)  # what a newer server added, at debug level
    try:
        return endpoint.response_model.from_dict(with_basics(envelope))
    except PARSE_ERRORS as exc:
        raise malformed(
            status_code=200,
            body=json.dumps(envelope, default=str),
            message=f"the {info.operation_id} response does not match its schema: {exc}",
            request_id=request_id_of(envelope),
        ) from exc


def with_basics(envelope: dict[str, Any]) -> dict[str, Any]:
    """The envelope with `request_id` and `usage.coin_cost` present, as the models type them.

    A server that omits usage reports no cost (the ledger counted the call at its
    estimate from the raw body); typed code reads `page.usage.coin_cost == 0` rather than
    having to rule out a missing value.
    """
    usage = envelope.get("usage")
    if (
        isinstance(usage, dict)
        and usage.get("coin_cost") is not None
        and (envelope.get("request_id") is not None)
    ):
        return envelope  # the usual case: nothing to fill, nothing copied
    filled = dict(envelope)
    if not isinstance(usage, dict):
        filled["usage"] = {"coin_cost": 0}
    elif usage.get("coin_cost") is None:
        filled["usage"] = {**usage, "coin_cost": 0}
    if filled.get("request_id") is None:
        filled["request_id"] = ""
    return filled


def request_id_of(envelope: Mapping[str, Any]) -> str | None:
    """The envelope's `request_id`, if it is a string."""
    value = envelope.get("request_id")
    return value if isinstance(value, str) else None


def charged(envelope: Mapping[str, Any], estimate: int) -> int:
    """What the request that produced `envelope` was charged, as the ledger counted it:
    its reported `usage.coin_cost`, or the estimate when it reported none."""
    usage = envelope.get("usage")
    coins = usage.get("coin_cost") if isinstance(usage, dict) else None
    if isinstance(coins, bool) or not isinstance(coins, int | float) or coins != coins:
        return estimate
    if coins < 0 or coins == float("inf"):
        return estimate
    return int(coins)

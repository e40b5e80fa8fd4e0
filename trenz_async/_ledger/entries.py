"""What the ledger keeps per job and per uncertain amount, and the coin figures it takes."""

from __future__ import annotations

import math
from typing import Any

import attrs

from .._errors import InvalidParameterError
from .._support import check_whole
from .snapshots import Tally


@attrs.define
class Hold:
    """Coins held for a job until it settles or is refunded."""

    operation_id: str
    coins: int
    tallies: tuple[Tally, ...]


@attrs.define
class Uncertain:
    """An amount a call may have been charged, until it is resolved."""

    operation_id: str
    coins: int
    tallies: tuple[Tally, ...]
    at: float
    origin: str


def coins_of(value: Any) -> int | None:
    """A coin figure from a response: a finite number as an int, or `None`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return int(value)


def coins_argument(name: str, value: object) -> int:
    """A coin figure a caller passed: a whole number >= 0 (coins are never fractions)."""
    try:
        return check_whole(name, value)
    except ValueError as exc:
        raise InvalidParameterError(str(exc), parameter=name) from None


def optional_coins(name: str, value: object) -> int | None:
    """`coins_argument`, or `None` for no figure."""
    return None if value is None else coins_argument(name, value)

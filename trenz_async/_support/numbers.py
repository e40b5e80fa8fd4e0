"""Every number a caller passes is checked the same way: finite, in range, the right kind.

A NaN compares false with everything, so one NaN budget or coin figure would switch
every later check off; an infinity makes "bounded" meaningless; `True` is an `int` to
Python but never a count anyone meant. These checks refuse all three with a message
naming the setting, and are used as attrs validators or called directly.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import attrs
import httpx

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


class NotANumberError(TypeError, ValueError):
    """A setting that is not a number of the right kind (a bool, a string, a float count).

    A `ValueError` like every other refused number, and a `TypeError` as Python raises
    for a wrong type.
    """


def check_number(
    name: str,
    value: object,
    *,
    minimum: float = 0.0,
    above: bool = False,
    below: float | None = None,
) -> float:
    """`value` as a float if it is a finite real number >= `minimum` (> with `above`) and
    < `below` (when given).

    Raises:
        NotANumberError: a bool or anything that is not an int or a float.
        ValueError: NaN, an infinity, or a number out of range.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise NotANumberError(f"{name} must be a number, got {value!r}")
    if (
        not math.isfinite(value)
        or (value <= minimum if above else value < minimum)
        or (below is not None and value >= below)
    ):
        if below is not None:
            bound = f"in {'(' if above else '['}{minimum:g}, {below:g})"
        elif above and minimum == 0:
            bound = "positive"
        else:
            bound = f"> {minimum:g}" if above else f">= {minimum:g}"
        raise ValueError(f"{name} must be a finite number {bound}, got {value!r}")
    return float(value)


def check_whole(name: str, value: object, *, minimum: int = 0) -> int:
    """`value` if it is an `int` (not a bool) >= `minimum`.

    Raises:
        NotANumberError: a bool, a float (even a whole one) or anything else not an int.
        ValueError: an int below `minimum`.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise NotANumberError(f"{name} must be a whole number (an int), got {value!r}")
    if value < minimum:
        bound = "positive" if minimum == 1 else f">= {minimum}"
        raise ValueError(f"{name} must be a whole number, {bound}, got {value!r}")
    return value


def number(*, minimum: float = 0.0, above: bool = False, below: float | None = None) -> Validator:
    """An attrs validator: see `check_number`."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_number(
            f"{type(instance).__name__}.{attribute.name}",
            value,
            minimum=minimum,
            above=above,
            below=below,
        )

    return validate


def whole(*, minimum: int = 0) -> Validator:
    """An attrs validator: see `check_whole`."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_whole(f"{type(instance).__name__}.{attribute.name}", value, minimum=minimum)

    return validate


def check_timeout(name: str, value: object) -> httpx.Timeout:
    """`value` as an `httpx.Timeout`: seconds (a finite number > 0) or an `httpx.Timeout`
    whose every set field is one.

    Raises:
        ValueError: anything else.
    """
    if isinstance(value, httpx.Timeout):
        for field in ("connect", "read", "write", "pool"):
            seconds = getattr(value, field)
            if seconds is not None:
                check_number(f"{name}.{field}", seconds, above=True)
        return value
    return httpx.Timeout(check_number(name, value, above=True))

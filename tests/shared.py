"""What every test folder shares: the one fake clock, and operations picked by trait."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from trenz_async import OPERATIONS, OperationInfo


class ManualClock:
    """A clock that moves only when told to (`now`, `advance()`); time is whatever it says."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def operations_where(predicate: Callable[[OperationInfo], bool]) -> list[OperationInfo]:
    """Every operation (by id) matching `predicate`; deprecated ones never stand for a kind."""
    return [
        info for _, info in sorted(OPERATIONS.items()) if not info.deprecated and predicate(info)
    ]


def pick(predicate: Callable[[OperationInfo], bool], what: str) -> OperationInfo:
    """The first operation (by id) matching `predicate`; skips when the spec has none."""
    found = operations_where(predicate)
    if not found:
        pytest.skip(f"the bundled spec has no {what}", allow_module_level=True)
    return found[0]

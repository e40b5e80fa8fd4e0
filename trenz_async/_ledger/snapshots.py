"""What the ledger shows: frozen snapshots, uncertain amounts, and usage scopes.

`client.usage.snapshot()` (and a scope's, and a fleet's) is a `UsageSnapshot`;
`client.usage.uncertain()` lists `UncertainCharge`s. The counters behind a snapshot
(`Tally`) are mutable and private; a `UsageScope` attributes the calls of the client copy
carrying it to its own tally.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs


@attrs.frozen
class OperationUsage:
    """Calls and settled coins of one operation."""

    calls: int = 0
    coins: int = 0


@attrs.frozen
class UsageSnapshot:
    """Coins spent by one client (or one scope of it, or a fleet), as of one moment.

    Attributes:
        calls: successful calls recorded.
        coins_spent: settled coins (per-call charges and completed jobs).
        coins_held: coins of submitted async jobs not yet settled.
        coins_uncertain: estimates of calls whose outcome is unknown (they may have been
            charged); `client.usage.uncertain()` lists them, `resolve()` settles them.
        remaining_balance: the account balance the server last reported, if any.
        by_operation: operation_id -> `OperationUsage`.
    """

    calls: int
    coins_spent: int
    coins_held: int
    remaining_balance: int | None
    by_operation: Mapping[str, OperationUsage]
    coins_uncertain: int = 0


UNKNOWN_OUTCOME = "unknown outcome"
RETRIED_ATTEMPT = "retried attempt"
RECOVERED = "recovered"


@attrs.frozen
class UncertainCharge:
    """Coins that may have been charged for a call whose outcome is unknown.

    Attributes:
        id: pass it to `client.usage.resolve()`; for the call itself it is the
            `OutcomeUnknownError.submission_id`.
        operation_id: the operation called.
        coins: the estimate counted as uncertain.
        at: wall-clock time it became uncertain (seconds since the epoch).
        origin: `"unknown outcome"` (the call ended without a usable answer),
            `"retried attempt"` (an attempt that may have been charged was retried) or,
            in a fleet, `"recovered"` (a worker died with the call in flight).
    """

    id: str
    operation_id: str
    coins: int
    at: float
    origin: str = UNKNOWN_OUTCOME


class Tally:
    """Mutable counters behind one snapshot (the client's, or one scope's)."""

    __slots__ = ("by_operation", "calls", "held", "remaining_balance", "spent", "uncertain")

    def __init__(self) -> None:
        self.calls = 0
        self.spent = 0
        self.held = 0
        self.uncertain = 0
        self.remaining_balance: int | None = None
        self.by_operation: dict[str, list[int]] = {}  # operation_id -> [calls, coins]

    def count(self, operation_id: str, *, calls: int = 0, coins: int = 0) -> None:
        counts = self.by_operation.get(operation_id)
        if counts is None:
            self.by_operation[operation_id] = [calls, coins]
        else:
            counts[0] += calls
            counts[1] += coins

    def snapshot(self) -> UsageSnapshot:
        return UsageSnapshot(
            calls=self.calls,
            coins_spent=self.spent,
            coins_held=self.held,
            coins_uncertain=self.uncertain,
            remaining_balance=self.remaining_balance,
            by_operation=MappingProxyType(
                {
                    name: OperationUsage(*counts)
                    for name, counts in sorted(self.by_operation.items())
                }
            ),
        )


class UsageScope:
    """Usage attributed to the calls of one `client.with_options(scope=...)` copy.

    A scope is carried by the client copy that makes the calls (and by its own copies),
    never by ambient state: concurrent scopes cannot mix, and a scope made inside
    another (`scoped.with_options(scope="inner")`) counts its calls in both. A call
    belongs to the scopes of the copy that made it, even if it finishes later.

    Attributes:
        name: the scope's name.
        parent: the scope it was made inside, if any.
    """

    def __init__(self, name: str, parent: UsageScope | None = None) -> None:
        self.name = name
        self.parent = parent
        self._tally = Tally()
        self.tallies: tuple[Tally, ...] = (
            (self._tally,) if parent is None else (*parent.tallies, self._tally)
        )
        """The counters a call in this scope adds to: its own and its parents'."""

    def snapshot(self) -> UsageSnapshot:
        """A frozen copy of this scope's counters."""
        return self._tally.snapshot()

    @property
    def path(self) -> str:
        """The names from the outermost scope to this one, joined by `/`."""
        return self.name if self.parent is None else f"{self.parent.path}/{self.name}"

    def __repr__(self) -> str:
        return f"UsageScope({self.path!r})"

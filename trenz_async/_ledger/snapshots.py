"""What the ledger shows: frozen snapshots, uncertain amounts, and usage scopes.

`client.usage.snapshot()` (and a scope's, and a fleet's) is a `UsageSnapshot`;
`client.usage.uncertain()` lists `UncertainCharge`s. The counters behind a snapshot
(`Tally`) are mutable and private; a `UsageScope` attributes the calls of the client copy
carrying it to its own tally.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

# The `format` of `UsageSnapshot.to_dict()`; `codegen/usage.py` reads the same name.
SNAPSHOT_FORMAT = "trenz_async.usage_snapshot"


@attrs.frozen
class OperationUsage:
    """Calls and settled coins of one operation, and what paying once saved on it.

    Attributes:
        calls: successful requests recorded.
        coins: settled coins.
        calls_coalesced: calls answered by an identical call already in flight (here or,
            in a fleet, in another worker): no request, no charge.
        cache_hits: calls answered from the read cache (`ReadCache`, or a fleet's).
        coins_saved: what those calls would have cost: the charge of the request whose
            answer they shared.
    """

    calls: int = 0
    coins: int = 0
    calls_coalesced: int = 0
    cache_hits: int = 0
    coins_saved: int = 0


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
        cost_mismatches: calls charged per call whose reported cost differed from the
            bundled spec's estimate: Trenz's prices moved (see `make update-spec`).
        calls_coalesced: calls answered by an identical call already in flight (no
            request of their own, not in `calls`, charged nothing).
        cache_hits: calls answered from the read cache (not in `calls` either).
        coins_saved: what the coalesced and cached calls would have cost: for each, the
            charge of the request whose answer it shared.
    """

    calls: int
    coins_spent: int
    coins_held: int
    remaining_balance: int | None
    by_operation: Mapping[str, OperationUsage]
    coins_uncertain: int = 0
    cost_mismatches: int = 0
    calls_coalesced: int = 0
    cache_hits: int = 0
    coins_saved: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The snapshot as plain JSON data, in a documented shape.

        `{"format": "trenz_async.usage_snapshot", "calls", "coins_spent", "coins_held",
        "coins_uncertain", "remaining_balance", "calls_coalesced", "cache_hits",
        "coins_saved", "by_operation": {operation_id: {"calls", "coins",
        "calls_coalesced", "cache_hits", "coins_saved"}}}` (what paying once saved is
        missing from files written before it; it reads as 0). Save it (`to_json()`) to
        weigh a new spec by what you called: `python -m codegen.diff OLD NEW --usage
        FILE`; `from_dict()` reads it back.
        """
        return {
            "format": SNAPSHOT_FORMAT,
            "calls": self.calls,
            "coins_spent": self.coins_spent,
            "coins_held": self.coins_held,
            "coins_uncertain": self.coins_uncertain,
            "remaining_balance": self.remaining_balance,
            "calls_coalesced": self.calls_coalesced,
            "cache_hits": self.cache_hits,
            "coins_saved": self.coins_saved,
            "by_operation": {
                name: {
                    "calls": usage.calls,
                    "coins": usage.coins,
                    "calls_coalesced": usage.calls_coalesced,
                    "cache_hits": usage.cache_hits,
                    "coins_saved": usage.coins_saved,
                }
                for name, usage in sorted(self.by_operation.items())
            },
        }

    def to_json(self) -> str:
        """`to_dict()` as indented JSON text."""
        import json  # only an export needs it

        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UsageSnapshot:
        """A snapshot from `to_dict()`'s data.

        Raises:
            ValueError: the data is not a usage snapshot.
        """
        if data.get("format") != SNAPSHOT_FORMAT:
            raise ValueError(f'not a usage snapshot: "format" is not {SNAPSHOT_FORMAT!r}')
        try:
            balance = data.get("remaining_balance")
            return cls(
                calls=int(data["calls"]),
                coins_spent=int(data["coins_spent"]),
                coins_held=int(data["coins_held"]),
                coins_uncertain=int(data.get("coins_uncertain", 0)),
                remaining_balance=None if balance is None else int(balance),
                calls_coalesced=int(data.get("calls_coalesced", 0)),
                cache_hits=int(data.get("cache_hits", 0)),
                coins_saved=int(data.get("coins_saved", 0)),
                by_operation=MappingProxyType(
                    {
                        str(name): OperationUsage(
                            int(usage["calls"]),
                            int(usage["coins"]),
                            int(usage.get("calls_coalesced", 0)),
                            int(usage.get("cache_hits", 0)),
                            int(usage.get("coins_saved", 0)),
                        )
                        for name, usage in sorted(data["by_operation"].items())
                    }
                ),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"not a usage snapshot: {exc!r}") from exc


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

    __slots__ = (
        "by_operation",
        "cache_hits",
        "calls",
        "coalesced",
        "cost_mismatches",
        "held",
        "remaining_balance",
        "saved",
        "spent",
        "uncertain",
    )

    def __init__(self) -> None:
        self.calls = 0
        self.cost_mismatches = 0
        self.spent = 0
        self.held = 0
        self.uncertain = 0
        self.coalesced = 0
        self.cache_hits = 0
        self.saved = 0
        self.remaining_balance: int | None = None
        # operation_id -> [calls, coins, calls_coalesced, cache_hits, coins_saved]
        self.by_operation: dict[str, list[int]] = {}

    def count(self, operation_id: str, *, calls: int = 0, coins: int = 0) -> None:
        counts = self.by_operation.get(operation_id)
        if counts is None:
            self.by_operation[operation_id] = [calls, coins, 0, 0, 0]
        else:
            counts[0] += calls
            counts[1] += coins

    def count_saved(self, operation_id: str, coins: int, *, cached: bool) -> None:
        """A call answered without a request of its own: from the cache, or coalesced."""
        counts = self.by_operation.get(operation_id)
        if counts is None:
            counts = self.by_operation[operation_id] = [0, 0, 0, 0, 0]
        if cached:
            self.cache_hits += 1
            counts[3] += 1
        else:
            self.coalesced += 1
            counts[2] += 1
        self.saved += coins
        counts[4] += coins

    def snapshot(self) -> UsageSnapshot:
        return UsageSnapshot(
            calls=self.calls,
            coins_spent=self.spent,
            coins_held=self.held,
            coins_uncertain=self.uncertain,
            cost_mismatches=self.cost_mismatches,
            calls_coalesced=self.coalesced,
            cache_hits=self.cache_hits,
            coins_saved=self.saved,
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

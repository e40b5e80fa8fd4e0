"""API keys, their coin balances, and the ledger of every coin movement.

The ledger's arithmetic, per key:

- `charged`: coins debited from the balance: per-call charges plus async-job holds.
- `refunded`: coins credited back because an async job failed.
- `net = charged - refunded`: what the balance went down by (before any `set_balance`).
- `held`: coins of async jobs still running; debited, but may yet come back.
- `spent = net - held`: coins gone for good (per-call charges plus completed jobs).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import attrs


class EntryKind(enum.StrEnum):
    """What one ledger entry records."""

    CHARGE = "charge"  # a per-call operation succeeded: debited and spent
    HOLD = "hold"  # an async job was submitted: debited, pending its outcome
    SETTLE = "settle"  # the job completed: its hold is spent (no balance change)
    REFUND = "refund"  # the job failed: its hold is credited back


@attrs.frozen
class LedgerEntry:
    """One coin movement.

    Attributes:
        key: the API key charged.
        operation_id: the operation that cost the coins.
        kind: charge, hold, settle or refund.
        coins: the amount (always positive; `kind` gives the direction).
        request_id: the request that caused it (for settle and refund, the submission's).
        task_id: the async job's id, for holds, settles and refunds.
        at: the fake's clock when it happened (for a job, when it finished).
    """

    key: str
    operation_id: str
    kind: EntryKind
    coins: int
    request_id: str
    task_id: str | None = None
    at: float = 0.0


def _sum(entries: Iterable[LedgerEntry], *kinds: EntryKind) -> int:
    return sum(entry.coins for entry in entries if entry.kind in kinds)


@attrs.frozen
class AccountLedger:
    """One key's balance and coin movements, as of one moment (see the module docstring)."""

    key: str
    balance: int
    entries: tuple[LedgerEntry, ...]

    @property
    def charged(self) -> int:
        """Coins debited: per-call charges plus job holds."""
        return _sum(self.entries, EntryKind.CHARGE, EntryKind.HOLD)

    @property
    def refunded(self) -> int:
        """Coins credited back for failed jobs."""
        return _sum(self.entries, EntryKind.REFUND)

    @property
    def net(self) -> int:
        """`charged - refunded`: how far the balance went down."""
        return self.charged - self.refunded

    @property
    def held(self) -> int:
        """Coins of jobs not yet settled."""
        return _sum(self.entries, EntryKind.HOLD) - _sum(
            self.entries, EntryKind.SETTLE, EntryKind.REFUND
        )

    @property
    def spent(self) -> int:
        """Coins gone for good: per-call charges plus completed jobs."""
        return _sum(self.entries, EntryKind.CHARGE, EntryKind.SETTLE)

    def by_operation(self) -> Mapping[str, int]:
        """Net coins (charged minus refunded) per operation id."""
        totals: dict[str, int] = {}
        for entry in self.entries:
            sign = {EntryKind.REFUND: -1, EntryKind.SETTLE: 0}.get(entry.kind, 1)
            totals[entry.operation_id] = totals.get(entry.operation_id, 0) + sign * entry.coins
        return MappingProxyType(totals)


@attrs.frozen
class Ledger:
    """Every key's ledger, as of one moment. `ledger[key]` is one key's `AccountLedger`."""

    accounts: Mapping[str, AccountLedger]

    def __getitem__(self, key: str) -> AccountLedger:
        return self.accounts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.accounts)

    @property
    def entries(self) -> tuple[LedgerEntry, ...]:
        """All entries of all keys, oldest first."""
        merged = [entry for account in self.accounts.values() for entry in account.entries]
        return tuple(sorted(merged, key=lambda entry: entry.at))

    @property
    def charged(self) -> int:
        """Coins debited over all keys."""
        return sum(account.charged for account in self.accounts.values())

    @property
    def refunded(self) -> int:
        """Coins refunded over all keys."""
        return sum(account.refunded for account in self.accounts.values())

    @property
    def net(self) -> int:
        """`charged - refunded` over all keys."""
        return self.charged - self.refunded

    @property
    def held(self) -> int:
        """Coins of unsettled jobs over all keys."""
        return sum(account.held for account in self.accounts.values())

    @property
    def spent(self) -> int:
        """Coins spent for good over all keys."""
        return sum(account.spent for account in self.accounts.values())


@attrs.define
class Account:
    """The fake's mutable state for one API key."""

    balance: int
    revoked: bool = False
    suspended: bool = False
    scopes: frozenset[str] | None = None
    entries: list[LedgerEntry] = attrs.Factory(list)

    def debit(self, entry: LedgerEntry) -> None:
        """Record a charge or a hold and take the coins from the balance."""
        self.balance -= entry.coins
        self.entries.append(entry)

    def credit(self, entry: LedgerEntry) -> None:
        """Record a refund and give the coins back."""
        self.balance += entry.coins
        self.entries.append(entry)

    def note(self, entry: LedgerEntry) -> None:
        """Record an entry that moves no coins (a settle)."""
        self.entries.append(entry)

    def snapshot(self, key: str) -> AccountLedger:
        """This account's frozen ledger."""
        return AccountLedger(key=key, balance=self.balance, entries=tuple(self.entries))

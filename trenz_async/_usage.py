"""The coin ledger: what a client has spent, holds and may still spend.

Every success envelope's `usage` is recorded here by the transport chain. Per-call
operations are spent at once; async jobs are *held* at submission (their reported cost,
or the client's estimate when the submission reports none) and settled when the task
completes or released when it is refunded. A budget (`max_coins`) counts spent + held +
the estimates of calls in flight, so concurrent calls cannot overshoot it together; a
call's reservation turns into its recorded charge when its response arrives, so it is
never counted twice.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ._errors import BudgetExceededError

logger = logging.getLogger("trenz_async")


@attrs.frozen
class OperationUsage:
    """Calls and settled coins of one operation."""

    calls: int = 0
    coins: int = 0


@attrs.frozen
class UsageSnapshot:
    """Coins spent by one client (or one scope of it), as of one moment.

    Attributes:
        calls: successful calls recorded.
        coins_spent: settled coins (per-call charges and completed jobs).
        coins_held: coins of submitted async jobs not yet settled.
        remaining_balance: the account balance the server last reported, if any.
        by_operation: operation_id -> `OperationUsage`.
        coins_uncertain: estimates of calls whose outcome is unknown, until resolved.
    """

    calls: int
    coins_spent: int
    coins_held: int
    remaining_balance: int | None
    by_operation: Mapping[str, OperationUsage]
    coins_uncertain: int = 0


class _Tally:
    """Mutable counters behind one snapshot (the client's, or one scope's)."""

    def __init__(self) -> None:
        self.calls = 0
        self.spent = 0
        self.held = 0
        self.remaining_balance: int | None = None
        self.by_operation: dict[str, OperationUsage] = {}

    def count(self, operation_id: str, *, calls: int = 0, coins: int = 0) -> None:
        previous = self.by_operation.get(operation_id, OperationUsage())
        self.by_operation[operation_id] = OperationUsage(
            previous.calls + calls, previous.coins + coins
        )

    def snapshot(self) -> UsageSnapshot:
        return UsageSnapshot(
            calls=self.calls,
            coins_spent=self.spent,
            coins_held=self.held,
            remaining_balance=self.remaining_balance,
            by_operation=MappingProxyType(dict(sorted(self.by_operation.items()))),
        )


@attrs.define
class _Hold:
    operation_id: str
    coins: int
    tallies: tuple[_Tally, ...]


@attrs.define(eq=False)
class _Reservation:
    """The budget share of one call in flight, until its response is recorded."""

    operation_id: str
    estimate: int
    open: bool = True


class UsageScope:
    """Usage attributed to one `with` / `async with client.usage.scope(name)` block.

    Scopes follow `contextvars`, so tasks started inside the block count too and
    concurrent blocks do not mix; nested scopes each see their calls.
    """

    def __init__(self, name: str, active: contextvars.ContextVar[tuple[_Tally, ...]]) -> None:
        self.name = name
        self._tally = _Tally()
        self._active = active
        self._tokens: list[contextvars.Token[tuple[_Tally, ...]]] = []

    def snapshot(self) -> UsageSnapshot:
        """A frozen copy of this scope's counters."""
        return self._tally.snapshot()

    def __enter__(self) -> UsageScope:
        self._tokens.append(self._active.set((*self._active.get(), self._tally)))
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._active.reset(self._tokens.pop())

    async def __aenter__(self) -> UsageScope:
        return self.__enter__()

    async def __aexit__(self, *exc_info: object) -> None:
        self.__exit__(*exc_info)

    def __repr__(self) -> str:
        return f"UsageScope(name={self.name!r})"


class UsageLedger:
    """The coin ledger of one client: `client.usage`.

    Args:
        max_coins: the budget (spent + held + in flight); `None` for no budget.
        low_balance_threshold: call `on_low_balance` when the reported balance drops
            below this.
        on_low_balance: called with the remaining balance when it crosses the
            threshold (once per crossing).
    """

    def __init__(
        self,
        *,
        max_coins: int | None = None,
        low_balance_threshold: int | None = None,
        on_low_balance: Callable[[int], None] | None = None,
    ) -> None:
        if max_coins is not None and max_coins < 0:
            raise ValueError("max_coins must be >= 0")
        self.max_coins = max_coins
        self._low_balance_threshold = low_balance_threshold
        self._on_low_balance = on_low_balance
        self._below_threshold = False
        self._total = _Tally()
        self._holds: dict[str, _Hold] = {}
        self._reserved = 0
        self._scopes: contextvars.ContextVar[tuple[_Tally, ...]] = contextvars.ContextVar(
            "trenz_usage_scopes", default=()
        )
        self._reservation: contextvars.ContextVar[_Reservation | None] = contextvars.ContextVar(
            "trenz_usage_reservation", default=None
        )

    # ----------------------------------------------------------------- recording

    def record(
        self, operation_id: str, usage: Mapping[str, Any] | None, *, hold_for: str | None = None
    ) -> None:
        """Record one successful response's `usage`.

        Args:
            operation_id: the operation answered (or the path for unknown requests).
            usage: the envelope's `usage` object, if any.
            hold_for: the job id when this submitted an async job: its cost is held
                until `settle()` or `release()`. A submission that reports no cost is
                held at the call's estimate, so the budget still counts it.
        """
        usage = usage or {}
        coins = _as_int(usage.get("coin_cost")) or 0
        balance = _as_int(usage.get("remaining_balance"))
        reservation = self._reservation.get()
        if (
            reservation is not None
            and reservation.open
            and reservation.operation_id == operation_id
        ):
            # The charge replaces the call's reservation (no double count in the budget).
            reservation.open = False
            self._reserved -= reservation.estimate
            if hold_for is not None and coins <= 0:
                coins = reservation.estimate
        tallies = (self._total, *self._scopes.get())
        for tally in tallies:
            tally.calls += 1
            tally.count(operation_id, calls=1)
            if balance is not None:
                tally.remaining_balance = balance
            if hold_for is None:
                tally.spent += coins
                tally.count(operation_id, coins=coins)
            else:
                tally.held += coins
        if hold_for is not None:
            self._holds[hold_for] = _Hold(operation_id, coins, tallies)
        if balance is not None:
            self._check_low_balance(balance)

    def hold(self, job_id: str, operation_id: str, coins: int) -> None:
        """Hold coins for a job submitted elsewhere (a resumed task); idempotent."""
        if job_id in self._holds:
            return
        tallies = (self._total, *self._scopes.get())
        for tally in tallies:
            tally.held += coins
        self._holds[job_id] = _Hold(operation_id, coins, tallies)

    def settle(self, job_id: str, coins: int | None = None) -> None:
        """A held job completed: its coins (or `coins`, if reported) become spent."""
        hold = self._holds.pop(job_id, None)
        if hold is None:
            return
        final = hold.coins if coins is None else coins
        for tally in hold.tallies:
            tally.held -= hold.coins
            tally.spent += final
            tally.count(hold.operation_id, coins=final)

    def release(self, job_id: str) -> None:
        """A held job was refunded: its coins are no longer held."""
        hold = self._holds.pop(job_id, None)
        if hold is None:
            return
        for tally in hold.tallies:
            tally.held -= hold.coins

    # ----------------------------------------------------------------- budget

    @contextlib.contextmanager
    def reserve(self, operation_id: str, estimate: int) -> Iterator[None]:
        """Count `estimate` against the budget while a call is in flight.

        Raises:
            BudgetExceededError: spent + held + in flight + estimate would pass
                `max_coins`; nothing has been sent.
        """
        if self.max_coins is not None:
            committed = self._total.spent + self._total.held + self._reserved
            if committed + estimate > self.max_coins:
                raise BudgetExceededError(
                    operation_id=operation_id,
                    estimate=estimate,
                    remaining=max(self.max_coins - committed, 0),
                    budget=self.max_coins,
                )
        reservation = _Reservation(operation_id, estimate)
        self._reserved += estimate
        token = self._reservation.set(reservation)
        try:
            yield
        finally:
            self._reservation.reset(token)
            if reservation.open:
                self._reserved -= estimate

    @contextlib.contextmanager
    def unscoped(self) -> Iterator[None]:
        """Record the calls made in this block for the client only, in no scope.

        The poll scheduler polls everyone's tasks from whichever waiter drives it, so
        its polls must not count in that waiter's scope.
        """
        token = self._scopes.set(())
        try:
            yield
        finally:
            self._scopes.reset(token)

    # ----------------------------------------------------------------- reading

    def snapshot(self) -> UsageSnapshot:
        """A frozen copy of the client's counters."""
        return self._total.snapshot()

    def scope(self, name: str) -> UsageScope:
        """A `UsageScope` attributing the calls made inside its block to `name`."""
        return UsageScope(name, self._scopes)

    def _check_low_balance(self, balance: int) -> None:
        threshold = self._low_balance_threshold
        if threshold is None:
            return
        below = balance < threshold
        if below and not self._below_threshold:
            logger.warning("remaining balance %d is below %d coins", balance, threshold)
            if self._on_low_balance is not None:
                self._on_low_balance(balance)
        self._below_threshold = below

    def __repr__(self) -> str:
        snap = self.snapshot()
        return f"UsageLedger(calls={snap.calls}, coins_spent={snap.coins_spent}, coins_held={snap.coins_held})"


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)

"""The coin ledger: what a client has spent, holds, may have been charged, and may still spend.

Every call goes through one `Reservation`: its estimate is counted against the budget
before anything is sent, then it becomes exactly one of

- **spent**: a per-call charge, at the `usage.coin_cost` the response reported;
- **held**: an async job, at its reported cost (or the estimate when none is reported),
  until the task settles (spent) or is refunded (gone);
- **uncertain**: the outcome is unknown (a dropped connection after sending, a
  cancellation mid-request, an answer that cannot be read): the estimate stays counted
  until you `resolve()` it, because the server may have charged it;
- **released**: the call provably did nothing (never sent, or answered with an error).

A cheap read retried after an ambiguous failure also counts each such attempt's estimate
as uncertain. The budget (`max_coins`) counts spent + held + uncertain + reserved, so
concurrent calls cannot overshoot it together. With a `RedisCoordinator`, the budget
decision and every transition are mirrored in the fleet's shared store as well.
"""

from __future__ import annotations

import contextvars
import logging
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .._errors import BudgetExceededError, CoordinatorError
from .reservation import Reservation, new_id
from .snapshots import (
    RETRIED_ATTEMPT,
    UNKNOWN_OUTCOME,
    Tally,
    UncertainCharge,
    UsageScope,
    UsageSnapshot,
)

if TYPE_CHECKING:
    from .store import CoinStore

logger = logging.getLogger("trenz_async")


@attrs.define
class _Hold:
    operation_id: str
    coins: int
    tallies: tuple[Tally, ...]


@attrs.define
class _Uncertain:
    operation_id: str
    coins: int
    tallies: tuple[Tally, ...]
    at: float
    origin: str


class UsageLedger:
    """The coin ledger of one client: `client.usage`.

    Args:
        max_coins: the budget (spent + held + uncertain + in flight); `None` for none.
        low_balance_threshold: call `on_low_balance` when the reported balance drops
            below this.
        on_low_balance: called with the remaining balance when it crosses the
            threshold (once per crossing).
        store: a shared `CoinStore` (a fleet's, from `RedisCoordinator`): it makes the
            budget decisions, and every transition is mirrored there (see below).
        on_store_lost: with a `store`, called with the `CoordinatorError` when the store
            fails; the ledger then carries on alone, on its own budget (the client's
            `local_fallback`). Without it, a failed reservation raises.

    With a `store`, a failure of the store before a call is sent (`reserve`) raises
    `CoordinatorError`; a failure after the fact (`commit`, `release`, `settle`...) is
    logged and the call goes on: the store recovers what it missed (a reservation left
    open counts as uncertain after the coordinator's `lease_timeout`).
    """

    def __init__(
        self,
        *,
        max_coins: int | None = None,
        low_balance_threshold: int | None = None,
        on_low_balance: Callable[[int], None] | None = None,
        store: CoinStore | None = None,
        on_store_lost: Callable[[CoordinatorError], None] | None = None,
    ) -> None:
        if max_coins is not None and max_coins < 0:
            raise ValueError("max_coins must be >= 0")
        self.max_coins = max_coins
        self._low_balance_threshold = low_balance_threshold
        self._on_low_balance = on_low_balance
        self._below_threshold = False
        self._store = store
        self._shared = store  # kept for the fleet-wide reads after a fallback
        self._on_store_lost = on_store_lost
        self._total = Tally()
        self._holds: dict[str, _Hold] = {}
        self._uncertain: dict[str, _Uncertain] = {}
        self._reserved = 0
        self._scopes: contextvars.ContextVar[tuple[Tally, ...]] = contextvars.ContextVar(
            "trenz_usage_scopes", default=()
        )

    # ----------------------------------------------------------------- one call's life

    async def reserve(
        self, operation_id: str, estimate: int, *, scoped: bool = True, call_id: str | None = None
    ) -> Reservation:
        """Count `estimate` against the budget for a call about to be sent.

        Args:
            operation_id: the operation.
            estimate: its estimated cost.
            scoped: count it in the usage scopes active now (polls are not).
            call_id: the call's id; a new one by default.

        Raises:
            BudgetExceededError: it would pass `max_coins`; nothing has been sent.
        """
        call_id = call_id or new_id()
        store = self._store
        if store is not None and estimate > 0:
            try:
                await store.reserve(call_id, operation_id, estimate)
            except CoordinatorError as exc:
                if self._on_store_lost is None:
                    raise
                self._lose_store(exc)
                self._check_budget(operation_id, estimate)
        elif self.max_coins is not None:
            self._check_budget(operation_id, estimate)
        self._reserved += estimate
        tallies = (self._total, *self._scopes.get()) if scoped else (self._total,)
        return Reservation(call_id, operation_id, estimate, tallies)

    async def commit(
        self, reservation: Reservation, usage: Mapping[str, Any] | None, *, job_id: str | None
    ) -> None:
        """A call succeeded: record its `usage`; spend its coins, or hold them for `job_id`.

        A call that reports no cost (and a submission reporting 0) counts at its
        estimate, so the budget still holds.
        """
        if not self._close(reservation):
            return
        reservation.job_id = job_id
        usage = usage or {}
        reported = _coins(usage.get("coin_cost"))
        balance = _coins(usage.get("remaining_balance"))
        # No reported cost: count the estimate rather than nothing, so the budget holds.
        coins = reservation.estimate if reported is None else reported
        if job_id is not None and coins <= 0:
            coins = reservation.estimate
        operation_id = reservation.operation_id
        for tally in reservation._tallies:
            tally.calls += 1
            if balance is not None:
                tally.remaining_balance = balance
            if job_id is None:
                tally.spent += coins
                tally.count(operation_id, calls=1, coins=coins)
            else:
                tally.held += coins
                tally.count(operation_id, calls=1)
        if job_id is not None:
            self._holds[job_id] = _Hold(operation_id, coins, reservation._tallies)
        if balance is not None:
            self._check_low_balance(balance)
        store = self._store
        if store is not None:
            # Every committed call counts in the fleet's `calls`, free ones and task polls
            # included, as in each client's own snapshot.
            await self._mirror(
                store.commit(
                    reservation.id,
                    coins=coins,
                    job_id=job_id,
                    balance=balance,
                    operation_id=operation_id,
                ),
                "commit",
            )

    async def release(self, reservation: Reservation) -> None:
        """The call provably did nothing: its reservation is given back."""
        if self._close(reservation) and self._store is not None and reservation.estimate:
            await self._mirror(self._store.release(reservation.id), "release")

    async def mark_uncertain(self, reservation: Reservation) -> None:
        """The call's outcome is unknown: its estimate stays counted, as uncertain."""
        if not self._close(reservation):
            return
        self._add_uncertain(reservation.id, reservation, UNKNOWN_OUTCOME)
        if self._store is not None and reservation.estimate:
            await self._mirror(self._store.mark_uncertain(reservation.id), "mark_uncertain")

    async def add_uncertain(self, reservation: Reservation) -> None:
        """An attempt that may have been charged is being retried: count it as uncertain."""
        if not reservation.estimate:
            return
        uncertain_id = f"{reservation.id}.{next(reservation._retries)}"
        self._add_uncertain(uncertain_id, reservation, RETRIED_ATTEMPT)
        if self._store is not None:
            await self._mirror(
                self._store.add_uncertain(
                    uncertain_id, reservation.operation_id, reservation.estimate
                ),
                "add_uncertain",
            )

    def _close(self, reservation: Reservation) -> bool:
        if not reservation.open:
            return False
        reservation.open = False
        self._reserved -= reservation.estimate
        return True

    def _add_uncertain(self, uncertain_id: str, reservation: Reservation, origin: str) -> None:
        if not reservation.estimate:
            return
        self._uncertain[uncertain_id] = _Uncertain(
            reservation.operation_id,
            reservation.estimate,
            reservation._tallies,
            time.time(),
            origin,
        )
        for tally in reservation._tallies:
            tally.uncertain += reservation.estimate

    # ----------------------------------------------------------------- jobs

    async def hold(
        self, job_id: str, operation_id: str, coins: int, *, call_id: str | None = None
    ) -> None:
        """Hold coins for a job submitted elsewhere (a resumed task); idempotent.

        `call_id` names the submission that created the job (its journal entry's
        `submission_id`): in a fleet, what its worker left open for it becomes this hold
        rather than counting twice.
        """
        if job_id in self._holds:
            return
        tallies = (self._total, *self._scopes.get())
        for tally in tallies:
            tally.held += coins
        self._holds[job_id] = _Hold(operation_id, coins, tallies)
        if self._store is not None and (coins or call_id):
            await self._mirror(
                self._store.hold(job_id, operation_id, coins, call_id=call_id), "hold"
            )

    async def settle(self, job_id: str, coins: int | None = None) -> None:
        """A held job completed: its coins (or `coins`, if reported) become spent.

        In a fleet, a job this client does not hold (another worker's) is settled in the
        shared ledger all the same, once.
        """
        hold = self._holds.pop(job_id, None)
        if hold is not None:
            final = hold.coins if coins is None else coins
            for tally in hold.tallies:
                tally.held -= hold.coins
                tally.spent += final
                tally.count(hold.operation_id, coins=final)
        if self._store is not None:
            await self._mirror(self._store.settle(job_id, coins), "settle")

    async def refund(self, job_id: str) -> None:
        """A held job was refunded: its coins are no longer held (in a fleet, by anyone)."""
        hold = self._holds.pop(job_id, None)
        if hold is not None:
            for tally in hold.tallies:
                tally.held -= hold.coins
        if self._store is not None:
            await self._mirror(self._store.refund(job_id), "refund")

    # ----------------------------------------------------------------- uncertain coins

    def uncertain(self) -> list[UncertainCharge]:
        """Every amount this client still counts as uncertain, oldest first.

        In a fleet, `await fleet_uncertain()` lists every worker's, dead ones' included.
        """
        return [
            UncertainCharge(uncertain_id, entry.operation_id, entry.coins, entry.at, entry.origin)
            for uncertain_id, entry in self._uncertain.items()
        ]

    async def resolve(self, uncertain_id: str, *, coins_charged: int) -> None:
        """Settle an uncertain amount once you know what happened.

        In a fleet, any worker's amount (`fleet_uncertain()`) can be resolved, a dead
        one's included; the shared ledger is updated first.

        Args:
            uncertain_id: an `UncertainCharge.id` (an `OutcomeUnknownError.submission_id`).
            coins_charged: what the server really charged (0 when it did nothing); it is
                counted as spent.

        Raises:
            KeyError: no uncertain amount has this id.
            ValueError: `coins_charged` is negative.
            CoordinatorError: the fleet's Redis failed (nothing was resolved).
        """
        if coins_charged < 0:
            raise ValueError("coins_charged must be >= 0")
        entry = self._uncertain.get(uncertain_id)
        if self._store is not None:
            known = await self._store.resolve(uncertain_id, coins_charged=coins_charged)
            if entry is None and not known:
                raise KeyError(uncertain_id)
        elif entry is None:
            raise KeyError(uncertain_id)
        if entry is None:
            return
        del self._uncertain[uncertain_id]
        for tally in entry.tallies:
            tally.uncertain -= entry.coins
            tally.spent += coins_charged
            tally.count(entry.operation_id, coins=coins_charged)

    async def resolve_as_job(self, uncertain_id: str, job_id: str) -> None:
        """An uncertain submission turned out to have created `job_id`: hold it instead.

        In a fleet, what the submission's worker left open (a dead worker's reservation
        included) becomes the job's hold.

        Raises:
            CoordinatorError: the fleet's Redis failed (nothing changed).
        """
        entry = self._uncertain.get(uncertain_id)
        if self._store is not None:
            operation_id, coins = ("", 0) if entry is None else (entry.operation_id, entry.coins)
            await self._store.hold(job_id, operation_id, coins, call_id=uncertain_id)
        if entry is None:
            return
        del self._uncertain[uncertain_id]
        for tally in entry.tallies:
            tally.uncertain -= entry.coins
            tally.held += entry.coins
        self._holds[job_id] = _Hold(entry.operation_id, entry.coins, entry.tallies)

    # ----------------------------------------------------------------- reading

    def snapshot(self) -> UsageSnapshot:
        """A frozen copy of the client's counters."""
        return self._total.snapshot()

    async def fleet_snapshot(self) -> UsageSnapshot:
        """The shared store's counters (every client of a `RedisCoordinator` namespace);
        without a coordinator, the same as `snapshot()`.

        Raises:
            CoordinatorError: the fleet's Redis failed.
        """
        if self._shared is None:
            return self.snapshot()
        return await self._shared.snapshot()

    async def fleet_uncertain(self) -> list[UncertainCharge]:
        """Every uncertain amount of the fleet, oldest first, to `resolve()` one by one.

        Dead workers' calls are among them (origin `"recovered"`) once the coordinator's
        `lease_timeout` has passed. Without a coordinator, the same as `uncertain()`.

        Raises:
            CoordinatorError: the fleet's Redis failed.
        """
        if self._shared is None:
            return self.uncertain()
        return list(await self._shared.uncertain())

    def scope(self, name: str) -> UsageScope:
        """A `UsageScope` attributing the calls made inside its block to `name`."""
        return UsageScope(name, self._scopes)

    async def _mirror(self, transition: Awaitable[object], what: str) -> None:
        """A transition after the fact: a store failure is logged, never raised."""
        try:
            await transition
        except CoordinatorError as exc:
            logger.warning(
                "the fleet ledger missed a %s (%s); the coordinator recovers it after its "
                "lease_timeout",
                what,
                exc,
            )
            if self._on_store_lost is not None:
                self._lose_store(exc)

    def _lose_store(self, exc: CoordinatorError) -> None:
        """Carry on without the shared store (the client's `local_fallback`)."""
        self._store = None
        if self._on_store_lost is not None:
            self._on_store_lost(exc)

    def _detach_store(self) -> None:
        """Stop using the shared store for decisions and transitions (reads go on)."""
        self._store = None

    def _check_budget(self, operation_id: str, estimate: int) -> None:
        if self.max_coins is None:
            return
        committed = self._committed()
        if committed + estimate > self.max_coins:
            raise BudgetExceededError(
                operation_id=operation_id,
                estimate=estimate,
                remaining=max(self.max_coins - committed, 0),
                budget=self.max_coins,
            )

    def _committed(self) -> int:
        total = self._total
        return total.spent + total.held + total.uncertain + self._reserved

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
        return (
            f"UsageLedger(calls={snap.calls}, coins_spent={snap.coins_spent}, "
            f"coins_held={snap.coins_held}, coins_uncertain={snap.coins_uncertain})"
        )


def _coins(value: Any) -> int | None:
    """A coin figure from a response: a finite number as an int, or `None`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return int(value)

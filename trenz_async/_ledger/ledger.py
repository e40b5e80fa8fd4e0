"""The coin ledger: what a client has spent, holds, may have been charged, and may still spend.

Every call goes through one `Reservation`: its estimate is counted against the budget
before anything is sent, and while the call runs

- an attempt that may have been processed without a usable answer (a dropped
  connection after sending, a cancellation mid-request, a gateway's 5xx) counts the
  estimate as **uncertain**, because the server may have charged it: it stays counted
  until you `resolve()` it;

and when it ends the reservation becomes

- **spent**: a per-call charge, at the `usage.coin_cost` the response reported;
- **held**: an async job, at its reported cost (or the estimate when none is reported),
  until the task settles (spent) or is refunded (gone);
- or it is **released**: whatever was not spent, held or made uncertain goes back.

The budget (`max_coins`) counts spent + held + uncertain + reserved, so concurrent calls
cannot overshoot it together. A fleet's ledger (`_fleet.FleetLedger`) is this one with
every decision and transition mirrored in a store shared by the workers.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from .._errors import BudgetExceededError
from .._support import Telemetry
from .entries import Hold, Uncertain, coins_argument, coins_of, optional_coins
from .prices import PriceWatch
from .reservation import Reservation, new_id
from .snapshots import (
    RETRIED_ATTEMPT,
    UNKNOWN_OUTCOME,
    Tally,
    UncertainCharge,
    UsageScope,
    UsageSnapshot,
)

logger = logging.getLogger("trenz_async")


class UsageLedger:
    """The coin ledger of one client: `client.usage`.

    Args:
        max_coins: the budget (spent + held + uncertain + in flight); `None` for none.
        low_balance_threshold: call `on_low_balance` when the reported balance drops
            below this.
        on_low_balance: called with the remaining balance when it crosses the
            threshold (once per crossing).
        telemetry: where coin metrics go (spent as counted; held and uncertain as
            gauges read from this ledger).

    Raises:
        InvalidParameterError: a budget or threshold that is not a whole number >= 0.
    """

    def __init__(
        self,
        *,
        max_coins: int | None = None,
        low_balance_threshold: int | None = None,
        on_low_balance: Callable[[int], None] | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        self.max_coins = optional_coins("max_coins", max_coins)
        self._telemetry = telemetry or Telemetry.off()
        self._telemetry.observe_ledger(self._gauges)
        self._low_balance_threshold = optional_coins("low_balance_threshold", low_balance_threshold)
        self._on_low_balance = on_low_balance
        self._below_threshold = False
        self._total = Tally()
        self._holds: dict[str, Hold] = {}
        self._uncertain: dict[str, Uncertain] = {}
        self._reserved = 0
        self._prices = PriceWatch()

    # ----------------------------------------------------------------- one call's life

    async def reserve(
        self,
        operation_id: str,
        estimate: int,
        *,
        scope: UsageScope | None = None,
        call_id: str | None = None,
    ) -> Reservation:
        """Count `estimate` against the budget for a call about to be sent.

        Args:
            operation_id: the operation.
            estimate: its estimated cost.
            scope: the usage scope the call counts in too (with its parents), if any.
            call_id: the call's id; a new one by default.

        Raises:
            BudgetExceededError: it would pass `max_coins`; nothing has been sent.
        """
        call_id = call_id or new_id()
        await self._admit(call_id, operation_id, estimate)
        self._reserved += estimate
        tallies = (self._total,) if scope is None else (self._total, *scope.tallies)
        return Reservation(call_id, operation_id, estimate, tallies)

    async def commit(
        self, reservation: Reservation, usage: Mapping[str, Any] | None, *, job_id: str | None
    ) -> None:
        """A call succeeded: record its `usage`; spend its coins, or hold them for `job_id`.

        A call that reports no cost (and a submission reporting 0) counts at its
        estimate, so the budget still holds.
        """
        self._commit(reservation, usage, job_id=job_id)

    async def release(self, reservation: Reservation) -> None:
        """The call ended: what was not spent, held or made uncertain goes back."""
        self._close(reservation)

    async def add_uncertain(self, reservation: Reservation) -> None:
        """An attempt may have been processed without a usable answer: count its estimate
        as uncertain (the first such attempt under the call's own id)."""
        self._add_uncertain(reservation)

    def saved(
        self,
        operation_id: str,
        coins: int,
        *,
        scope: UsageScope | None = None,
        cached: bool = False,
    ) -> None:
        """A call was answered without a request of its own, so without a charge.

        It shared the answer of an identical call in flight (`cached=False`: it counts in
        `calls_coalesced`) or found it in the read cache (`cache_hits`); `coins` (what
        the request whose answer it shared was charged) count in `coins_saved`. Nothing
        was reserved for it, so the budget is untouched: a shared call counts once.
        """
        self._total.count_saved(operation_id, coins, cached=cached)
        if scope is not None:
            for tally in scope.tallies:
                tally.count_saved(operation_id, coins, cached=cached)

    def check_price(self, reservation: Reservation, reported: object) -> None:
        """Compare a per-call charge with the bundled spec's estimate (see `PriceWatch`)."""
        self._prices.check(reservation, reported)

    def _commit(
        self, reservation: Reservation, usage: Mapping[str, Any] | None, *, job_id: str | None
    ) -> tuple[int, int | None] | None:
        """The local half of `commit`: the coins and balance recorded, or `None` if the
        reservation had ended already."""
        if not self._close(reservation):
            return None
        reservation.job_id = job_id
        usage = usage or {}
        reported = coins_of(usage.get("coin_cost"))
        if reported is not None and reported < 0:
            reported = None  # a negative charge would hand coins back to the budget
        balance = coins_of(usage.get("remaining_balance"))
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
            self._holds[job_id] = Hold(operation_id, coins, reservation._tallies)
        else:
            self._spent_metric(operation_id, coins)
        if balance is not None:
            self._check_low_balance(balance)
        return coins, balance

    def _close(self, reservation: Reservation) -> bool:
        if not reservation.open:
            return False
        reservation.open = False
        self._reserved -= reservation.estimate
        return True

    def _add_uncertain(self, reservation: Reservation) -> str | None:
        """The local half of `add_uncertain`: the id the amount is known by, if any."""
        if not reservation.estimate:
            return None
        attempts = reservation.uncertain_attempts
        reservation.uncertain_attempts = attempts + 1
        if attempts:
            uncertain_id, origin = f"{reservation.id}.{attempts}", RETRIED_ATTEMPT
        else:
            uncertain_id, origin = reservation.id, UNKNOWN_OUTCOME
        self._uncertain[uncertain_id] = Uncertain(
            reservation.operation_id,
            reservation.estimate,
            reservation._tallies,
            time.time(),
            origin,
        )
        for tally in reservation._tallies:
            tally.uncertain += reservation.estimate
        return uncertain_id

    async def _admit(self, call_id: str, operation_id: str, estimate: int) -> None:
        """Refuse a call the budget cannot take (a fleet asks its shared store)."""
        self._check_budget(operation_id, estimate)

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
        self._total.held += coins
        self._holds[job_id] = Hold(operation_id, coins, (self._total,))

    async def settle(self, job_id: str, coins: int | None = None) -> None:
        """A held job completed: its coins (or `coins`, if reported) become spent."""
        hold = self._holds.pop(job_id, None)
        if hold is None:
            return
        final = hold.coins if coins is None else coins
        for tally in hold.tallies:
            tally.held -= hold.coins
            tally.spent += final
            tally.count(hold.operation_id, coins=final)
        self._spent_metric(hold.operation_id, final)

    async def refund(self, job_id: str) -> None:
        """A held job was refunded: its coins are no longer held."""
        hold = self._holds.pop(job_id, None)
        if hold is not None:
            for tally in hold.tallies:
                tally.held -= hold.coins

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

        Args:
            uncertain_id: an `UncertainCharge.id` (an `OutcomeUnknownError.submission_id`).
            coins_charged: what the server really charged (0 when it did nothing); it is
                counted as spent.

        Raises:
            KeyError: no uncertain amount has this id.
            InvalidParameterError: `coins_charged` is not a whole number >= 0 (NaN,
                infinities, bools and fractions are refused).
        """
        coins_charged = coins_argument("coins_charged", coins_charged)
        shared = await self._resolve_shared(uncertain_id, coins_charged)
        if not shared and uncertain_id not in self._uncertain:
            raise KeyError(uncertain_id)
        self._resolve_locally(uncertain_id, coins_charged)

    async def _resolve_shared(self, uncertain_id: str, coins_charged: int) -> bool:
        """Resolve the amount where a fleet shares it first; whether it was known there."""
        return False

    def _resolve_locally(self, uncertain_id: str, coins_charged: int) -> None:
        entry = self._uncertain.pop(uncertain_id, None)
        if entry is None:
            return
        for tally in entry.tallies:
            tally.uncertain -= entry.coins
            tally.spent += coins_charged
            tally.count(entry.operation_id, coins=coins_charged)
        self._spent_metric(entry.operation_id, coins_charged)

    async def resolve_as_job(self, uncertain_id: str, job_id: str) -> None:
        """An uncertain submission turned out to have created `job_id`: hold it instead."""
        entry = self._uncertain.pop(uncertain_id, None)
        if entry is None:
            return
        for tally in entry.tallies:
            tally.uncertain -= entry.coins
            tally.held += entry.coins
        self._holds[job_id] = Hold(entry.operation_id, entry.coins, entry.tallies)

    # ----------------------------------------------------------------- reading

    def snapshot(self) -> UsageSnapshot:
        """A frozen copy of the client's counters."""
        return self._total.snapshot()

    async def fleet_snapshot(self) -> UsageSnapshot:
        """The fleet's counters (every client of a `RedisCoordinator` namespace);
        without a coordinator, the same as `snapshot()`.

        Raises:
            CoordinatorError: the fleet's Redis failed.
        """
        return self.snapshot()

    async def fleet_uncertain(self) -> list[UncertainCharge]:
        """Every uncertain amount of the fleet, oldest first, to `resolve()` one by one.

        Dead workers' calls are among them (origin `"recovered"`) once the coordinator's
        `lease_timeout` has passed. Without a coordinator, the same as `uncertain()`.

        Raises:
            CoordinatorError: the fleet's Redis failed.
        """
        return self.uncertain()

    def _spent_metric(self, operation_id: str, coins: int) -> None:
        instruments = self._telemetry.metrics
        if instruments is not None and coins:
            instruments.coins_spent.add(coins, {"trenz.operation.id": operation_id})

    def _gauges(self) -> dict[str, int]:
        total = self._total
        return {"held": total.held, "uncertain": total.uncertain}

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
            f"{type(self).__name__}(calls={snap.calls}, coins_spent={snap.coins_spent}, "
            f"coins_held={snap.coins_held}, coins_uncertain={snap.coins_uncertain})"
        )

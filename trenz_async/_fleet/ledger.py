"""`FleetLedger`: a client's ledger whose budget and record are shared by a fleet.

It is the client's own `UsageLedger` (its snapshot is this client's calls), with the
budget decided by the fleet's `CoinStore` and every transition mirrored there, as
`FleetGate` wraps the fleet's gate:

- before a call is sent, a store failure raises `CoordinatorError`: nothing is sent;
- after the fact (a commit, a release, an uncertain attempt, a job's end) a failure is
  logged and the call goes on: the store recovers what it missed (a reservation left
  open counts as uncertain after the coordinator's `lease_timeout`);
- with `local_fallback=True`, the first failure makes the client decide alone, on its
  own budget, for the rest of its life (`LocalFallback`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from .._errors import CoordinatorError
from .._ledger import CoinStore, Reservation, UncertainCharge, UsageLedger, UsageSnapshot

logger = logging.getLogger("trenz_async")


class FleetLedger(UsageLedger):
    """The ledger of a client bound to a `RedisCoordinator`.

    Args:
        store: the fleet's shared `CoinStore`.
        on_store_lost: called with the `CoordinatorError` when the store fails; the
            ledger then carries on alone (the client's `local_fallback`). Without it, a
            failed reservation raises.
        max_coins / low_balance_threshold / on_low_balance: as `UsageLedger` takes them
            (the budget is the fleet's; this one applies only after a fallback).
    """

    def __init__(
        self,
        store: CoinStore,
        *,
        on_store_lost: Callable[[CoordinatorError], None] | None = None,
        max_coins: int | None = None,
        low_balance_threshold: int | None = None,
        on_low_balance: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(
            max_coins=max_coins,
            low_balance_threshold=low_balance_threshold,
            on_low_balance=on_low_balance,
        )
        self._shared = store  # the fleet-wide reads go on after a fallback
        self._store: CoinStore | None = store
        self._on_store_lost = on_store_lost

    def detach(self) -> None:
        """Decide and record alone from now on (the fleet's reads go on)."""
        self._store = None

    async def _admit(self, call_id: str, operation_id: str, estimate: int) -> None:
        store = self._store
        if store is None:
            self._check_budget(operation_id, estimate)
            return
        if estimate <= 0:
            return
        try:
            await store.reserve(call_id, operation_id, estimate)
        except CoordinatorError as exc:
            if self._on_store_lost is None:
                raise
            self._lose_store(exc)
            self._check_budget(operation_id, estimate)

    async def commit(
        self, reservation: Reservation, usage: Mapping[str, Any] | None, *, job_id: str | None
    ) -> None:
        recorded = self._commit(reservation, usage, job_id=job_id)
        store = self._store
        if recorded is not None and store is not None:
            coins, balance = recorded
            # Every committed call counts in the fleet's `calls`, free ones and task polls
            # included, as in each client's own snapshot.
            await self._mirror(
                store.commit(
                    reservation.id,
                    coins=coins,
                    job_id=job_id,
                    balance=balance,
                    operation_id=reservation.operation_id,
                ),
                "commit",
            )

    async def release(self, reservation: Reservation) -> None:
        if self._close(reservation) and self._store is not None and reservation.estimate:
            await self._mirror(self._store.release(reservation.id), "release")

    async def add_uncertain(self, reservation: Reservation) -> None:
        uncertain_id = self._add_uncertain(reservation)
        if uncertain_id is not None and self._store is not None:
            await self._mirror(
                self._store.add_uncertain(
                    uncertain_id,
                    reservation.operation_id,
                    reservation.estimate,
                    retried=uncertain_id != reservation.id,
                ),
                "add_uncertain",
            )

    async def hold(
        self, job_id: str, operation_id: str, coins: int, *, call_id: str | None = None
    ) -> None:
        already = job_id in self._holds
        await super().hold(job_id, operation_id, coins, call_id=call_id)
        if not already and self._store is not None and (coins or call_id):
            await self._mirror(
                self._store.hold(job_id, operation_id, coins, call_id=call_id), "hold"
            )

    async def settle(self, job_id: str, coins: int | None = None) -> None:
        """Settle a held job; one another worker holds is settled in the shared store."""
        await super().settle(job_id, coins)
        if self._store is not None:
            await self._mirror(self._store.settle(job_id, coins), "settle")

    async def refund(self, job_id: str) -> None:
        """Refund a held job, whichever worker holds it."""
        await super().refund(job_id)
        if self._store is not None:
            await self._mirror(self._store.refund(job_id), "refund")

    async def _resolve_shared(self, uncertain_id: str, coins_charged: int) -> bool:
        # Any worker's amount (a dead one's included) can be resolved here; the shared
        # store first, so a failure there changes nothing.
        if self._store is None:
            return False
        return await self._store.resolve(uncertain_id, coins_charged=coins_charged)

    async def resolve_as_job(self, uncertain_id: str, job_id: str) -> None:
        """What the submission's worker left open (a dead one's too) becomes the job's hold.

        Raises:
            CoordinatorError: the fleet's Redis failed (nothing changed).
        """
        if self._store is not None:
            entry = self._uncertain.get(uncertain_id)
            operation_id, coins = ("", 0) if entry is None else (entry.operation_id, entry.coins)
            await self._store.hold(job_id, operation_id, coins, call_id=uncertain_id)
        await super().resolve_as_job(uncertain_id, job_id)

    async def fleet_snapshot(self) -> UsageSnapshot:
        return await self._shared.snapshot()

    async def fleet_uncertain(self) -> list[UncertainCharge]:
        return list(await self._shared.uncertain())

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

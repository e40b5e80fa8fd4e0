"""`FleetLedger`: a client's ledger whose budget and record are shared by a fleet.

It is the client's own `UsageLedger` (its snapshot is this client's calls), with the
budget decided by the fleet's `CoinStore` and every transition mirrored there, as
`FleetGate` wraps the fleet's gate:

- before a call is sent, a store failure raises `CoordinatorError`: nothing is sent;
- after the fact (a commit, a release, an uncertain attempt, a job's end) a failure is
  logged and the call goes on: the store recovers what it missed (a reservation left
  open counts as uncertain after the coordinator's `lease_timeout`);
- with `local_fallback=True`, the first failure makes the client decide alone for the
  rest of its life (`LocalFallback`), on its **share** of what the fleet had left.

The share: each reservation and commit (calls the client makes anyway) tells it the
fleet's committed coins and how many workers were seen lately (`FleetView`). Without
Redis, a client may spend `(max_coins - committed) // workers` more, counted from that
last view, so that the workers cut off together stay within the budget rather than
each spending a whole one. Spending by other workers after this client's last view is
not known to it; a view older than the coordinator's `lease_timeout` (the other workers
no longer counted this one) gives no share at all.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._errors import BudgetExceededError, CoordinatorError
from .._ledger import (
    CoinStore,
    Reservation,
    UncertainCharge,
    UsageLedger,
    UsageScope,
    UsageSnapshot,
)
from .._support import Telemetry
from .redis.namespace import FleetView

if TYPE_CHECKING:
    from .redis.coins import RedisCoinStore
    from .starts import CallStarts

logger = logging.getLogger("trenz_async")


@attrs.frozen
class _Basis:
    """The fleet's last view, with this client's own committed coins at that moment."""

    view: FleetView
    local: int
    at: float


@attrs.frozen
class FallbackShare:
    """What a client that lost the fleet may still spend on its own.

    Attributes:
        allowance: coins it may commit beyond `base`.
        base: its own committed coins when the fleet last answered.
        left: the fleet's budget left at that view (`None`: no view, or too old).
        workers: the workers seen at that view.
    """

    allowance: int
    base: int
    left: int | None
    workers: int

    def describe(self, budget: int) -> str:
        """One sentence for the fallback's warning."""
        if self.left is None:
            return (
                f"it saw the fleet too long ago to claim a share of the {budget}-coin budget, "
                "so it spends nothing more on paid calls"
            )
        return (
            f"it may spend {self.allowance} more coins: its share of the {self.left} left of "
            f"the {budget}-coin budget, split among the {self.workers} workers last seen"
        )


class FleetLedger(UsageLedger):
    """The ledger of a client bound to a `RedisCoordinator`.

    Args:
        store: the fleet's shared `CoinStore`.
        on_store_lost: called with the `CoordinatorError` when the store fails; the
            ledger then carries on alone (the client's `local_fallback`). Without it, a
            failed reservation raises.
        max_coins / low_balance_threshold / on_low_balance / telemetry: as
            `UsageLedger` takes them (the budget is the fleet's; after a fallback this
            client's share of it).
        view: the fleet's latest `FleetView` (the store's), read after each reply.
        view_ttl: seconds a view stays good for a share (the coordinator's
            `lease_timeout`: after it the other workers no longer count this one).
        clock: monotonic seconds (injectable for tests).
        starts: where a slot of the fleet's window taken with a reservation waits for
            the call's gate (`starts`); `None` takes none.
    """

    def __init__(
        self,
        store: CoinStore,
        *,
        on_store_lost: Callable[[CoordinatorError], None] | None = None,
        max_coins: int | None = None,
        low_balance_threshold: int | None = None,
        on_low_balance: Callable[[int], None] | None = None,
        telemetry: Telemetry | None = None,
        view: Callable[[], FleetView | None] | None = None,
        view_ttl: float = math.inf,
        clock: Callable[[], float] = time.monotonic,
        starts: CallStarts | None = None,
    ) -> None:
        super().__init__(
            max_coins=max_coins,
            low_balance_threshold=low_balance_threshold,
            on_low_balance=on_low_balance,
            telemetry=telemetry,
        )
        self._shared = store  # the fleet-wide reads go on after a fallback
        self._store: CoinStore | None = store
        self._on_store_lost = on_store_lost
        self._view = view
        self._view_ttl = view_ttl
        self._clock = clock
        self._basis: _Basis | None = None
        self._starts = starts
        # The Redis store's writes after the fact ride on the next round trip (`defer`).
        self._defers = bool(getattr(store, "defers_commits", False))
        self.share: FallbackShare | None = None
        """What this client may still spend alone, once it fell back (else `None`)."""
        self._note(0)  # the bind's view: nothing committed here yet

    def detach(self) -> str | None:
        """Decide and record alone from now on (the fleet's reads go on).

        Returns the share this client may spend alone, described for a log (`None`
        without a budget).
        """
        if self._store is not None:
            self._store = None
            self.share = self._fallback_share()
        if self.share is None or self.max_coins is None:
            return None
        return self.share.describe(self.max_coins)

    async def _admit(self, call_id: str, operation_id: str, estimate: int) -> None:
        store = self._store
        if store is None:
            self._check_budget(operation_id, estimate)
            return
        if estimate <= 0:
            return
        before = self._committed()
        starts = self._starts
        if starts is not None and starts.submits_job(operation_id):
            # Reserved in the round trip of the job's intent (`starts`).
            starts.defer_reservation(call_id, operation_id, estimate)
            return
        start = starts.step() if starts is not None else None
        try:
            if start is None:
                await store.reserve(call_id, operation_id, estimate)
            else:
                # The call's slot of the window, in the same round trip (`starts`).
                permit_id, then = start
                reply = await cast("RedisCoinStore", store).reserve(
                    call_id, operation_id, estimate, then=then
                )
                cast("CallStarts", starts).keep(call_id, permit_id, reply)
        except CoordinatorError as exc:
            if self._on_store_lost is None:
                raise
            self._lose_store(exc)
            self._check_budget(operation_id, estimate)
            return
        self._note(before + estimate)  # the view counts this reservation already

    def _check_budget(self, operation_id: str, estimate: int) -> None:
        share = self.share
        if share is None or self.max_coins is None:
            super()._check_budget(operation_id, estimate)
            return
        used = self._committed() - share.base
        if used + estimate > share.allowance:
            raise BudgetExceededError(
                operation_id=operation_id,
                estimate=estimate,
                remaining=max(share.allowance - used, 0),
                budget=self.max_coins,
            )

    def _note(self, local: int) -> None:
        """Keep the fleet's latest view, paired with this client's committed coins.

        `local` is read before the reply arrived: anything this client added meanwhile
        counts as spent after the view, never as part of it (the safe side).
        """
        view = self._view() if self._view is not None else None
        if view is not None:
            self._basis = _Basis(view, local, self._clock())

    def _fallback_share(self) -> FallbackShare | None:
        if self.max_coins is None:
            return None
        basis = self._basis
        if basis is None or self._clock() - basis.at > self._view_ttl:
            return FallbackShare(allowance=0, base=self._committed(), left=None, workers=0)
        left = max(self.max_coins - basis.view.committed, 0)
        workers = max(basis.view.workers, 1)
        return FallbackShare(
            allowance=left // workers, base=basis.local, left=left, workers=workers
        )

    async def commit(
        self, reservation: Reservation, usage: Mapping[str, Any] | None, *, job_id: str | None
    ) -> None:
        if self._starts is not None:
            self._starts.drop(reservation.id)
        recorded = self._commit(reservation, usage, job_id=job_id)
        store = self._store
        if recorded is not None and store is not None:
            coins, balance = recorded
            before = self._committed()
            # Every committed call counts in the fleet's `calls`, free ones and task polls
            # included, as in each client's own snapshot.
            if self._defers:
                # Deferred to this process's next round trip (`RedisLink.defer`).
                await cast("RedisCoinStore", store).commit(
                    reservation.id,
                    coins=coins,
                    job_id=job_id,
                    balance=balance,
                    operation_id=reservation.operation_id,
                    on_error=lambda exc: self._missed(exc, "commit"),
                    on_reply=lambda: self._note(before),
                )
                return
            committed = await self._mirror(
                store.commit(
                    reservation.id,
                    coins=coins,
                    job_id=job_id,
                    balance=balance,
                    operation_id=reservation.operation_id,
                ),
                "commit",
            )
            if committed:
                self._note(before)

    def saved(
        self,
        operation_id: str,
        coins: int,
        *,
        scope: UsageScope | None = None,
        cached: bool = False,
    ) -> None:
        super().saved(operation_id, coins, scope=scope, cached=cached)
        store = self._store
        if store is not None and self._defers:  # the Redis store: on the next round trip
            cast("RedisCoinStore", store).saved(
                operation_id,
                coins,
                cached=cached,
                on_error=lambda exc: self._missed(
                    exc, "saved call", "the fleet's savings leave it out"
                ),
            )

    async def release(self, reservation: Reservation) -> None:
        if self._starts is not None:
            self._starts.drop(reservation.id)
        store = self._store
        if self._close(reservation) and store is not None and reservation.estimate:
            if self._defers:
                await cast("RedisCoinStore", store).release(
                    reservation.id, on_error=lambda exc: self._missed(exc, "release")
                )
                return
            await self._mirror(store.release(reservation.id), "release")

    async def add_uncertain(self, reservation: Reservation) -> None:
        if self._starts is not None:
            self._starts.drop(reservation.id)
        uncertain_id = self._add_uncertain(reservation)
        store = self._store
        if uncertain_id is not None and store is not None:
            retried = uncertain_id != reservation.id
            if self._defers:
                await cast("RedisCoinStore", store).add_uncertain(
                    uncertain_id,
                    reservation.operation_id,
                    reservation.estimate,
                    retried=retried,
                    on_error=lambda exc: self._missed(exc, "add_uncertain"),
                )
                return
            await self._mirror(
                store.add_uncertain(
                    uncertain_id, reservation.operation_id, reservation.estimate, retried=retried
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
        store = self._store
        if store is not None:
            if self._defers:
                await cast("RedisCoinStore", store).settle(
                    job_id, coins, on_error=lambda exc: self._missed(exc, "settle")
                )
                return
            await self._mirror(store.settle(job_id, coins), "settle")

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

    async def _mirror(self, transition: Awaitable[object], what: str) -> bool:
        """A transition after the fact: a store failure is logged, never raised."""
        try:
            await transition
        except CoordinatorError as exc:
            self._missed(exc, what)
            return False
        return True

    def _missed(
        self,
        exc: CoordinatorError,
        what: str,
        consequence: str = "the coordinator recovers it after its lease_timeout",
    ) -> None:
        logger.warning("the fleet ledger missed a %s (%s); %s", what, exc, consequence)
        if self._on_store_lost is not None and self._store is not None:
            self._lose_store(exc)

    def _lose_store(self, exc: CoordinatorError) -> None:
        """Carry on without the shared store (the client's `local_fallback`)."""
        self.detach()
        if self._on_store_lost is not None:
            self._on_store_lost(exc)

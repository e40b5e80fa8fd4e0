"""A client cut off from the fleet spends only its share of what the fleet had left.

`FleetLedger` against a stand-in store (no Redis needed): the store's replies carry the
fleet's committed coins and the workers seen (`FleetView`); when it fails, the ledger
goes on alone on `(max_coins - committed) // workers`, counted from that last view.
"""

from __future__ import annotations

from typing import Any

import pytest

from trenz_async import BudgetExceededError, CoordinatorError
from trenz_async._fleet.ledger import FleetLedger
from trenz_async._fleet.redis.namespace import FleetView

pytestmark = pytest.mark.anyio

OP = "an-operation"  # a label: the ledger never looks it up


class Store:
    """A shared store that answers with a fixed view until it goes `down`."""

    def __init__(self, view: FleetView) -> None:
        self.view: FleetView | None = view
        self.down = False

    async def reserve(self, call_id: str, operation_id: str, coins: int) -> None:
        if self.down:
            raise CoordinatorError("Redis is gone", operation="coins.reserve")

    async def commit(self, call_id: str, **kwargs: Any) -> None:
        if self.down:
            raise CoordinatorError("Redis is gone", operation="coins.commit")

    async def release(self, call_id: str) -> None:
        if self.down:
            raise CoordinatorError("Redis is gone", operation="coins.release")


class Clock:
    """Monotonic seconds that move only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def ledger(store: Store, clock: Clock, lost: list[CoordinatorError]) -> FleetLedger:
    return FleetLedger(
        store,  # type: ignore[arg-type]  # the three methods a fallback test touches
        on_store_lost=lost.append,
        max_coins=1000,
        view=lambda: store.view,
        view_ttl=120.0,
        clock=clock,
    )


async def spend(usage: FleetLedger, coins: int) -> None:
    reservation = await usage.reserve(OP, coins)
    await usage.commit(reservation, {"coin_cost": coins}, job_id=None)


async def test_the_share_is_what_was_left_divided_by_the_workers_seen() -> None:
    """400 of 1,000 committed by 3 workers: alone, this one may spend (1000 - 400) // 3 = 200 more."""
    store, clock, lost = Store(FleetView(committed=300, workers=3)), Clock(), []
    usage = ledger(store, clock, lost)
    await spend(usage, 100)  # the fleet's reply: 400 committed, this call included
    store.view = FleetView(committed=400, workers=3)
    await spend(usage, 0)  # a free call's commit refreshes the view
    store.down = True
    await spend(usage, 150)
    await spend(usage, 50)
    with pytest.raises(BudgetExceededError) as refused:
        await spend(usage, 1)
    assert (refused.value.remaining, refused.value.budget) == (0, 1000)
    assert len(lost) == 1
    assert usage.share is not None
    assert (usage.share.allowance, usage.share.left, usage.share.workers) == (200, 600, 3)


async def test_a_view_older_than_the_lease_timeout_gives_no_share() -> None:
    """A client the others stopped counting (no reply for longer than lease_timeout) spends nothing alone."""
    store, clock, lost = Store(FleetView(committed=0, workers=2)), Clock(), []
    usage = ledger(store, clock, lost)
    await spend(usage, 10)
    clock.now += 121
    store.down = True
    with pytest.raises(BudgetExceededError):
        await spend(usage, 1)
    assert "too long ago" in (usage.detach() or "")


async def test_coins_given_back_after_the_view_return_to_the_share() -> None:
    """A reservation counted in the last view and then released frees its coins for the share."""
    store, clock, lost = Store(FleetView(committed=500, workers=1)), Clock(), []
    usage = ledger(store, clock, lost)
    pending = await usage.reserve(OP, 500)  # the view (500 committed) counts it
    store.down = True
    await usage.release(pending)
    await spend(usage, 1000 - 500)  # the share (500) plus the 500 given back...
    await spend(usage, 500)
    with pytest.raises(BudgetExceededError):  # ...and not a coin more than the budget
        await spend(usage, 1)

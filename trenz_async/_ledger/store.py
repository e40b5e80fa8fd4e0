"""The coin store's contract: the authority on a budget shared beyond one client.

A client's `UsageLedger` keeps its own counters; a fleet (`RedisCoordinator`) adds a
shared `CoinStore` that makes the budget decisions for every worker using one key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .snapshots import UncertainCharge, UsageSnapshot


class CoinStore(Protocol):
    """The budget's authority: how many coins are committed, and whether one more call fits.

    Committed = spent + held + uncertain + reserved. Every call reserves its estimate
    first; each attempt that may have been processed without a usable answer adds the
    estimate as uncertain; the reservation then becomes spent (a per-call charge) or held
    (an async job, until it settles or is refunded), or is released. Ids are unique per
    call (`call_id`) or per job (`job_id`).
    """

    async def reserve(self, call_id: str, operation_id: str, coins: int) -> None:
        """Reserve `coins` for a call about to be sent.

        Raises:
            BudgetExceededError: committed + coins would pass the budget; nothing reserved.
        """
        ...

    async def commit(
        self,
        call_id: str,
        *,
        coins: int,
        job_id: str | None,
        balance: int | None,
        operation_id: str | None = None,
    ) -> None:
        """The call succeeded: its reservation becomes `coins` spent, or held for `job_id`.

        `operation_id` attributes a call that reserved nothing (one estimated free, yet
        charged): a shared store cannot know its operation otherwise.
        """
        ...

    async def release(self, call_id: str) -> None:
        """The call provably did nothing (never sent, or answered with an error)."""
        ...

    async def add_uncertain(
        self, uncertain_id: str, operation_id: str, coins: int, *, retried: bool = False
    ) -> None:
        """An attempt may have been charged: count `coins` more as uncertain.

        The first uncertain attempt of a call goes under the call's id; `retried` marks a
        further one (under an id of its own).
        """
        ...

    async def resolve(self, uncertain_id: str, *, coins_charged: int) -> bool:
        """The user found out: an uncertain amount becomes `coins_charged` spent (0: none).

        Returns whether the store knew the id.
        """
        ...

    async def hold(
        self, job_id: str, operation_id: str, coins: int, *, call_id: str | None = None
    ) -> None:
        """Hold coins for a job known from elsewhere (a resumed task); idempotent.

        `call_id` names the submission that created it: what is still open for that call
        (reserved, uncertain) becomes the hold rather than counting twice.
        """
        ...

    async def settle(self, job_id: str, coins: int | None) -> None:
        """A held job completed: its coins (or `coins`, if reported) become spent."""
        ...

    async def refund(self, job_id: str) -> None:
        """A held job was refunded: its coins are no longer committed."""
        ...

    async def snapshot(self) -> UsageSnapshot:
        """Everything recorded in this store (the whole fleet's, for a shared store)."""
        ...

    async def uncertain(self) -> Sequence[UncertainCharge]:
        """Every uncertain amount in this store, oldest first."""
        ...

"""What a client may share with other clients using the same key: the contracts.

Three pieces of state decide whether a pipeline stays under Trenz's limits and its own
budget, and whether a paid job can be lost:

- the **request gate**: the sliding-window rate limit, the in-flight cap and the pause
  after a 429;
- the **coin store**: the budget's committed coins (spent + held + uncertain + reserved);
- the **journal**: paid submissions, from the intent written before sending to the
  task's end.

Each has an in-process implementation (`RateLimiter`, the ledger's local store,
`TaskJournal` on a file) and a fleet-wide one on Redis (`RedisCoordinator`). The call path
only ever talks to these protocols, so both behave the same to the caller.

A fleet adds a fourth, **poll leases**: which worker polls which job, and what it saw.
It has no local counterpart: a client without one polls every task it waits on.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import attrs

if TYPE_CHECKING:
    from ._snapshots import UncertainCharge, UsageSnapshot


class RequestGate(Protocol):
    """Admits requests: at most N starts per sliding window, M in flight, none while paused.

    A request counts in the window from its start until `period` seconds after it *ends*
    (the server counts arrivals; a start-stamped window lets network jitter bunch two
    windows' worth of requests into one of the server's).
    """

    async def acquire(self, *, poll: bool = False) -> object:
        """Wait until a request may start; return the permit to hand to `release`.

        Ordinary calls (`poll=False`) go before task polls; polls use idle capacity.
        Cancellation while waiting takes nothing.
        """
        ...

    async def release(self, permit: object) -> None:
        """The request ended (answered or failed); it keeps counting for one period.

        It must complete even when called from a cancelled scope: an implementation that
        suspends shields itself (the caller does not, to keep the common path cheap).
        """
        ...

    async def pause(self, seconds: float) -> None:
        """Admit nothing for `seconds` from now (a 429's `Retry-After`); never shortens."""
        ...

    async def observe_limit(self, limit: int) -> None:
        """Follow a lower `X-RateLimit-Limit` announced by the server (never raises it)."""
        ...


class CoinStore(Protocol):
    """The budget's authority: how many coins are committed, and whether one more call fits.

    Committed = spent + held + uncertain + reserved. Every call reserves its estimate
    first; the reservation then becomes spent (a per-call charge), held (an async job, until
    it settles or is refunded), uncertain (the outcome is unknown) or is released (the call
    provably did nothing). Ids are unique per call (`call_id`) or per job (`job_id`).
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

    async def mark_uncertain(self, call_id: str) -> None:
        """The call's outcome is unknown: its reservation stays counted, as uncertain."""
        ...

    async def add_uncertain(self, uncertain_id: str, operation_id: str, coins: int) -> None:
        """A retried attempt may have been charged too: count `coins` more as uncertain."""
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


@attrs.frozen
class Submission:
    """A paid job submission as journaled *before* it is sent.

    Attributes:
        id: the call's id; `OutcomeUnknownError.submission_id` names it.
        operation_id: the submitting operation.
        params: the parameters sent, under their wire names.
        estimated_coins: the coins the budget reserved for it.
        at: wall-clock time the intent was written (seconds since the epoch).
    """

    id: str
    operation_id: str
    params: Mapping[str, Any]
    estimated_coins: int
    at: float


@attrs.frozen
class JournalEntry:
    """A submitted job whose id the journal knows.

    Attributes:
        task_id: the job id.
        operation_id: the submitting operation, if recorded.
        submitted_at: wall-clock submission time, if recorded.
        estimated_coins: the coins held for it, if recorded.
        params: the parameters it was submitted with (wire names), if recorded.
        submission_id: the intent it confirms, if any.
    """

    task_id: str
    operation_id: str | None
    submitted_at: float | None
    estimated_coins: int | None
    params: Mapping[str, Any] | None = None
    submission_id: str | None = None

    @classmethod
    def confirming(cls, submission: Submission, task_id: str) -> JournalEntry:
        """The entry of a job created by `submission`, known as `task_id`."""
        return cls(
            task_id=task_id,
            operation_id=submission.operation_id,
            submitted_at=submission.at,
            estimated_coins=submission.estimated_coins,
            params=submission.params,
            submission_id=submission.id,
        )


@attrs.frozen
class SkippedRecord:
    """A journal record that cannot be resumed, and why (it is kept, never deleted)."""

    record: Mapping[str, Any]
    reason: str


@attrs.frozen
class JournalReplay:
    """What a journal holds after a restart.

    Attributes:
        pending: jobs with an id and no terminal record, in submission order.
        unconfirmed: intents written but never confirmed with an id nor ruled out: the
            server may or may not have created them.
        skipped: records that could not be used (a bad id, a damaged line).
    """

    pending: tuple[JournalEntry, ...]
    unconfirmed: tuple[Submission, ...]
    skipped: tuple[SkippedRecord, ...]


class Journal(Protocol):
    """A durable record of paid submissions, written before each is sent."""

    async def intent(self, submission: Submission) -> None:
        """Record a submission about to be sent; returns once it is durable."""
        ...

    async def confirmed(self, submission: Submission, task_id: str) -> None:
        """The server answered with the job's id; returns once it is durable."""
        ...

    async def not_created(self, submission_id: str) -> None:
        """The submission provably created nothing (never sent, or an error answer)."""
        ...

    async def finished(self, task_id: str, status: str) -> None:
        """A job reached a terminal status."""
        ...

    async def resolved(self, submission_id: str, task_id: str | None) -> None:
        """The user settled an unconfirmed submission: created as `task_id`, or not at all."""
        ...

    async def replay(self) -> JournalReplay:
        """Everything still open, for `client.tasks.pending()` and `unconfirmed()`."""
        ...


@attrs.frozen
class TaskOutcome:
    """A job's status as last seen by the worker polling it, published for the others.

    Attributes:
        task_id: the job id.
        status: the status the poll saw (`completed`, `refunded`, `running`...).
        data: the status response's `data` object, as received.
        at: when it was published, in seconds since the epoch on the store's clock.
    """

    task_id: str
    status: str
    data: Mapping[str, Any]
    at: float


class PollLeases(Protocol):
    """Who polls which job: one worker at a time, and what it saw, for the others.

    A lease lasts `ttl` seconds unless renewed, so a dead worker's jobs pass to the next
    worker that asks. Workers that wait on a job they do not poll read its outcome.
    """

    async def lease(self, task_ids: Collection[str], *, owner: str, ttl: float) -> frozenset[str]:
        """Take or renew the poll lease of each task; return the ids `owner` now holds."""
        ...

    async def release(self, task_ids: Collection[str], *, owner: str) -> None:
        """Give up the leases `owner` holds on `task_ids` (others' leases are untouched)."""
        ...

    async def publish(self, task_id: str, status: str, data: Mapping[str, Any]) -> None:
        """Record what a poll of `task_id` saw, for workers waiting on it without polling."""
        ...

    async def outcomes(self, task_ids: Collection[str]) -> Mapping[str, TaskOutcome]:
        """The last published outcome of each of `task_ids` that has one."""
        ...

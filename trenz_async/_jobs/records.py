"""The journal's contract and records: paid submissions, from intent to a job's end.

A paid job is journaled before it is sent (`Submission`, the intent), again when its id
arrives (`JournalEntry`), and when it ends. `TaskJournal` keeps the journal in a file;
a `RedisCoordinator` keeps one for a fleet. After a crash, `JournalReplay` says what is
still open.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import attrs


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

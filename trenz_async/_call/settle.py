"""The journal and the ledger around a paid call: the intent journaled before it is sent;
after it, a new job journaled and tracked, or a failed call's reservation settled.

Nothing here may lose a job's id: a job the server created is journaled (its intent
confirmed) and tracked as a `Task`, even when the call that created it failed on the way
back. Journal writes that would make a record half-written run shielded.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

import anyio
import httpx

from .._errors import APIConnectionError, JournalError, OutcomeUnknownError
from .._jobs import Journal, Submission, Task
from .._ledger import Reservation
from .._registry import OperationInfo
from .runtime import Runtime

logger = logging.getLogger("trenz_async")


async def submitted(
    runtime: Runtime,
    info: OperationInfo,
    job_id: str,
    submission: Submission | None,
    wire: Mapping[str, Any],
    estimate: int,
) -> Task[Any]:
    """Journal a new job's id and hand back its `Task`; nothing here may lose the id."""
    core = runtime.core
    with anyio.CancelScope(shield=True):
        await _journal_confirmed(core.journal, submission, job_id)
    tracker = core.tracker
    task: Task[Any] = Task(
        tracker,
        job_id,
        operation_id=info.operation_id,
        submitted_at=submission.at if submission is not None else time.time(),
        estimated_coins=estimate,
        params=dict(wire),
    )
    tracker.submitted(task)
    return task


async def settle_failure(
    runtime: Runtime,
    info: OperationInfo,
    reservation: Reservation,
    submission: Submission | None,
) -> None:
    """A call ended without an answer it could hand back: settle what it reserved.

    What its attempts may have cost is counted already (uncertain, or held for a job an
    answer named); the rest of the reservation goes back. A job whose id arrived is
    journaled and tracked; an intent whose call may have been processed stays in the
    journal, to be listed by `tasks.unconfirmed()`.
    """
    core = runtime.core
    if reservation.job_id is not None:
        # The job exists (an answer named it) but the call did not hand back its Task:
        # journal it so `tasks.pending()` finds it.
        logger.warning(
            "%s created job %s but the call did not complete; it is in client.tasks",
            info.operation_id,
            reservation.job_id,
        )
        wire = submission.params if submission is not None else {}
        await submitted(runtime, info, reservation.job_id, submission, wire, reservation.estimate)
        return
    await core.usage.release(reservation)
    if submission is None or core.journal is None or reservation.uncertain_attempts:
        return
    try:
        await core.journal.not_created(submission.id)
    except OSError as exc:
        logger.error("could not journal that %s created nothing: %s", submission.id, exc)


def converted(info: OperationInfo, reservation: Reservation, exc: httpx.HTTPError) -> Exception:
    """An httpx error raised around the SDK's transport (a redirect loop, say), typed."""
    if info.is_read:
        return APIConnectionError(f"{type(exc).__name__}: {exc}", request_sent=True)
    return OutcomeUnknownError(
        operation_id=info.operation_id, submission_id=reservation.id, estimate=reservation.estimate
    )


async def journal_intent(journal: Journal, submission: Submission) -> None:
    """Journal the intent to submit, whole, before sending it.

    Raises:
        JournalError: the journal could not be written; the call is not sent.
    """
    try:
        with anyio.CancelScope(shield=True):  # half an intent is worse than none
            await journal.intent(submission)
    except OSError as exc:
        raise JournalError(
            f"could not journal the intent to call {submission.operation_id}, so it was "
            f"not sent: {exc}"
        ) from exc


async def _journal_confirmed(
    journal: Journal | None, submission: Submission | None, job_id: str
) -> None:
    if journal is None or submission is None:
        return
    try:
        await journal.confirmed(submission, job_id)
    except OSError as exc:
        # Raising would lose the id of a job already paid for; the caller still gets
        # its Task, and the log says a resume will see it as unconfirmed.
        logger.error("could not journal job %s (%s): %s", job_id, submission.operation_id, exc)

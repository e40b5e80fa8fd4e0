"""The fleet's job journal on Redis: every worker's submissions, readable by every worker.

Two hashes under the coordinator's keyspace hold what is still open (nothing here
expires: an open job must never vanish on its own):

- `journal:intents`: submission id -> the intent (`Submission` as JSON, params under
  their wire names), written before the request is sent;
- `journal:jobs`: task id -> `{"seq", "task_id", "submission"}` once the server gave the
  job an id (or the user resolved an intent to one), until it reaches a terminal status.

Each record starts with a fleet-wide sequence number (`journal:seq`), so `replay()` lists
jobs in submission order whichever worker wrote them. Records are JSON, encoded as the
file journal's lines are: redacted value by value *before* encoding, so every parameter
round-trips (API keys excepted: they come back `[redacted]`). A record that cannot be
used (damaged) is reported in `JournalReplay.skipped`, with a warning, and kept, never
deleted; ids the SDK refuses are the client's to skip (`client.tasks.pending()`), as
with the file journal.

Durability is Redis's: a write returns once Redis acknowledged it. For jobs to survive a
crash of the Redis host, run it with `appendonly yes` and `appendfsync always` (or
`everysec`, accepting up to a second of loss).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from ..._errors import CoordinatorError, JournalError
from ..._jobs import JournalEntry, JournalReplay, SkippedRecord, Submission, encode_record
from .keys import Keyspace, LuaScript
from .link import Deferred, RedisLink

logger = logging.getLogger("trenz_async")


def _unused(error: CoordinatorError) -> None:
    """An intent's failure in a batch is its caller's to raise (its reply is `None`)."""


_INTENT = LuaScript.load("journal.intent")

# The job keeps its intent's place in the submission order.
_CONFIRMED = LuaScript.load("journal.confirmed")

_RESOLVED = LuaScript.load("journal.resolved")

_DELETE = LuaScript.load("journal.delete")

_REPLAY = LuaScript.load("journal.replay")


class RedisJournal:
    """A `Journal` shared by every worker bound to the same namespace and key.

    Args:
        link: the coordinator's connection.
        keyspace: the namespace's and key's keys.
    """

    def __init__(self, link: RedisLink, keyspace: Keyspace) -> None:
        self._link = link
        self._intents = keyspace.key("journal", "intents")
        self._jobs = keyspace.key("journal", "jobs")
        self._seq = keyspace.key("journal", "seq")

    async def intent(self, submission: Submission) -> None:
        """Record a submission about to be sent; returns once Redis holds it.

        Raises:
            CoordinatorError: Redis failed: do not send.
        """
        step = self.intent_step(submission)
        await self._link.script(step.operation, step.script, step.keys, step.args)

    def intent_step(self, submission: Submission) -> Deferred:
        """`intent` as a step of a batch (`RedisLink.steps`): its reply `None` if it failed."""
        record = _dumps(_submission_dict(submission))
        return Deferred(
            "journal.intent",
            _INTENT,
            [self._intents, self._seq],
            [submission.id, record],
            None,
            _unused,
        )

    async def confirmed(self, submission: Submission, task_id: str) -> None:
        """The server answered with the job's id; returns once Redis holds it."""
        record = _dumps({"task_id": task_id, "submission": _submission_dict(submission)})
        await self._link.script(
            "journal.confirmed",
            _CONFIRMED,
            [self._intents, self._jobs, self._seq],
            [submission.id, task_id, record],
        )

    async def not_created(self, submission_id: str) -> None:
        """The submission provably created nothing: forget its intent."""
        await self._link.script("journal.not_created", _DELETE, [self._intents], [submission_id])

    async def finished(
        self,
        task_id: str,
        status: str,
        *,
        on_error: Callable[[CoordinatorError], None] | None = None,
    ) -> None:
        """A job reached a terminal status: it is no longer pending for any worker.

        With `on_error`, deferred to this process's next round trip (until then the job
        is still pending: a resume would poll it once more).
        """
        if on_error is None:
            await self._link.script("journal.finished", _DELETE, [self._jobs], [task_id])
        else:
            self._link.defer(
                "journal.finished", _DELETE, [self._jobs], [task_id], on_error=on_error
            )

    async def resolved(self, submission_id: str, task_id: str | None) -> None:
        """The user settled an unconfirmed submission: created as `task_id`, or not at all."""
        await self._link.script(
            "journal.resolved",
            _RESOLVED,
            [self._intents, self._jobs],
            [submission_id, task_id or ""],
        )

    async def replay(self) -> JournalReplay:
        """Every worker's open jobs and unconfirmed intents, in submission order.

        Raises:
            CoordinatorError: Redis failed.
        """
        intents_reply, jobs_reply = await self._link.script(
            "journal.replay", _REPLAY, [self._intents, self._jobs], []
        )
        skipped: list[SkippedRecord] = []
        unconfirmed: list[tuple[float, Submission]] = []
        for field, raw in _fields(intents_reply):
            try:
                record = _record(raw)
                unconfirmed.append((_seq(record), _submission(record)))
            except _BadRecord as exc:
                skipped.append(exc.skipped(field, raw))
        pending: list[tuple[float, JournalEntry]] = []
        for field, raw in _fields(jobs_reply):
            try:
                record = _record(raw)
                pending.append((_seq(record), _entry(record)))
            except _BadRecord as exc:
                skipped.append(exc.skipped(field, raw))
        for skip in skipped:
            logger.warning("journal %s: skipping a record (%s)", self._jobs, skip.reason)
        return JournalReplay(
            pending=tuple(entry for _, entry in sorted(pending, key=_order)),
            unconfirmed=tuple(entry for _, entry in sorted(unconfirmed, key=_order)),
            skipped=tuple(skipped),
        )

    def __repr__(self) -> str:
        return f"RedisJournal({self._jobs!r})"


class _BadRecord(Exception):
    def __init__(self, reason: str, record: Mapping[str, Any] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.record = record

    def skipped(self, field: str, raw: bytes) -> SkippedRecord:
        record = self.record
        if record is None:
            record = {"key": field, "raw": raw.decode("utf-8", errors="replace")[:500]}
        return SkippedRecord(record=record, reason=self.reason)


def _order(item: tuple[float, object]) -> float:
    return item[0]


def _submission_dict(submission: Submission) -> dict[str, Any]:
    return {
        "id": submission.id,
        "operation_id": submission.operation_id,
        "params": dict(submission.params),
        "estimated_coins": submission.estimated_coins,
        "at": submission.at,
    }


def _dumps(record: Mapping[str, Any]) -> str:
    # As the file journal writes them (redacted value by value, then encoded; a value
    # JSON cannot hold is kept as its text), but compact: the scripts splice records by
    # their first bytes.
    try:
        return encode_record(record, compact=True)
    except ValueError as exc:
        raise JournalError(f"cannot journal this record: {exc}") from None


def _fields(reply: list[bytes]) -> list[tuple[str, bytes]]:
    return [
        (reply[i].decode("utf-8", errors="replace"), reply[i + 1]) for i in range(0, len(reply), 2)
    ]


def _record(raw: bytes) -> dict[str, Any]:
    try:
        record = json.loads(raw)
    except ValueError:
        raise _BadRecord("not valid JSON") from None
    if not isinstance(record, dict):
        raise _BadRecord("not a JSON object")
    return record


def _seq(record: Mapping[str, Any]) -> float:
    """The record's place in submission order; one written by other hands goes last."""
    seq = record.get("seq")
    return seq if isinstance(seq, int) and not isinstance(seq, bool) else float("inf")


def _submission(record: Mapping[str, Any]) -> Submission:
    """The intent in `record`; only its id and operation are required (as the file journal)."""
    submission_id = record.get("id")
    operation_id = record.get("operation_id")
    if not (isinstance(submission_id, str) and submission_id and isinstance(operation_id, str)):
        raise _BadRecord("an intent without its id or operation", record)
    params = record.get("params")
    return Submission(
        id=submission_id,
        operation_id=operation_id,
        params=params if isinstance(params, dict) else {},
        estimated_coins=_whole(record.get("estimated_coins")) or 0,
        at=_seconds(record.get("at")) or 0.0,
    )


def _whole(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _seconds(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _entry(record: Mapping[str, Any]) -> JournalEntry:
    task_id = record.get("task_id")
    if not (isinstance(task_id, str) and task_id):
        raise _BadRecord("a job without a task id", record)
    raw_submission = record.get("submission")
    try:
        if not isinstance(raw_submission, dict):
            raise _BadRecord("no intent")
        submission = _submission(raw_submission)
    except _BadRecord:
        # The job's id is what matters: resume it even if its intent is damaged.
        return JournalEntry(task_id, None, None, None)
    return JournalEntry.confirming(submission, task_id)

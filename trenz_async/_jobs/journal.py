"""An append-only JSONL journal of paid submissions, so a crash loses no job and pays nothing twice.

For each async-job submission the journal holds, in order:

1. `intent`: operation, parameters, estimate and time, fsynced *before* the request is
   sent;
2. `submitted`: the job id, fsynced before the `Task` reaches the caller; or
   `not_created` when the call provably created nothing (never sent, or answered with an
   error);
3. `finished`: the task's terminal status, when seen.

An intent with neither a `submitted` nor a `not_created` record is *unconfirmed*: the
server may or may not have created the job. `resolved` records the user's verdict on one.

One `write()` per record on a file opened for appending keeps lines whole when several
clients share the journal. A line torn by a crash is closed with a newline before the
next record is appended, and any line that cannot be used is skipped (and reported)
rather than blocking the rest.

The file is written from worker threads under a `threading.Lock`, not an anyio lock: a
journal may outlive one event loop (or serve asyncio and trio in turn).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import anyio

from .._support import redact
from .records import JournalEntry, JournalReplay, SkippedRecord, Submission

T = TypeVar("T")
logger = logging.getLogger("trenz_async")


class TaskJournal:
    """The journal file at `path` (created on first write, mode 0600)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._checked_tail = False

    async def intent(self, submission: Submission) -> None:
        """Durably record a submission about to be sent."""
        await self._append(
            {
                "event": "intent",
                "id": submission.id,
                "operation_id": submission.operation_id,
                "params": dict(submission.params),
                "estimated_coins": submission.estimated_coins,
                "at": submission.at,
            }
        )

    async def confirmed(self, submission: Submission, task_id: str) -> None:
        """Durably record the job id the server answered."""
        await self._append(
            {
                "event": "submitted",
                "id": submission.id,
                "task_id": task_id,
                "operation_id": submission.operation_id,
                "params": dict(submission.params),
                "estimated_coins": submission.estimated_coins,
                "submitted_at": submission.at,
            }
        )

    async def not_created(self, submission_id: str) -> None:
        """Record that a submission provably created nothing."""
        await self._append({"event": "not_created", "id": submission_id})

    async def finished(self, task_id: str, status: str) -> None:
        """Record that a task reached a terminal status."""
        await self._append({"event": "finished", "task_id": task_id, "status": status})

    async def resolved(self, submission_id: str, task_id: str | None) -> None:
        """Record the user's verdict on an unconfirmed submission."""
        await self._append({"event": "resolved", "id": submission_id, "task_id": task_id})

    async def replay(self) -> JournalReplay:
        """Pending jobs, unconfirmed submissions and unusable records, from the file."""
        return await anyio.to_thread.run_sync(self._replay)

    # ----------------------------------------------------------------- file I/O

    async def _append(self, record: dict[str, Any]) -> None:
        # Parameters are the caller's; the key has no business in them, or on disk.
        line = redact(json.dumps(record, sort_keys=True, default=str)) + "\n"
        await anyio.to_thread.run_sync(self._write, line.encode())

    def _write(self, line: bytes) -> None:
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            created = not self.path.exists()
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                if not self._checked_tail:
                    _close_torn_line(fd)
                    self._checked_tail = True
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
            if created:
                _fsync_directory(self.path.parent)  # a new file's name must survive a crash too

    def _replay(self) -> JournalReplay:
        if not self.path.exists():
            return JournalReplay(pending=(), unconfirmed=(), skipped=())
        intents: dict[str, Submission] = {}
        pending: dict[str, JournalEntry] = {}
        skipped: list[SkippedRecord] = []
        with self.path.open(encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError):
                    skipped.append(_skip({"line": number, "text": line[:200]}, "not JSON"))
                    continue
                if not isinstance(record, dict):
                    skipped.append(_skip({"line": number}, "not a JSON object"))
                    continue
                problem = _apply(record, intents, pending)
                if problem is not None:
                    skipped.append(_skip(record, problem))
        for record in skipped:
            logger.warning("journal %s: skipping a record (%s)", self.path, record.reason)
        return JournalReplay(
            pending=tuple(pending.values()),
            unconfirmed=tuple(intents.values()),
            skipped=tuple(skipped),
        )

    def __repr__(self) -> str:
        return f"TaskJournal({str(self.path)!r})"


def _apply(
    record: dict[str, Any], intents: dict[str, Submission], pending: dict[str, JournalEntry]
) -> str | None:
    """Replay one record; what is wrong with it, if anything."""
    event = record.get("event")
    submission_id = _typed(record.get("id"), str)
    task_id = _typed(record.get("task_id"), str)
    if event == "intent":
        operation_id = _typed(record.get("operation_id"), str)
        if not submission_id or not operation_id:
            return "an intent without its id or operation"
        intents[submission_id] = Submission(
            id=submission_id,
            operation_id=operation_id,
            params=_params(record.get("params")),
            estimated_coins=_typed(record.get("estimated_coins"), int) or 0,
            at=_number(record.get("at")) or 0.0,
        )
    elif event == "submitted":
        if not task_id:
            return "a submission without a task id"
        if submission_id:
            intents.pop(submission_id, None)
        pending[task_id] = JournalEntry(
            task_id=task_id,
            operation_id=_typed(record.get("operation_id"), str),
            submitted_at=_number(record.get("submitted_at")),
            estimated_coins=_typed(record.get("estimated_coins"), int),
            params=_params(record.get("params")) if "params" in record else None,
            submission_id=submission_id,
        )
    elif event in ("not_created", "resolved"):
        intent = intents.pop(submission_id, None) if submission_id else None
        if event == "resolved" and task_id and intent is not None:
            pending[task_id] = JournalEntry.confirming(intent, task_id)
    elif event == "finished":
        if task_id:
            pending.pop(task_id, None)
    else:
        return f"unknown event {event!r}"
    return None


def _skip(record: Mapping[str, Any], reason: str) -> SkippedRecord:
    return SkippedRecord(record=dict(record), reason=reason)


def _close_torn_line(fd: int) -> None:
    """End a last line cut short by a crash, so the next record starts on its own line."""
    size = os.fstat(fd).st_size
    if size == 0:
        return
    if os.pread(fd, 1, size - 1) != b"\n":
        os.write(fd, b"\n")


def _params(value: Any) -> Mapping[str, Any]:
    return dict(value) if isinstance(value, dict) else {}


def _typed(value: Any, kind: type[T]) -> T | None:
    return value if isinstance(value, kind) and not isinstance(value, bool) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open a directory; the file itself is synced
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

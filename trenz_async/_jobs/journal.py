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

A record is written whole and fsynced, or not at all: `intent()` raises `JournalError`
(and the call sends nothing) when the disk is full, the file would pass `RLIMIT_FSIZE`,
or a write comes back short; what a failed write left behind is cut off again, so every
earlier record still replays. Records are redacted value by value before they are
encoded (`encoding`), so any parameter round-trips.

Several clients, in one process or many, may share the journal: each record is
appended under an exclusive `flock` (where the platform has one), so records never
interleave. A line torn by a crash is closed with a newline before the next record is
appended, and any line that cannot be used is skipped (and reported) rather than
blocking the rest.

The file is created 0600; one found readable by others is tightened to 0600, with a
warning (and a warning if that fails). Every failure is a `JournalError`.

The file is written from worker threads under a `threading.Lock`, not an anyio lock: a
journal may outlive one event loop (or serve asyncio and trio in turn).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import stat
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import anyio

from .._errors import JournalError
from .encoding import encode_record
from .records import JournalEntry, JournalReplay, SkippedRecord, Submission

try:
    import fcntl
except ImportError:  # Windows: no flock; a failed write's leftovers are closed, not cut
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")
logger = logging.getLogger("trenz_async")


class TaskJournal:
    """The journal file at `path` (created on first write, mode 0600).

    Raises:
        JournalError: `path` is a directory (here, or at first use if it becomes one).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise JournalError(
                f"the journal path {str(self.path)!r} is a directory; give a file inside "
                f"it, e.g. {str(self.path / 'jobs.jsonl')!r}"
            )
        self._lock = threading.Lock()
        self._checked_mode = False

    async def intent(self, submission: Submission) -> None:
        """Durably record a submission about to be sent.

        Raises:
            JournalError: the record could not be written whole and fsynced (a full disk,
                a file size limit, a short write, a path that is not a file): do not send.
        """
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
        """Pending jobs, unconfirmed submissions and unusable records, from the file.

        Raises:
            JournalError: the file cannot be read (a directory, no permission).
        """
        return await anyio.to_thread.run_sync(self._replay)

    # ----------------------------------------------------------------- file I/O

    async def _append(self, record: dict[str, Any]) -> None:
        # Parameters are the caller's; the key has no business in them, or on disk.
        try:
            line = encode_record(record) + "\n"
        except ValueError as exc:
            raise JournalError(f"cannot journal this record: {exc}") from None
        await anyio.to_thread.run_sync(self._write, line.encode("ascii"))

    def _write(self, line: bytes) -> None:
        with self._lock:
            try:
                self._write_locked(line)
            except OSError as exc:
                raise self._error("write to", exc) from exc

    def _write_locked(self, line: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        created = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | _CLOEXEC, 0o600)
        try:
            self._check_mode(fd)
            with _file_lock(fd, exclusive=True):
                start = os.fstat(fd).st_size
                # A line torn by a crash (or by a failed write whose leftovers could not
                # be cut) is closed first, so this record starts on its own line.
                torn = start > 0 and os.pread(fd, 1, start - 1) != b"\n"
                try:
                    _write_all(fd, b"\n" + line if torn else line)
                    os.fsync(fd)
                except OSError:
                    _cut_back(fd, start)
                    raise
        finally:
            os.close(fd)
        if created:
            _fsync_directory(self.path.parent)  # a new file's name must survive a crash too

    def _check_mode(self, fd: int) -> None:
        """Tighten a journal others can read to 0600 (once per journal object)."""
        if self._checked_mode:
            return
        self._checked_mode = True
        mode = stat.S_IMODE(os.fstat(fd).st_mode)
        if not mode & 0o077:
            return
        try:
            _chmod(fd, self.path, 0o600)
        except OSError as exc:
            logger.warning(
                "journal %s is readable by others (mode %04o) and could not be made private "
                "(%s): it holds your job parameters; chmod 600 it",
                self.path,
                mode,
                exc.strerror or exc,
            )
            return
        logger.warning(
            "journal %s was readable by others (mode %04o); it is now 0600", self.path, mode
        )

    def _error(self, action: str, exc: OSError) -> JournalError:
        reason = exc.strerror or str(exc) or type(exc).__name__
        if isinstance(exc, IsADirectoryError):
            reason = "it is a directory; give a file path"
        return JournalError(f"cannot {action} the journal {str(self.path)!r}: {reason}")

    def _replay(self) -> JournalReplay:
        try:
            fd = os.open(self.path, os.O_RDONLY | _CLOEXEC)
        except FileNotFoundError:
            return JournalReplay(pending=(), unconfirmed=(), skipped=())
        except OSError as exc:
            raise self._error("read", exc) from exc
        try:
            if stat.S_ISDIR(os.fstat(fd).st_mode):
                raise IsADirectoryError(errno.EISDIR, "Is a directory")
            self._check_mode(fd)
            with _file_lock(fd, exclusive=False):  # no half-written record of another writer
                return self._replay_file(fd)
        except OSError as exc:
            raise self._error("read", exc) from exc
        finally:
            os.close(fd)

    def _replay_file(self, fd: int) -> JournalReplay:
        intents: dict[str, Submission] = {}
        pending: dict[str, JournalEntry] = {}
        skipped: list[SkippedRecord] = []
        # newline="\n": records end at "\n" only (a stray "\r" never splits one).
        with open(os.dup(fd), encoding="utf-8", errors="replace", newline="\n") as lines:
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


_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of `data`, or raise: a short write is not a written record."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # no progress and no error: treat it as the full disk it is
            raise OSError(errno.ENOSPC, "the journal write made no progress")
        view = view[written:]


def _cut_back(fd: int, size: int) -> None:
    """Cut off what a failed write left after `size` bytes, so no torn record remains.

    Only under `flock` (no other writer can have appended since); without one, or if
    the cut fails, the leftovers stay and the next write closes their line first.
    """
    if fcntl is None:
        return
    try:
        os.ftruncate(fd, size)
        os.fsync(fd)
    except OSError as exc:
        logger.warning("could not cut a failed journal write back (%s); it will be skipped", exc)


@contextlib.contextmanager
def _file_lock(fd: int, *, exclusive: bool) -> Iterator[None]:
    """Hold `flock` on the journal while writing (exclusive) or reading (shared)."""
    if fcntl is None:
        yield
        return
    fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _chmod(fd: int, path: Path, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:
        os.chmod(path, mode)


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

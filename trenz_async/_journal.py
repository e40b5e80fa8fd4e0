"""An append-only JSONL task journal, so a restarted pipeline resumes instead of paying again.

Each submitted job is written (and fsynced) *before* its `Task` is handed to the
caller: id, operation, submission time and estimated coins. Terminal states are
appended as they are seen. `unfinished()` replays the file: every submitted job with no
terminal line. One line per `write()` on a file opened for appending keeps lines whole
when several clients share the journal.

The file is written from worker threads under a `threading.Lock`, not an anyio lock: a
journal may outlive one event loop (or serve asyncio and trio in turn), and anyio locks
belong to the loop that first used them.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any, TypeVar

import anyio
import attrs

T = TypeVar("T")


@attrs.frozen
class JournalEntry:
    """A submitted job as the journal remembers it."""

    task_id: str
    operation_id: str | None
    submitted_at: float | None
    estimated_coins: int | None


class TaskJournal:
    """The journal file at `path` (created on first write)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    async def submitted(self, entry: JournalEntry) -> None:
        """Durably record a submission; returns once it is on disk."""
        await self._append({"event": "submitted", **attrs.asdict(entry)})

    async def finished(self, task_id: str, status: str) -> None:
        """Record that a task reached a terminal status."""
        await self._append({"event": "finished", "task_id": task_id, "status": status})

    async def unfinished(self) -> list[JournalEntry]:
        """Submitted jobs with no terminal record, in submission order."""
        return await anyio.to_thread.run_sync(self._replay)

    async def _append(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, sort_keys=True) + "\n").encode()
        await anyio.to_thread.run_sync(self._write, line)

    def _write(self, line: bytes) -> None:
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            created = not self.path.exists()
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
            if created:
                _fsync_directory(self.path.parent)  # a new file's name must survive a crash too

    def _replay(self) -> list[JournalEntry]:
        if not self.path.exists():
            return []
        pending: dict[str, JournalEntry] = {}
        with self.path.open(encoding="utf-8") as lines:
            for line in lines:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # a torn last line after a crash: the job before it is intact
                if not isinstance(record, dict) or not isinstance(record.get("task_id"), str):
                    continue  # not ours, or damaged: skip it rather than refuse to resume
                task_id = record["task_id"]
                if record.get("event") == "submitted" and task_id:
                    pending[task_id] = JournalEntry(
                        task_id=task_id,
                        operation_id=_typed(record.get("operation_id"), str),
                        submitted_at=_number(record.get("submitted_at")),
                        estimated_coins=_typed(record.get("estimated_coins"), int),
                    )
                elif record.get("event") == "finished":
                    pending.pop(task_id, None)
        return list(pending.values())

    def __repr__(self) -> str:
        return f"TaskJournal({str(self.path)!r})"


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

"""The task journal: what it writes, what it replays after a crash, and damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import pytest

from trenz_async._journal import JournalEntry, TaskJournal

pytestmark = pytest.mark.anyio


def entry(task_id: str, coins: int | None = 100) -> JournalEntry:
    return JournalEntry(task_id, "trenz-video-transcription", 1_700_000_000.5, coins)


async def test_unfinished_lists_submitted_jobs_without_a_terminal_record(tmp_path: Path) -> None:
    """Submitted jobs stay unfinished, in submission order, until a finished line names them."""
    journal = TaskJournal(tmp_path / "deep" / "jobs.jsonl")
    assert await journal.unfinished() == []  # no file yet
    for task_id in ("a", "b", "c"):
        await journal.submitted(entry(task_id))
    await journal.finished("b", "completed")
    assert await journal.unfinished() == [entry("a"), entry("c")]
    await journal.finished("a", "refunded")
    await journal.finished("c", "completed")
    assert await journal.unfinished() == []


async def test_each_record_is_one_json_line_written_at_once(tmp_path: Path) -> None:
    """A submission is on disk, as one JSON line, when submitted() returns."""
    path = tmp_path / "jobs.jsonl"
    journal = TaskJournal(path)
    await journal.submitted(entry("a", coins=None))
    assert [json.loads(line) for line in path.read_text().splitlines()] == [
        {
            "event": "submitted",
            "task_id": "a",
            "operation_id": "trenz-video-transcription",
            "submitted_at": 1_700_000_000.5,
            "estimated_coins": None,
        }
    ]


async def test_a_torn_or_foreign_line_does_not_block_resuming(tmp_path: Path) -> None:
    """A torn last line, non-object JSON and records without an id are skipped, not fatal."""
    path = tmp_path / "jobs.jsonl"
    journal = TaskJournal(path)
    await journal.submitted(entry("a"))
    with path.open("a") as file:
        file.write('3\n["x"]\n{"event": "submitted"}\n{"event": "submitted", "task_id": 7}\n')
        file.write(
            '{"event": "submitted", "task_id": "b", "estimated_coins": "many", "submitted_at": "now"}\n'
        )
        file.write('{"event": "finished", "task_id": "a", "sta')  # the crash cut this line
    assert await journal.unfinished() == [entry("a"), JournalEntry("b", None, None, None)]


async def test_concurrent_writers_keep_every_line_whole(tmp_path: Path) -> None:
    """100 concurrent submissions to one journal replay as 100 intact entries."""
    journal = TaskJournal(tmp_path / "jobs.jsonl")
    async with anyio.create_task_group() as group:
        for index in range(100):
            group.start_soon(journal.submitted, entry(f"t{index}"))
    assert sorted(item.task_id for item in await journal.unfinished()) == sorted(
        f"t{i}" for i in range(100)
    )


def test_one_journal_serves_successive_event_loops(tmp_path: Path) -> None:
    """A journal object outlives an event loop: asyncio then trio both write to it."""
    journal = TaskJournal(tmp_path / "jobs.jsonl")
    anyio.run(journal.submitted, entry("a"), backend="asyncio")
    anyio.run(journal.submitted, entry("b"), backend="trio")
    assert [item.task_id for item in anyio.run(journal.unfinished, backend="trio")] == ["a", "b"]


def test_repr_names_the_file_only(tmp_path: Path) -> None:
    """The journal's repr shows its path."""
    assert repr(TaskJournal(tmp_path / "j.jsonl")) == f"TaskJournal({str(tmp_path / 'j.jsonl')!r})"

"""The task journal: what it writes, what it replays after a crash, and damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import pytest

from trenz_async._jobs import JournalEntry, Submission
from trenz_async._jobs.journal import TaskJournal

from .helpers import job

pytestmark = pytest.mark.anyio

OPERATION = job().operation_id  # journaled submissions are async jobs


def submission(name: str, coins: int = 100) -> Submission:
    return Submission(
        name, OPERATION, {"video_url": f"https://v.test/{name}"}, coins, 1_700_000_000.5
    )


def entry(name: str, task_id: str, coins: int = 100) -> JournalEntry:
    intent = submission(name, coins)
    return JournalEntry(
        task_id, OPERATION, intent.at, coins, params=intent.params, submission_id=name
    )


async def test_pending_lists_confirmed_jobs_without_a_terminal_record(tmp_path: Path) -> None:
    """Confirmed jobs stay pending, in submission order, until a finished line names them."""
    journal = TaskJournal(tmp_path / "deep" / "jobs.jsonl")
    assert (await journal.replay()).pending == ()  # no file yet
    for name in ("a", "b", "c"):
        await journal.intent(submission(name))
        await journal.confirmed(submission(name), f"task-{name}")
    await journal.finished("task-b", "completed")
    replay = await journal.replay()
    assert replay.pending == (entry("a", "task-a"), entry("c", "task-c"))
    assert replay.unconfirmed == ()
    await journal.finished("task-a", "refunded")
    await journal.finished("task-c", "completed")
    assert (await journal.replay()).pending == ()


async def test_an_intent_without_an_answer_is_unconfirmed(tmp_path: Path) -> None:
    """Intents stay unconfirmed until an id, a not-created record or the user's verdict settles them."""
    journal = TaskJournal(tmp_path / "jobs.jsonl")
    for name in ("sent", "refused", "created", "nothing", "confirmed"):
        await journal.intent(submission(name))
    await journal.not_created("refused")
    await journal.resolved("created", "task-9")
    await journal.resolved("nothing", None)
    await journal.confirmed(submission("confirmed"), "task-1")
    replay = await journal.replay()
    assert replay.unconfirmed == (submission("sent"),)
    assert {item.task_id for item in replay.pending} == {"task-9", "task-1"}
    resolved = next(item for item in replay.pending if item.task_id == "task-9")
    assert resolved.params == submission("created").params


async def test_the_intent_is_one_durable_json_line_with_the_parameters(tmp_path: Path) -> None:
    """An intent is on disk, as one JSON line holding operation, params, estimate and time."""
    path = tmp_path / "jobs.jsonl"
    await TaskJournal(path).intent(submission("a"))
    assert [json.loads(line) for line in path.read_text().splitlines()] == [
        {
            "event": "intent",
            "id": "a",
            "operation_id": OPERATION,
            "params": {"video_url": "https://v.test/a"},
            "estimated_coins": 100,
            "at": 1_700_000_000.5,
        }
    ]
    assert path.stat().st_mode & 0o777 == 0o600


async def test_the_key_never_reaches_the_journal(tmp_path: Path) -> None:
    """Parameters that happen to hold a key-shaped string are redacted on disk."""
    path = tmp_path / "jobs.jsonl"
    leaky = Submission("a", OPERATION, {"note": "sk_live_LEAKED0123456789"}, 1, 0.0)
    await TaskJournal(path).intent(leaky)
    assert "sk_live_LEAKED" not in path.read_text()


async def test_a_torn_last_line_does_not_swallow_the_next_record(tmp_path: Path) -> None:
    """After a crash cut the last line, the next record starts on a new line and survives restarts."""
    path = tmp_path / "jobs.jsonl"
    first = TaskJournal(path)
    await first.intent(submission("a"))
    await first.confirmed(submission("a"), "task-a")
    with path.open("a") as file:
        file.write('{"event": "subm')  # the crash cut this line
    for attempt in range(3):
        restarted = TaskJournal(path)  # a new process opens the damaged file
        await restarted.intent(submission(f"new-{attempt}"))
        await restarted.confirmed(submission(f"new-{attempt}"), f"task-new-{attempt}")
        replay = await TaskJournal(path).replay()
        assert {item.task_id for item in replay.pending} == {
            "task-a",
            *(f"task-new-{i}" for i in range(attempt + 1)),
        }
    assert [record.reason for record in replay.skipped] == ["not JSON"]


async def test_damaged_and_foreign_records_are_skipped_not_fatal(tmp_path: Path) -> None:
    """Non-object JSON, unknown events and records without ids are skipped and reported."""
    path = tmp_path / "jobs.jsonl"
    journal = TaskJournal(path)
    await journal.confirmed(submission("a"), "task-a")
    with path.open("a") as file:
        file.write('3\n["x"]\n{"event": "submitted"}\n{"event": "submitted", "task_id": 7}\n')
        file.write('{"event": "teleported", "task_id": "z"}\n\n')
        file.write(
            '{"event": "submitted", "task_id": "b", "estimated_coins": "many", "submitted_at": "now"}\n'
        )
    replay = await journal.replay()
    assert [item.task_id for item in replay.pending] == ["task-a", "b"]
    assert replay.pending[1] == JournalEntry("b", None, None, None)
    assert len(replay.skipped) == 5


async def test_concurrent_writers_keep_every_line_whole(tmp_path: Path) -> None:
    """100 concurrent confirmations to one journal replay as 100 intact entries."""
    journal = TaskJournal(tmp_path / "jobs.jsonl")
    async with anyio.create_task_group() as group:
        for index in range(100):
            group.start_soon(journal.confirmed, submission(f"s{index}"), f"t{index}")
    replay = await journal.replay()
    assert sorted(item.task_id for item in replay.pending) == sorted(f"t{i}" for i in range(100))


def test_one_journal_serves_successive_event_loops(tmp_path: Path) -> None:
    """A journal object outlives an event loop: asyncio then trio both write to it."""
    journal = TaskJournal(tmp_path / "jobs.jsonl")
    anyio.run(journal.confirmed, submission("a"), "ta", backend="asyncio")
    anyio.run(journal.confirmed, submission("b"), "tb", backend="trio")
    replay = anyio.run(journal.replay, backend="trio")
    assert [item.task_id for item in replay.pending] == ["ta", "tb"]


async def test_a_journal_that_cannot_be_written_raises_oserror(tmp_path: Path) -> None:
    """A journal path that cannot be written fails loudly (the call path turns it into JournalError)."""
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    with pytest.raises(OSError, match=r"File exists|Not a directory"):
        await TaskJournal(blocker / "jobs.jsonl").intent(submission("a"))


def test_repr_names_the_file_only(tmp_path: Path) -> None:
    """The journal's repr shows its path."""
    assert repr(TaskJournal(tmp_path / "j.jsonl")) == f"TaskJournal({str(tmp_path / 'j.jsonl')!r})"

"""The task journal: what it writes, what it replays after a crash, and damaged files."""

from __future__ import annotations

import errno
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings

from trenz_async import InvalidParameterError, JournalError, OutcomeUnknownError, TrenzError
from trenz_async._jobs import JournalEntry, Submission
from trenz_async._jobs.journal import TaskJournal

from ..strategies import KEY_SHAPE, PARAMS, journaled, unchanged
from .helpers import BASE_URL, envelope, job, keyed_job, make_client

pytestmark = pytest.mark.anyio

OPERATION = job().operation_id  # journaled submissions are async jobs
KEYED, INPUT = keyed_job()  # a paid job taking one free-text input


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


# ----------------------------------------------------------------- writes that fail


def submissions_route(router: respx.MockRouter) -> respx.Route:
    """Paid submissions of `KEYED`, each answered with a job id."""
    return router.route(method=KEYED.method, url=f"{BASE_URL}{KEYED.path}").mock(
        return_value=httpx.Response(200, json=envelope(KEYED))
    )


async def journal_with_two_jobs(path: Path) -> bytes:
    """A journal holding two confirmed jobs; its bytes."""
    journal = TaskJournal(path)
    for name in ("a", "b"):
        await journal.intent(submission(name))
        await journal.confirmed(submission(name), f"task-{name}")
    return await anyio.Path(path).read_bytes()


class Disk:
    """`os.write` for one file: at most `chunk` bytes a call, `room` bytes in all, then `error`."""

    def __init__(self, path: Path, *, room: int, chunk: int, error: int = errno.ENOSPC) -> None:
        self.real = os.write
        target = path.stat()
        self.target = (target.st_dev, target.st_ino)
        self.room = room
        self.chunk = chunk
        self.error = error

    def write(self, fd: int, data: Any) -> int:
        found = os.fstat(fd)
        if (found.st_dev, found.st_ino) != self.target:
            return self.real(fd, data)  # any other file (or pipe) is not this disk's
        if self.room <= 0:
            raise OSError(self.error, os.strerror(self.error))
        written = self.real(fd, bytes(data[: min(self.chunk, self.room)]))
        self.room -= written
        return written


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EFBIG], ids=["ENOSPC", "EFBIG"])
async def test_a_record_the_disk_cannot_take_is_refused_before_sending(
    router: respx.MockRouter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int
) -> None:
    """A full disk mid-record: JournalError, nothing sent, and the file is as it was (every earlier record replays)."""
    path = tmp_path / "jobs.jsonl"
    before = await journal_with_two_jobs(path)
    route = submissions_route(router)
    disk = Disk(path, room=30, chunk=1_000, error=error)
    monkeypatch.setattr(os, "write", disk.write)
    async with make_client(journal=path, max_coins=KEYED.coin_cost) as client:
        with pytest.raises(JournalError, match="not sent"):
            await client.call(KEYED.operation_id, **{INPUT.python_name: "v1"})
        assert client.usage.snapshot().coins_uncertain == 0
    assert route.call_count == 0
    monkeypatch.undo()
    assert path.read_bytes() == before  # the torn 30 bytes were cut off again
    replay = await TaskJournal(path).replay()
    assert [entry.task_id for entry in replay.pending] == ["task-a", "task-b"]
    assert (replay.unconfirmed, replay.skipped) == ((), ())


async def test_short_writes_still_journal_the_whole_record(
    router: respx.MockRouter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that takes 7 bytes per write gets every record whole: the job is pending with its params."""
    path = tmp_path / "jobs.jsonl"
    await journal_with_two_jobs(path)
    route = submissions_route(router)
    monkeypatch.setattr(os, "write", Disk(path, room=10**9, chunk=7).write)
    async with make_client(journal=path) as client:
        task = await client.call(KEYED.operation_id, **{INPUT.python_name: "v1"})
    monkeypatch.undo()
    assert route.call_count == 1
    replay = await TaskJournal(path).replay()
    assert [(entry.task_id, entry.params) for entry in replay.pending][2:] == [
        (task.id, {INPUT.name: "v1"})
    ]
    assert (replay.unconfirmed, replay.skipped) == ((), ())


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_file_size_limit_refuses_the_submission_unsent(tmp_path: Path, backend: str) -> None:
    """Under RLIMIT_FSIZE the kernel cuts the intent short: JournalError, nothing sent, earlier records intact."""
    path = tmp_path / "jobs.jsonl"
    before = anyio.run(journal_with_two_jobs, path)
    child = subprocess.run(
        [sys.executable, "-m", "tests.unit.fsize_child", str(path), backend, "40"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout.splitlines()[-1]) == {"error": "JournalError", "sent": 0}
    assert path.read_bytes() == before
    replay = anyio.run(TaskJournal(path).replay)
    assert [entry.task_id for entry in replay.pending] == ["task-a", "task-b"]
    assert (replay.unconfirmed, replay.skipped) == ((), ())


# ----------------------------------------------------------------- paths and modes


async def test_a_directory_is_refused_at_construction(tmp_path: Path) -> None:
    """A journal path that is a directory is a JournalError when the client is built."""
    with pytest.raises(JournalError, match="is a directory"):
        TaskJournal(tmp_path)
    with pytest.raises(JournalError, match="is a directory"):
        make_client(journal=tmp_path)


async def test_a_path_that_became_a_directory_fails_typed_at_use(tmp_path: Path) -> None:
    """A directory where the journal should be, found at first use: pending() and intents raise JournalError."""
    path = tmp_path / "jobs.jsonl"
    async with make_client(journal=path) as client:
        path.mkdir()
        with pytest.raises(JournalError, match=r"cannot read the journal .* is a directory"):
            await client.tasks.pending()
        with pytest.raises(JournalError, match="cannot write to the journal"):
            await client.tasks._tracker.journal.intent(submission("a"))  # type: ignore[union-attr]


async def test_a_journal_that_cannot_be_opened_is_a_trenz_error(tmp_path: Path) -> None:
    """A journal path that cannot be opened (a symlink loop) is a JournalError, not an empty journal."""
    path = tmp_path / "jobs.jsonl"
    path.symlink_to(path)
    with pytest.raises(TrenzError, match="cannot read the journal"):
        await TaskJournal(path).replay()


@pytest.mark.parametrize("use", ["replay", "intent"])
async def test_a_journal_others_can_read_is_made_private(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, use: str
) -> None:
    """A pre-existing 0644 journal is tightened to 0600 at first use, with a warning."""
    path = tmp_path / "jobs.jsonl"
    await journal_with_two_jobs(path)
    path.chmod(0o644)
    journal = TaskJournal(path)
    with caplog.at_level(logging.WARNING, logger="trenz_async"):
        if use == "replay":
            await journal.replay()
        else:
            await journal.intent(submission("c"))
    assert path.stat().st_mode & 0o777 == 0o600
    assert "readable by others (mode 0644); it is now 0600" in caplog.text


async def test_a_journal_that_cannot_be_made_private_is_warned_about(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When chmod is refused (another owner's file), the journal still works and a warning says why."""
    path = tmp_path / "jobs.jsonl"
    await journal_with_two_jobs(path)
    path.chmod(0o640)

    def refuse(*args: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "fchmod", refuse)
    monkeypatch.setattr(os, "chmod", refuse)
    with caplog.at_level(logging.WARNING, logger="trenz_async"):
        replay = await TaskJournal(path).replay()
    assert len(replay.pending) == 2
    assert "could not be made private (Operation not permitted)" in caplog.text


# ----------------------------------------------------------------- what round-trips


async def test_a_quoted_url_in_a_prompt_survives_the_journal(
    router: respx.MockRouter, tmp_path: Path
) -> None:
    """A parameter holding `"https://shop.example/p?id=7"` comes back whole from unconfirmed(), not skipped."""
    path = tmp_path / "jobs.jsonl"
    value = 'Describe "https://shop.example/p?id=7" and C:\\shop\\"x"'
    router.route(method=KEYED.method, url=f"{BASE_URL}{KEYED.path}").mock(
        side_effect=httpx.RemoteProtocolError("dropped after processing")
    )
    async with make_client(journal=path) as client:
        with pytest.raises(OutcomeUnknownError):
            await client.call(KEYED.operation_id, **{INPUT.python_name: value})
    async with make_client(journal=path) as restarted:
        [unconfirmed] = await restarted.tasks.unconfirmed()
        assert unconfirmed.params == {INPUT.name: value}
        assert restarted.tasks.skipped == ()


async def test_a_string_utf8_cannot_hold_is_refused_before_the_journal(
    router: respx.MockRouter, tmp_path: Path
) -> None:
    """A lone surrogate in a paid job's argument is an `InvalidParameterError`: nothing sent or journaled."""
    path = tmp_path / "jobs.jsonl"
    route = router.route(method=KEYED.method, url=f"{BASE_URL}{KEYED.path}").mock(
        return_value=httpx.Response(200, json=envelope(KEYED))
    )
    async with make_client(journal=path) as client:
        with pytest.raises(InvalidParameterError, match="surrogates not allowed"):
            await client.call(KEYED.operation_id, **{INPUT.python_name: "a\ud800b"})
        assert route.call_count == 0
        assert client.usage.snapshot().coins_held == 0
        assert await client.tasks.unconfirmed() == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=PARAMS)
async def test_every_record_round_trips_through_the_file(
    tmp_path: Path, params: dict[str, Any]
) -> None:
    """Any parameters (quotes, backslashes, URLs, NUL, U+2028, keys) come back as journaled, keys redacted."""
    journal = TaskJournal(tmp_path / f"{os.urandom(8).hex()}.jsonl")
    intent = Submission("s1", OPERATION, params, 100, 1.5)
    other = Submission("s2", OPERATION, params, 100, 2.5)
    await journal.intent(intent)
    await journal.intent(other)
    await journal.confirmed(other, "task-2")
    replay = await journal.replay()
    assert replay.skipped == ()
    [unconfirmed] = replay.unconfirmed
    [pending] = replay.pending
    assert unconfirmed.params == pending.params == journaled(params)
    if unchanged(params):
        assert unconfirmed.params == params
    assert KEY_SHAPE.search(journal.path.read_text()) is None

"""`trenz tasks get|wait|pending|unconfirmed` in a subprocess, with journals on disk."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from trenz_async import Submission, TaskJournal
from trenz_async.testing import FakeTrenz

from ..testing.helpers import ManualClock
from ..unit.helpers import keyed_job
from .conftest import Trenz, serving
from .helpers import Served
from .picks import option

JOB, INPUT = keyed_job()  # a paid job per input (a video analysis per video id)
JOB_DURATION = 0.05


@pytest.fixture(scope="module")
def failing() -> Iterator[Served]:
    """A second fake whose every job fails (and is refunded)."""
    with serving(FakeTrenz(seed=1, job_duration=JOB_DURATION, job_failure_ratio=1.0)) as fake:
        yield fake


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    """The clock of the `clocked` fake: its jobs finish when a test moves it on."""
    return ManualClock()


@pytest.fixture(scope="module")
def clocked(clock: ManualClock) -> Iterator[Served]:
    """A fake on a manual clock: a test finishes its jobs by advancing `clock`, no sleep."""
    fake = FakeTrenz(seed=2, job_duration=JOB_DURATION, rate_limit=None, clock=clock)
    with serving(fake) as served:
        yield served


def submit(trenz: Trenz, served: Served, value: str, journal: Path) -> str:
    """Submit one job for one input through `trenz call --journal`; its task id."""
    result = trenz(
        "call", JOB.accessor, option(INPUT), value,
        "--journal", str(journal), "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    task_id: str = result.json()["task_id"]
    return task_id


def test_pending_reads_the_journal_offline(trenz: Trenz, served: Served, tmp_path: Path) -> None:
    """`tasks pending` lists the journal's unfinished jobs with their parameters and estimates,
    with no key and no request."""
    journal = tmp_path / "jobs.jsonl"
    ids = [submit(trenz, served, video_id, journal) for video_id in ("71", "72")]
    before = len(served.fake.requests)
    result = trenz("tasks", "pending", "--journal", str(journal), TRENZ_API_KEY="")
    assert result.code == 0, result.stderr
    pending = result.json()
    assert [item["task_id"] for item in pending] == ids
    assert [item["params"] for item in pending] == [{INPUT.name: "71"}, {INPUT.name: "72"}]
    assert {item["estimated_coins"] for item in pending} == {JOB.coin_cost}
    assert all(item["submitted_at"].endswith("Z") for item in pending)
    assert len(served.fake.requests) == before


def test_wait_on_a_journal_finishes_its_pending_jobs(
    trenz: Trenz, served: Served, tmp_path: Path
) -> None:
    """`tasks wait --journal` waits for every pending job, prints each as a JSON line, and
    the journal then lists none."""
    journal = tmp_path / "jobs.jsonl"
    ids = {submit(trenz, served, video_id, journal) for video_id in ("81", "82")}
    result = trenz("tasks", "wait", "--journal", str(journal), "--base-url", served.base_url)
    assert result.code == 0, result.stderr
    finished = result.json_lines()
    assert {item["task_id"] for item in finished} == ids
    assert {item["status"] for item in finished} == {"completed"}
    assert all(item["result"] for item in finished)
    assert "waiting for 2 jobs: 2/2 done" in result.stderr
    assert trenz("tasks", "pending", "--journal", str(journal)).json() == []


def test_wait_on_finished_journal_jobs_holds_nothing(
    trenz: Trenz, clocked: Served, clock: ManualClock, tmp_path: Path
) -> None:
    """Jobs that finished before `tasks wait --journal` starts are printed done, and the
    progress never shows a negative held figure: they held nothing in this wait."""
    journal = tmp_path / "jobs.jsonl"
    ids = {submit(trenz, clocked, value, journal) for value in ("83", "84")}
    clock.advance(2 * JOB_DURATION)  # both finished on the server before the wait
    result = trenz("tasks", "wait", "--journal", str(journal), "--base-url", clocked.base_url)
    assert result.code == 0, result.stderr
    assert {item["task_id"] for item in result.json_lines()} == ids
    held = [int(figure) for figure in re.findall(r"(-?\d+) held", result.stderr)]
    assert held
    assert held[-1] == 0
    assert min(held) >= 0, result.stderr


def test_get_prints_status_and_result(
    trenz: Trenz, clocked: Served, clock: ManualClock, tmp_path: Path
) -> None:
    """`tasks get ID` fetches the status once and includes the result of a finished job."""
    task_id = submit(trenz, clocked, "91", tmp_path / "jobs.jsonl")
    clock.advance(2 * JOB_DURATION)  # past the job's duration, on the fake's own clock
    result = trenz("tasks", "get", task_id, "--base-url", clocked.base_url)
    assert result.code == 0, result.stderr
    [record] = result.json()
    assert (record["task_id"], record["status"]) == (task_id, "completed")
    assert record["result"]


def test_get_unknown_task_exits_1_with_the_request_id(trenz: Trenz, served: Served) -> None:
    """An unknown task id is an API error: exit 1, one line with the request id."""
    result = trenz("tasks", "get", "task_nope", "--base-url", served.base_url)
    assert result.code == 1
    request_id = served.fake.requests[-1].request_id
    assert result.stderr.splitlines() == [
        f"Error: 404 TASK_NOT_FOUND: Async task task_nope not found (request_id={request_id})"
    ]


def test_wait_on_a_failed_job_exits_1_with_its_error(
    trenz: Trenz, failing: Served, tmp_path: Path
) -> None:
    """A job that fails is printed with its error message and the command exits 1."""
    task_id = submit(trenz, failing, "93", tmp_path / "jobs.jsonl")
    result = trenz("tasks", "wait", task_id, "--base-url", failing.base_url)
    assert result.code == 1
    [record] = result.json_lines()
    assert record["status"] == "refunded"
    assert record["error_message"]
    assert "1 of 1 jobs failed" in result.stderr


def test_wait_reports_an_unknown_task_and_still_waits_for_the_others(
    trenz: Trenz, served: Served, tmp_path: Path
) -> None:
    """An id the server does not know is printed with its error; the other jobs are still
    waited for, and the command exits 1."""
    task_id = submit(trenz, served, "95", tmp_path / "jobs.jsonl")
    result = trenz("tasks", "wait", task_id, "task_nope", "--base-url", served.base_url)
    assert result.code == 1
    records = {record["task_id"]: record for record in result.json_lines()}
    assert records[task_id]["status"] == "completed"
    assert "404 TASK_NOT_FOUND" in records["task_nope"]["error_message"]


def test_call_wait_on_a_failed_job_exits_1(trenz: Trenz, failing: Served) -> None:
    """`call --wait` on a job that fails prints one error line naming the task and exits 1."""
    result = trenz(
        "call", JOB.accessor, option(INPUT), "94", "--wait", "--base-url", failing.base_url
    )
    assert result.code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith("Error: task ")
    assert "ended refunded" in result.stderr


def test_unconfirmed_lists_intents_never_confirmed(trenz_here: Trenz, tmp_path: Path) -> None:
    """`tasks unconfirmed` lists submissions the journal saw sent but never answered."""
    journal = tmp_path / "jobs.jsonl"
    intent = Submission("sub_1", JOB.operation_id, {INPUT.name: "7"}, JOB.coin_cost, 1.7e9)
    anyio.run(TaskJournal(journal).intent, intent)
    result = trenz_here("tasks", "unconfirmed", "--journal", str(journal), TRENZ_API_KEY="")
    assert result.code == 0, result.stderr
    assert result.json() == [
        {
            "submission_id": "sub_1",
            "operation_id": JOB.operation_id,
            "estimated_coins": JOB.coin_cost,
            "at": "2023-11-14T22:13:20Z",
            "params": {INPUT.name: "7"},
        }
    ]


def test_a_damaged_journal_line_is_skipped_and_reported(trenz_here: Trenz, tmp_path: Path) -> None:
    """A line that cannot be read is reported on stderr; the good records are still listed."""
    journal = tmp_path / "jobs.jsonl"
    good = {
        "event": "submitted", "id": "s1", "task_id": "task_ok", "operation_id": JOB.operation_id
    }  # fmt: skip
    journal.write_text(json.dumps(good) + "\n{torn\n", encoding="utf-8")
    result = trenz_here("tasks", "pending", "--journal", str(journal))
    assert result.code == 0, result.stderr
    assert [item["task_id"] for item in result.json()] == ["task_ok"]
    assert "skipped 1 unusable journal records" in result.stderr


def test_journal_commands_need_an_existing_file(trenz_here: Trenz, tmp_path: Path) -> None:
    """A journal path that does not exist is a usage error, not an empty list."""
    result = trenz_here("tasks", "pending", "--journal", str(tmp_path / "typo.jsonl"))
    assert result.code == 2
    assert "does not exist" in result.stderr


def test_wait_needs_ids_or_a_journal(trenz_here: Trenz) -> None:
    """`tasks wait` with neither task ids nor a journal is a usage error."""
    result = trenz_here("tasks", "wait")
    assert result.code == 2
    assert "--journal FILE" in result.stderr

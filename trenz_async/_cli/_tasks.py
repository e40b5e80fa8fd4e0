"""`trenz tasks get|wait|pending|unconfirmed`: async jobs, by id or from a journal.

`get` and `wait` poll the task-status operation (free) through a client; `pending` and
`unconfirmed` only read a journal file (`TaskJournal.replay()`): no key, nothing sent.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click

from .. import TaskFailedError, TaskJournal, TaskNotFoundError, TaskTimeoutError, TrenzClient
from ._connection import Connection, session, with_connection_options
from ._exits import ExitCode, one_line, run
from ._output import (
    iso_time,
    note,
    plain,
    print_json,
    print_json_line,
    print_table,
    progress_display,
    wants_json,
    with_format_option,
)

_JOURNAL_TO_READ = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group(name="tasks", short_help="Async jobs: status, waiting, journals.")
def tasks() -> None:
    """Async jobs: their status, waiting for them, and what a journal holds."""


@tasks.command(name="get", short_help="Fetch tasks' status (free).")
@click.argument("task_ids", nargs=-1, required=True, metavar="ID...")
@with_format_option
@with_connection_options(exclude=("max_coins",))
def get(task_ids: Sequence[str], as_json: bool | None, **options: Any) -> None:
    """Fetch each task's status once (a free request) and print it, with the result or
    the error of a finished one."""

    async def fetch() -> list[dict[str, Any]]:
        async with session(Connection.of(options)) as client:
            return [await _state(await client.tasks.get(task_id).refresh()) for task_id in task_ids]

    records = run(fetch)
    if wants_json(as_json):
        print_json(records)
    else:
        print_table(records, ("task_id", "status", "result", "error_message"))


@tasks.command(name="wait", short_help="Wait for tasks, or a journal's pending jobs.")
@click.argument("task_ids", nargs=-1, metavar="[ID]...")
@click.option(
    "--wait-timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Give up waiting after SECONDS (default 3600); the jobs go on.",
)
@with_format_option
@with_connection_options(exclude=("max_coins",))
def wait(
    task_ids: Sequence[str], wait_timeout: float | None, as_json: bool | None, **options: Any
) -> None:
    """Wait for tasks (progress on stderr) and print each as it finishes, JSON Lines or a
    table. Without IDs, wait for every job the --journal still lists as pending.

    Exits 1 when a job failed (it was refunded) or the wait timed out.
    """
    connection = Connection.of(options)
    if not task_ids and connection.journal is None:
        raise click.UsageError("give task IDs, or --journal FILE to wait for its pending jobs")
    json_lines = wants_json(as_json)

    async def wait_all() -> list[dict[str, Any]]:
        async with session(connection) as client:
            if task_ids:
                waiting = [client.tasks.get(task_id) for task_id in task_ids]
            else:
                waiting = await client.tasks.pending()
                if not waiting:
                    note(f"no pending jobs in {connection.journal}")
            return await _wait(client, waiting, wait_timeout, json_lines)

    records = run(wait_all)
    if not json_lines:
        print_table(records, ("task_id", "operation_id", "status", "result", "error_message"))
    failed = sum(1 for record in records if "error_message" in record)
    if failed:
        note(f"{failed} of {len(records)} jobs failed (a failed job is refunded)")
        raise click.exceptions.Exit(ExitCode.FAILED)


async def _wait(
    client: TrenzClient, waiting: list[Any], deadline: float | None, json_lines: bool
) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    if not waiting:
        return records
    for task in waiting:
        # One look now (a free poll): a job resumed from a journal or named by id has often
        # finished long ago, and the scheduler's first poll would come only after a delay.
        if not task.done:
            with contextlib.suppress(TaskNotFoundError):  # ended with it; reported below
                await task.refresh()
    finished: set[str] = set()
    jobs = "1 job" if len(waiting) == 1 else f"{len(waiting)} jobs"
    with progress_display(f"waiting for {jobs}") as progress:
        try:
            async for task in client.tasks.as_completed(
                waiting, timeout=deadline, progress=progress
            ):
                finished.add(task.id)
                record = await _state(task)
                records.append(record)
                if json_lines:
                    print_json_line(record)
        except TaskTimeoutError:
            still = [task.id for task in waiting if task.id not in finished]
            note(f"still running: {' '.join(still)}")
            raise
    return records


async def _state(task: Any) -> dict[str, Any]:
    """A `Task` as printed: id, operation, status, and its result or error once finished.

    (Typed `Any`: only the task's public attributes are read, whatever its result type.)
    """
    record: dict[str, Any] = {
        "task_id": task.id,
        "operation_id": task.operation_id,
        "status": task.status,
    }
    if task.done:
        try:
            record["result"] = plain(await task.wait())  # finished: returns at once
        except TaskFailedError as exc:
            record["error_message"] = exc.error_message
        except TaskNotFoundError as exc:
            record["error_message"] = one_line(exc)
    return record


@tasks.command(name="pending", short_help="Jobs a journal still lists as running.")
@click.option(
    "--journal", envvar="TRENZ_JOURNAL", required=True, type=_JOURNAL_TO_READ, metavar="FILE"
)
@with_format_option
def pending(journal: Path, as_json: bool | None) -> None:
    """Jobs the journal saw submitted and never saw finish (read offline: no key needed,
    nothing sent). `trenz tasks wait --journal FILE` waits for them."""
    replay = _replay(journal)
    records = [
        {
            "task_id": entry.task_id,
            "operation_id": entry.operation_id,
            "estimated_coins": entry.estimated_coins,
            "submitted_at": iso_time(entry.submitted_at),
            "params": dict(entry.params) if entry.params is not None else None,
        }
        for entry in replay.pending
    ]
    _print_journal(records, as_json, replay.skipped, none=f"no pending jobs in {journal}")


@tasks.command(name="unconfirmed", short_help="Submissions a journal never saw confirmed.")
@click.option(
    "--journal", envvar="TRENZ_JOURNAL", required=True, type=_JOURNAL_TO_READ, metavar="FILE"
)
@with_format_option
def unconfirmed(journal: Path, as_json: bool | None) -> None:
    """Submissions sent but never confirmed: each may or may not have created a job (and
    been charged). Check before resubmitting; then record the answer with
    `client.tasks.resolve(submission_id, task_id=...)`. Read offline, nothing sent."""
    replay = _replay(journal)
    records = [
        {
            "submission_id": submission.id,
            "operation_id": submission.operation_id,
            "estimated_coins": submission.estimated_coins,
            "at": iso_time(submission.at),
            "params": dict(submission.params),
        }
        for submission in replay.unconfirmed
    ]
    _print_journal(
        records, as_json, replay.skipped, none=f"no unconfirmed submissions in {journal}"
    )


def _replay(journal: Path) -> Any:
    try:
        return run(TaskJournal(journal).replay)
    except OSError as exc:
        raise click.FileError(str(journal), hint=exc.strerror or str(exc)) from None


def _print_journal(
    records: list[dict[str, Any]], as_json: bool | None, skipped: Iterable[Any], *, none: str
) -> None:
    if wants_json(as_json):
        print_json(records)
    elif records:
        print_table(records)
    else:
        note(none)
    reasons = [record.reason for record in skipped]
    if reasons:
        note(f"skipped {len(reasons)} unusable journal records: {'; '.join(reasons)}")

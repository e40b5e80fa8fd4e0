"""Progress reports for long waits, and a ready-made bar.

`client.tasks.as_completed(tasks, progress=callback)` (and `wait_all`) call `callback`
with a `Progress` each time a task finishes. `progress_bar()` gives such a callback
drawing a `rich` progress bar when rich is installed (`pip install trenz_async[progress]`)
and printing one line per update otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

import attrs


@attrs.frozen
class Progress:
    """Where a wait on many tasks stands.

    Attributes:
        done: tasks finished so far (completed or failed).
        failed: of those, the failed (refunded) ones.
        total: tasks in the wait.
        coins_spent / coins_held: the waited tasks' own coins (their estimates): spent
            by those that completed, held by those still running; never negative.
        rate_limit_wait: when the wait is held back by the rate limit, about how many
            seconds until the next request may start (`inf`: when one in flight ends);
            else `None`.
    """

    done: int
    failed: int
    total: int
    coins_spent: int
    coins_held: int
    rate_limit_wait: float | None = None


ProgressCallback = Callable[[Progress], None]

SLOW_WAIT = 5.0
"""Seconds between progress reports while nothing finishes (only sent when the rate
limit is what holds the wait back)."""


def _waiting(progress: Progress) -> str:
    wait = progress.rate_limit_wait
    if wait is None:
        return ""
    if wait == float("inf"):
        return ", waiting for the rate limit"
    return f", waiting for the rate limit (~{wait:.0f}s)"


@contextmanager
def progress_bar(
    description: str = "waiting for jobs", *, file: TextIO | None = None
) -> Iterator[ProgressCallback]:
    """A progress callback drawing a bar for the duration of the block.

    Uses `rich` when it is importable; otherwise writes a plain line per update.
    """
    try:
        import rich.progress
    except ImportError:
        yield _plain_printer(description, file or sys.stderr)
        return
    columns: list[Any] = [
        rich.progress.TextColumn("{task.description}"),
        rich.progress.BarColumn(),
        rich.progress.MofNCompleteColumn(),
        rich.progress.TextColumn("{task.fields[coins]}"),
        rich.progress.TimeElapsedColumn(),
    ]
    console = rich.console.Console(file=file) if file is not None else None
    with rich.progress.Progress(*columns, console=console, transient=False) as bar:
        task_id = bar.add_task(description, total=None, coins="")

        def update(progress: Progress) -> None:
            coins = f"{progress.coins_spent} coins spent, {progress.coins_held} held"
            if progress.failed:
                coins += f", {progress.failed} failed"
            coins += _waiting(progress)
            bar.update(task_id, completed=progress.done, total=progress.total, coins=coins)

        yield update


def _plain_printer(description: str, file: TextIO) -> ProgressCallback:
    def update(progress: Progress) -> None:
        print(
            f"{description}: {progress.done}/{progress.total} done ({progress.failed} failed), "
            f"{progress.coins_spent} coins spent, {progress.coins_held} held"
            f"{_waiting(progress)}",
            file=file,
        )

    return update

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
    """

    done: int
    failed: int
    total: int
    coins_spent: int
    coins_held: int


ProgressCallback = Callable[[Progress], None]


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
            bar.update(task_id, completed=progress.done, total=progress.total, coins=coins)

        yield update


def _plain_printer(description: str, file: TextIO) -> ProgressCallback:
    def update(progress: Progress) -> None:
        print(
            f"{description}: {progress.done}/{progress.total} done ({progress.failed} failed), "
            f"{progress.coins_spent} coins spent, {progress.coins_held} held",
            file=file,
        )

    return update

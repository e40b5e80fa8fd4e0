"""`client.tasks`: re-attach to jobs, wait on many at once, resume from the journal.

`TaskManager` is the hand-written half of `client.tasks`; the generated resource of the
task-status operation's tag extends it with that tag's methods (`status(task_id=...)`).
Every copy of a client (`with_options`) has its own, over the client's one
`TaskTracker`, so tasks, polls and their scheduler are shared.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Sequence
from typing import Any

import anyio
import attrs

from .._errors import InvalidParameterError, TaskFailedError, TaskNotFoundError, TaskTimeoutError
from .polling import PollPolicy
from .progress import SLOW_WAIT, Progress, ProgressCallback
from .records import SkippedRecord, Submission
from .task import Task
from .tracker import TaskTracker

logger = logging.getLogger("trenz_async")


@contextlib.asynccontextmanager
async def _span(span: contextlib.AbstractContextManager[Any]) -> AsyncIterator[None]:
    # The span of a wait that yields: entered and left around the whole iteration.
    with span:
        yield


class TaskManager:
    """`client.tasks`: re-attach to tasks, wait on many, resume from the journal.

    Args:
        tracker: the client's task tracker.
    """

    def __init__(self, tracker: TaskTracker) -> None:
        self._tracker = tracker

    @property
    def policy(self) -> PollPolicy:
        """The client's `PollPolicy`."""
        return self._tracker.policy

    @property
    def skipped(self) -> tuple[SkippedRecord, ...]:
        """Journal records the last `pending()`/`unconfirmed()` could not use, and why."""
        return self._tracker.skipped

    def get(self, task_id: str, operation_id: str | None = None) -> Task[Any]:
        """A handle for a known task id, without a request (`await task.refresh()` fetches).

        Raises:
            InvalidParameterError: the id could not be polled (empty, or it contains
                `/`, `..`, `?`, `#` or control characters).
        """
        return self._tracker.get(task_id, operation_id)

    async def as_completed(
        self,
        tasks: Iterable[Task[Any]],
        *,
        timeout: float | None = None,  # noqa: ASYNC109  # one deadline for the whole set
        progress: ProgressCallback | None = None,
    ) -> AsyncGenerator[Task[Any], None]:
        """Yield each task once it is terminal (then `await task.wait()` returns at once).

        An async generator: leaving the loop early, close it (`contextlib.aclosing`) so
        its tasks stop being polled at once rather than when it is collected.

        Args:
            tasks: the tasks to wait for (duplicates are yielded once).
            timeout: one deadline for the whole set; `None` uses `PollPolicy.max_wait`.
            progress: called with a `Progress` at the start, after each finished task,
                and every few seconds while the rate limit holds the polls back (see
                `trenz_async.progress_bar`).

        Raises:
            TaskTimeoutError: `timeout` passed with tasks still running (the error
                names the first of them).
            APIError: polling hit an error waiting cannot fix (a revoked key's 401...).
        """
        tracker = self._tracker
        pending = list(dict.fromkeys(tasks))
        total, failed = len(pending), 0
        spent = held = 0

        def report(rate_limit_wait: float | None = None) -> None:
            if progress is not None:
                done = total - len(pending)
                progress(Progress(done, failed, total, spent, held, rate_limit_wait))

        # Only the tasks still running hold coins; one already finished (a journal's job
        # that ended long ago, seen by a first refresh) must not be released again.
        holding: dict[str, int] = {}
        for task in pending:
            if not task.done:
                holding.setdefault(task.id, task.estimated_coins or 0)
        held = sum(holding.values())
        report()
        limit = timeout if timeout is not None else tracker.policy.max_wait
        deadline = anyio.current_time() + limit
        operations = {task.operation_id for task in pending}
        operation = operations.pop() if len(operations) == 1 else None
        async with (
            _span(tracker.telemetry.wait_span(operation, total, current=False)),
            tracker.watching(pending),
        ):
            while pending:
                finished = [task for task in pending if task.done]
                while not finished:
                    left = deadline - anyio.current_time()
                    if left <= 0:
                        first = pending[0]
                        raise TaskTimeoutError(
                            task_id=first.id, operation_id=first.operation_id, timeout=limit
                        )
                    # With a progress callback, look up now and then: a long wait for the
                    # rate limit is reported rather than looking like a hang.
                    with anyio.move_on_after(left if progress is None else min(left, SLOW_WAIT)):
                        await tracker.until(pending, lambda: any(task.done for task in pending))
                    finished = [task for task in pending if task.done]
                    if not finished and progress is not None:
                        wait = tracker.rate_limit_wait()
                        if wait is not None and wait >= 1.0:
                            report(rate_limit_wait=wait)
                for task in finished:
                    pending.remove(task)
                    coins = task.estimated_coins or 0
                    held -= holding.pop(task.id, 0)
                    if task.failed:
                        failed += 1
                    else:
                        spent += coins
                    report()
                    yield task

    async def wait_all(
        self,
        tasks: Sequence[Task[Any]],
        *,
        return_exceptions: bool = False,
        timeout: float | None = None,  # noqa: ASYNC109  # as in as_completed()
        progress: ProgressCallback | None = None,
    ) -> list[Any]:
        """Wait for every task; results in the order given (like `asyncio.gather`).

        With `return_exceptions=True` a failed task's `TaskFailedError` takes its place
        in the list; otherwise the first failure raises once all have finished.
        """
        async for _ in self.as_completed(tasks, timeout=timeout, progress=progress):
            pass
        results: list[Any] = []
        for task in tasks:
            try:
                results.append(task._outcome())
            except (TaskFailedError, TaskNotFoundError, InvalidParameterError) as exc:
                if not return_exceptions:
                    raise
                results.append(exc)
        return results

    # ----------------------------------------------------------------- the journal

    async def pending(self) -> list[Task[Any]]:
        """Jobs the journal saw submitted and never saw finish (empty without a journal).

        Each comes back as a `Task` (with `.params` when the journal recorded them) whose
        estimate is held in the ledger until it settles. Records that cannot be resumed
        (an id the SDK refuses, a damaged line) are skipped with a warning and listed in
        `client.tasks.skipped`.
        """
        journal = self._tracker.journal
        if journal is None:
            return []
        replay = await journal.replay()
        skipped = list(replay.skipped)
        tasks = []
        for entry in replay.pending:
            try:
                task = self.get(entry.task_id, entry.operation_id)
            except InvalidParameterError as exc:
                logger.warning("journal: cannot resume task %r: %s", entry.task_id, exc)
                skipped.append(SkippedRecord(record=attrs.asdict(entry), reason=str(exc)))
                continue
            task.submitted_at = entry.submitted_at
            task.estimated_coins = entry.estimated_coins
            if entry.params is not None:
                task.params = dict(entry.params)
            if entry.operation_id is not None and entry.estimated_coins:
                await self._tracker.usage.hold(
                    entry.task_id,
                    entry.operation_id,
                    entry.estimated_coins,
                    call_id=entry.submission_id,
                )
            tasks.append(task)
        self._tracker.skipped = tuple(skipped)
        return tasks

    async def unconfirmed(self) -> list[Submission]:
        """Submissions sent but never confirmed: the server may or may not have made them.

        For each, find out (your Trenz task list, the job's side effects) and tell the
        SDK with `resolve()`; until then the journal keeps listing it.
        """
        journal = self._tracker.journal
        if journal is None:
            return []
        replay = await journal.replay()
        self._tracker.skipped = replay.skipped
        return list(replay.unconfirmed)

    async def resolve(self, submission_id: str, *, task_id: str | None) -> Task[Any] | None:
        """Settle an unconfirmed submission (or an `OutcomeUnknownError`).

        Args:
            submission_id: `Submission.id` or `OutcomeUnknownError.submission_id`.
            task_id: the job it created, or `None` if it created nothing.

        Returns:
            The job's `Task` (to wait on) when `task_id` is given.
        """
        task = self.get(task_id) if task_id is not None else None
        usage = self._tracker.usage
        if task_id is None:
            with contextlib.suppress(KeyError):  # nothing of it was counted as uncertain
                await usage.resolve(submission_id, coins_charged=0)
        else:
            await usage.resolve_as_job(submission_id, task_id)
        journal = self._tracker.journal
        if journal is not None:
            with anyio.CancelScope(shield=True):
                await journal.resolved(submission_id, task_id)
        return task

    def statistics(self) -> PollStatistics:
        """Polls sent so far and tasks being watched."""
        return PollStatistics(
            polls_sent=self._tracker.scheduler.polls_sent, watching=self._tracker.scheduler.watching
        )


@attrs.frozen
class PollStatistics:
    """A snapshot of the poll scheduler's work."""

    polls_sent: int
    watching: int

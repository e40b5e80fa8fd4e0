"""`Task`, the handle of an async job, and `client.tasks`, which waits on many of them."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from ._errors import InvalidParameterError, TaskFailedError, TaskNotFoundError, TaskTimeoutError
from ._journal import JournalEntry, TaskJournal
from ._params import prepare
from ._polling import RUNNING_STATUSES, PollPolicy, PollScheduler, classify_status
from ._progress import Progress, ProgressCallback
from ._ratelimit import RateLimit, RateLimiter
from .resources.tasks import TasksResource

if TYPE_CHECKING:
    from ._client import TrenzClient

logger = logging.getLogger("trenz_async")

# The operation that reports a task's status; the one place hand-written code names it.
TASK_STATUS_OPERATION = "task-status"


class Task:
    """One submitted async job.

    Attributes:
        id: the job id (`data.task_id` or `data.job_id`, as the registry says).
        operation_id: the submitting operation, or `None` for a re-attached task.
        submitted_at: wall-clock submission time (seconds since the epoch), if known.
        estimated_coins: the coins held for it at submission, if known.
        status: the last status seen (`"pending"` until polled).
    """

    __slots__ = (
        "_client",
        "_error",
        "_result",
        "_terminal",
        "_warned",
        "estimated_coins",
        "id",
        "operation_id",
        "status",
        "submitted_at",
    )

    def __init__(
        self,
        client: TrenzClient,
        task_id: str,
        *,
        operation_id: str | None = None,
        submitted_at: float | None = None,
        estimated_coins: int | None = None,
    ) -> None:
        self._client = client
        self.id = task_id
        self.operation_id = operation_id
        self.submitted_at = submitted_at
        self.estimated_coins = estimated_coins
        self.status = "pending"
        self._terminal = False
        self._warned = False
        self._result: Any = None
        self._error: Exception | None = None

    @property
    def failed(self) -> bool:
        """The task ended without a result (refunded, failed or unknown to the server)."""
        return self._terminal and self._error is not None

    @property
    def done(self) -> bool:
        """The task reached a terminal status (completed or refunded)."""
        return self._terminal

    async def refresh(self) -> Task:
        """Fetch the task's status once (free) and return `self`, updated.

        Raises:
            TaskNotFoundError: the server does not know this id.
            InvalidParameterError: the id cannot be sent (it would change the path).
        """
        try:
            envelope = await self._client.call(TASK_STATUS_OPERATION, task_id=self.id)
        except (TaskNotFoundError, InvalidParameterError) as exc:
            # Terminal: polling again could never succeed, so no wait should go on.
            await self._finish(
                "not_found" if isinstance(exc, TaskNotFoundError) else "invalid", error=exc
            )
            raise
        data = envelope.data.to_dict()
        await self._apply(data)
        return self

    async def wait(self, timeout: float | None = None) -> Any:  # noqa: ASYNC109  # the public contract's name
        """Wait for the task to finish and return its `result`.

        Args:
            timeout: seconds to wait; `None` uses the client's `PollPolicy.max_wait`.

        Raises:
            TaskFailedError: the job failed (and was refunded).
            TaskTimeoutError: the deadline passed; the task id is on the error and
                `client.tasks.get(id)` can wait again later.
        """
        if not self._terminal:
            tasks = self._client.tasks
            deadline = timeout if timeout is not None else tasks.policy.max_wait
            try:
                with anyio.fail_after(deadline), tasks.scheduler.holding([self.id]):
                    tasks._track(self)
                    await tasks.scheduler.wait_until(lambda: self._terminal)
            except TimeoutError:
                raise TaskTimeoutError(
                    task_id=self.id, operation_id=self.operation_id, timeout=deadline
                ) from None
        return self._outcome()

    def _adopt(self, other: Task) -> None:
        """Take the terminal state another handle of the same task reached."""
        self.status = other.status
        self._result = other._result
        self._error = other._error
        self._terminal = True

    def _outcome(self) -> Any:
        if self._error is not None:
            # Fresh traceback each time: re-raising one object would keep every
            # earlier waiter's frames on it.
            raise self._error.with_traceback(None)
        return self._result

    async def _apply(self, data: dict[str, Any]) -> None:
        status = str(data.get("status", ""))
        self.status = status
        kind = classify_status(status)
        if kind == "running":
            if status not in RUNNING_STATUSES and not self._warned:
                self._warned = True
                logger.warning(
                    "task %s reported unknown status %r; treating it as running", self.id, status
                )
            return
        if kind == "done":
            self._result = data.get("result")
            await self._finish(status)
        else:
            message = str(data.get("error_message") or "the job failed")
            await self._finish(
                status,
                error=TaskFailedError(
                    task_id=self.id,
                    operation_id=self.operation_id,
                    status=status,
                    error_message=message,
                ),
            )

    async def _finish(self, status: str, *, error: Exception | None = None) -> None:
        if self._terminal:
            return
        self._terminal = True
        self._error = error
        ledger = self._client.usage
        if error is None:
            ledger.settle(self.id)
        else:
            ledger.release(self.id)
        self._client.tasks._finished(self)
        journal = self._client.tasks.journal
        if journal is not None:
            with anyio.CancelScope(shield=True):  # the terminal record must not be lost
                try:
                    await journal.finished(self.id, status)
                except OSError as exc:
                    # The outcome is known and in memory; a resume would only poll again.
                    logger.error("could not journal the end of task %s: %s", self.id, exc)

    def __repr__(self) -> str:
        return f"Task(id={self.id!r}, operation_id={self.operation_id!r}, status={self.status!r})"


class TaskManager(TasksResource):
    """`client.tasks`: re-attach to tasks, wait on many, resume from the journal.

    Also has the generated `status(task_id=...)` method for one raw status call.
    """

    def __init__(
        self, client: TrenzClient, *, policy: PollPolicy, journal: TaskJournal | None
    ) -> None:
        super().__init__(client)
        self.policy = policy
        self.journal = journal
        self.scheduler = PollScheduler(self._poll, policy)
        self._live: dict[str, Task] = {}
        self._followers: dict[str, list[Task]] = {}
        limit = client.limiter.rate_limit
        share = None
        if limit is not None:
            share = RateLimit(max(1, int(limit.requests * policy.poll_share)), limit.period)
        # Polls take a slot here *and* in the client's limiter: at most `poll_share`
        # of the window goes to polling, the rest stays free for normal calls.
        self._poll_limiter = RateLimiter(share)

    def get(self, task_id: str, operation_id: str | None = None) -> Task:
        """A handle for a known task id, without a request (`await task.refresh()` fetches).

        Raises:
            InvalidParameterError: the id could not be polled (empty, or it contains
                `/`, `..`, `?`, `#` or control characters).
        """
        live = self._live.get(task_id)
        if live is not None:
            if live.operation_id is None:
                live.operation_id = operation_id
            return live
        from ._registry import operations

        prepare(operations()[TASK_STATUS_OPERATION], {"task_id": task_id})
        return Task(self._client, task_id, operation_id=operation_id)

    async def as_completed(
        self,
        tasks: Iterable[Task],
        *,
        timeout: float | None = None,  # noqa: ASYNC109  # one deadline for the whole set
        progress: ProgressCallback | None = None,
    ) -> AsyncIterator[Task]:
        """Yield each task once it is terminal (then `await task.wait()` returns at once).

        Args:
            tasks: the tasks to wait for (duplicates are yielded once).
            timeout: one deadline for the whole set; `None` uses `PollPolicy.max_wait`.
            progress: called with a `Progress` at the start and after each finished task
                (see `trenz_async.progress_bar`).

        Raises:
            TaskTimeoutError: `timeout` passed with tasks still running (the error
                names the first of them).
        """
        pending = list(dict.fromkeys(tasks))
        total, failed = len(pending), 0

        def report() -> None:
            if progress is not None:
                snapshot = self._client.usage.snapshot()
                done = total - len(pending)
                progress(Progress(done, failed, total, snapshot.coins_spent, snapshot.coins_held))

        report()
        limit = timeout if timeout is not None else self.policy.max_wait
        deadline = anyio.current_time() + limit
        with self.scheduler.holding([task.id for task in pending if not task.done]):
            for task in pending:
                self._track(task)
            while pending:
                finished = [task for task in pending if task.done]
                if not finished:
                    with anyio.move_on_after(deadline - anyio.current_time()):
                        await self.scheduler.wait_until(lambda: any(task.done for task in pending))
                    finished = [task for task in pending if task.done]
                    if not finished:
                        first = pending[0]
                        raise TaskTimeoutError(
                            task_id=first.id, operation_id=first.operation_id, timeout=limit
                        )
                for task in finished:
                    pending.remove(task)
                    failed += task.failed
                    report()
                    yield task

    async def wait_all(
        self,
        tasks: Sequence[Task],
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

    async def pending(self) -> list[Task]:
        """Unfinished tasks recorded in the journal (empty without a journal)."""
        if self.journal is None:
            return []
        entries = await self.journal.unfinished()
        tasks = []
        for entry in entries:
            task = self.get(entry.task_id, entry.operation_id)
            task.submitted_at = entry.submitted_at
            task.estimated_coins = entry.estimated_coins
            if entry.operation_id is not None and entry.estimated_coins:
                self._client.usage.hold(entry.task_id, entry.operation_id, entry.estimated_coins)
            tasks.append(task)
        return tasks

    async def _submitted(self, task: Task) -> None:
        """Journal a new submission before its `Task` reaches the caller."""
        if self.journal is not None:
            entry = JournalEntry(
                task.id, task.operation_id, task.submitted_at, task.estimated_coins
            )
            with anyio.CancelScope(shield=True):  # a paid job's id must reach the disk
                try:
                    await self.journal.submitted(entry)
                except OSError as exc:
                    # Raising would lose the id of a job already paid for; the caller
                    # still gets its Task, and the log says resume will not know it.
                    logger.error(
                        "could not journal task %s (%s): %s", task.id, task.operation_id, exc
                    )

    def _track(self, task: Task) -> None:
        """Make `task` the one polls update, or follow the handle that already is."""
        if task.done:
            return
        live = self._live.setdefault(task.id, task)
        if live is not task:
            # Two handles of one id (say, two `Task(...)` objects): polls update the
            # first; this one takes its outcome when it finishes.
            followers = self._followers.setdefault(task.id, [])
            if all(follower is not task for follower in followers):
                followers.append(task)

    def _finished(self, task: Task) -> None:
        others = self._followers.pop(task.id, [])
        live = self._live.pop(task.id, None)
        if live is not None:
            others.append(live)
        for other in others:
            if other is not task and not other.done:
                other._adopt(task)
        self.scheduler.mark_finished(task.id)

    async def _poll(self, task_id: str) -> None:
        task = self._live.get(task_id)
        if task is None:
            return
        self._follow_server_limit()
        # The driver polls every waiter's tasks: its usage scope is not theirs.
        with self._client.usage.unscoped():
            async with self._poll_limiter.slot():
                with contextlib.suppress(TaskNotFoundError):
                    await task.refresh()

    def _follow_server_limit(self) -> None:
        """Keep polls at their share of the limit the server announced, if it is lower."""
        effective = self._client.limiter.statistics().effective_limit
        if effective is not None:
            self._poll_limiter.observe_limit(max(1, int(effective * self.policy.poll_share)))

    def statistics(self) -> PollStatistics:
        """Polls sent so far and tasks being watched."""
        return PollStatistics(
            polls_sent=self.scheduler.polls_sent, watching=self.scheduler.watching
        )


@attrs.frozen
class PollStatistics:
    """A snapshot of the poll scheduler's work."""

    polls_sent: int
    watching: int

"""`Task`, the handle of an async job, and `client.tasks`, which waits on many of them.

Polls take the lean path: one GET of the status endpoint through the client's transport
(gate, auth, retries, size cap, typed errors) as a *poll*, and the decoded envelope's
`data` applied to the task directly, without the typed-facade round trip. What a poll's
failure means:
- transient (5xx, connection, 429): logged, polled again later;
- `TASK_NOT_FOUND` within `PollPolicy.not_found_grace` of submission: the server may not
  know the id yet, so polled again; after it: the task ends with `TaskNotFoundError`;
- any other 4xx (a revoked key's 401, a 403): waiting cannot help, so every wait on the
  task raises that error at once; the task itself is not finished, and a later wait
  (with the problem fixed) resumes polling.

In a fleet (`TrenzClient(coordinator=...)`) a task is polled by one worker at a time: the
one holding its poll lease. Each poll's result is published, and a worker waiting on a
task another worker polls takes its outcome (its result included) from there, within
about two poll intervals of the end. A worker gives a lease up when the task ends or its
last wait here leaves; a dead worker's leases expire (`FleetPolls`). Without a
coordinator, every watched task is polled here and nothing of this costs a thing.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import anyio
import attrs

from ._coordination import Journal, SkippedRecord, Submission
from ._errors import (
    APIError,
    ClientClosedError,
    EventLoopMismatchError,
    InvalidParameterError,
    TaskFailedError,
    TaskNotFoundError,
    TaskTimeoutError,
    TrenzError,
)
from ._params import prepare
from ._polling import RUNNING_STATUSES, PollPolicy, PollScheduler, classify_status
from ._progress import Progress, ProgressCallback
from ._registry import operations

if TYPE_CHECKING:
    from ._core import ClientCore
    from ._fleet import FleetPolls
    from .resources.tasks import TasksResource

    # Type checkers see the generated Async Tasks methods on `client.tasks`; at run time
    # the manager forwards them to the generated resource it holds (`__getattr__`).
    _GeneratedTasks = TasksResource
else:
    _GeneratedTasks = object

logger = logging.getLogger("trenz_async")

TASK_STATUS_OPERATION = "task-status"
"""The operation that reports a task's status; the one place hand-written code names it."""


ResultT = TypeVar("ResultT")


class Task(Generic[ResultT]):
    """One submitted async job; `await task.wait()` gives its result (a `ResultT`).

    Attributes:
        id: the job id (`data.task_id` or `data.job_id`, as the registry says).
        operation_id: the submitting operation, or `None` for a re-attached task.
        submitted_at: wall-clock submission time (seconds since the epoch), if known.
        estimated_coins: the coins held for it at submission, if known.
        params: the parameters it was submitted with (wire names), if known.
        status: the last status seen (`"pending"` until polled).
    """

    __slots__ = (
        "_error",
        "_manager",
        "_result",
        "_terminal",
        "_wait_error",
        "_warned",
        "estimated_coins",
        "id",
        "operation_id",
        "params",
        "status",
        "submitted_at",
    )

    def __init__(
        self,
        manager: TaskManager,
        task_id: str,
        *,
        operation_id: str | None = None,
        submitted_at: float | None = None,
        estimated_coins: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self._manager = manager
        self.id = task_id
        self.operation_id = operation_id
        self.submitted_at = submitted_at
        self.estimated_coins = estimated_coins
        self.params = params
        self.status = "pending"
        self._terminal = False
        self._warned = False
        self._result: Any = None  # the `ResultT` once completed
        self._error: Exception | None = None
        self._wait_error: TrenzError | None = None

    @property
    def failed(self) -> bool:
        """The task ended without a result (refunded, failed or unknown to the server)."""
        return self._terminal and self._error is not None

    @property
    def done(self) -> bool:
        """The task reached a terminal status (completed or refunded)."""
        return self._terminal

    async def refresh(self) -> Task[ResultT]:
        """Fetch the task's status once (free) and return `self`, updated.

        Raises:
            TaskNotFoundError: the server does not know this id (once the grace after
                submission has passed, the task ends with this error).
            TrenzError: the poll failed (the task is unchanged).
        """
        await self._manager._refresh(self)
        return self

    async def wait(self, timeout: float | None = None) -> ResultT:  # noqa: ASYNC109  # the public contract's name
        """Wait for the task to finish and return its `result`.

        Args:
            timeout: seconds to wait; `None` uses the client's `PollPolicy.max_wait`.

        Raises:
            TaskFailedError: the job failed (and was refunded).
            TaskTimeoutError: the deadline passed; the task id is on the error and
                `client.tasks.get(id)` can wait again later.
            APIError: polling hit an error waiting cannot fix (a revoked key's 401...).
            ClientClosedError: the client was closed.
        """
        if not self._terminal:
            manager = self._manager
            deadline = timeout if timeout is not None else manager.policy.max_wait
            try:
                with anyio.fail_after(deadline):
                    async with manager._watching([self]):
                        await manager._until([self], lambda: self._terminal)
            except TimeoutError:
                raise TaskTimeoutError(
                    task_id=self.id, operation_id=self.operation_id, timeout=deadline
                ) from None
        return self._outcome()

    def _adopt(self, other: Task[Any]) -> None:
        """Take the terminal state another handle of the same task reached."""
        self.status = other.status
        self._result = other._result
        self._error = other._error
        self._terminal = True

    def _outcome(self) -> ResultT:
        if self._error is not None:
            # Fresh traceback each time: re-raising one object would keep every
            # earlier waiter's frames on it.
            raise self._error.with_traceback(None)
        result: ResultT = self._result
        return result

    def __repr__(self) -> str:
        return f"Task(id={self.id!r}, operation_id={self.operation_id!r}, status={self.status!r})"


class TaskManager(_GeneratedTasks):
    """`client.tasks`: re-attach to tasks, wait on many, resume from the journal.

    The generated operations of the Async Tasks tag (`status(task_id=...)`) are
    reachable here too, through the generated resource.
    """

    def __init__(
        self,
        core: ClientCore,
        resource: TasksResource,
        *,
        policy: PollPolicy,
        journal: Journal | None,
        fleet: FleetPolls | None = None,
    ) -> None:
        self._core = core
        self._resource = resource
        self.policy = policy
        self.journal = journal
        self._fleet = fleet
        self.scheduler = PollScheduler(
            self._poll, policy, claim=None if fleet is None else self._claim
        )
        self.skipped: tuple[SkippedRecord, ...] = ()
        """Journal records the last `pending()`/`unconfirmed()` could not use, and why."""
        self._live: dict[str, Task[Any]] = {}
        self._followers: dict[str, list[Task[Any]]] = {}
        self._status = operations()[TASK_STATUS_OPERATION]

    def __getattr__(self, name: str) -> Any:
        # The generated Async Tasks methods (`status`), without subclassing them.
        return getattr(self._resource, name)

    def get(self, task_id: str, operation_id: str | None = None) -> Task[Any]:
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
        prepare(self._status, {"task_id": task_id})
        return Task(self, task_id, operation_id=operation_id)

    async def as_completed(
        self,
        tasks: Iterable[Task[Any]],
        *,
        timeout: float | None = None,  # noqa: ASYNC109  # one deadline for the whole set
        progress: ProgressCallback | None = None,
    ) -> AsyncIterator[Task[Any]]:
        """Yield each task once it is terminal (then `await task.wait()` returns at once).

        Args:
            tasks: the tasks to wait for (duplicates are yielded once).
            timeout: one deadline for the whole set; `None` uses `PollPolicy.max_wait`.
            progress: called with a `Progress` at the start and after each finished task
                (see `trenz_async.progress_bar`).

        Raises:
            TaskTimeoutError: `timeout` passed with tasks still running (the error
                names the first of them).
            APIError: polling hit an error waiting cannot fix (a revoked key's 401...).
        """
        pending = list(dict.fromkeys(tasks))
        total, failed = len(pending), 0
        spent = held = 0

        def report() -> None:
            if progress is not None:
                done = total - len(pending)
                progress(Progress(done, failed, total, spent, held))

        # Only the tasks still running hold coins; one already finished (a journal's job
        # that ended long ago, seen by a first refresh) must not be released again.
        holding: dict[str, int] = {}
        for task in pending:
            if not task.done:
                holding.setdefault(task.id, task.estimated_coins or 0)
        held = sum(holding.values())
        report()
        limit = timeout if timeout is not None else self.policy.max_wait
        deadline = anyio.current_time() + limit
        async with self._watching(pending):
            while pending:
                finished = [task for task in pending if task.done]
                if not finished:
                    with anyio.move_on_after(deadline - anyio.current_time()):
                        await self._until(pending, lambda: any(task.done for task in pending))
                    finished = [task for task in pending if task.done]
                    if not finished:
                        first = pending[0]
                        raise TaskTimeoutError(
                            task_id=first.id, operation_id=first.operation_id, timeout=limit
                        )
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
        if self.journal is None:
            return []
        replay = await self.journal.replay()
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
                await self._core.usage.hold(
                    entry.task_id,
                    entry.operation_id,
                    entry.estimated_coins,
                    call_id=entry.submission_id,
                )
            tasks.append(task)
        self.skipped = tuple(skipped)
        return tasks

    async def unconfirmed(self) -> list[Submission]:
        """Submissions sent but never confirmed: the server may or may not have made them.

        For each, find out (your Trenz task list, the job's side effects) and tell the
        SDK with `resolve()`; until then the journal keeps listing it.
        """
        if self.journal is None:
            return []
        replay = await self.journal.replay()
        self.skipped = replay.skipped
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
        usage = self._core.usage
        if task_id is None:
            with contextlib.suppress(KeyError):  # nothing of it was counted as uncertain
                await usage.resolve(submission_id, coins_charged=0)
        else:
            await usage.resolve_as_job(submission_id, task_id)
        if self.journal is not None:
            with anyio.CancelScope(shield=True):
                await self.journal.resolved(submission_id, task_id)
        return task

    # ----------------------------------------------------------------- internals

    def _submitted(self, task: Task[Any]) -> None:
        """Track a task the client has just submitted."""
        self._live.setdefault(task.id, task)

    @contextlib.asynccontextmanager
    async def _watching(self, tasks: Iterable[Task[Any]]) -> AsyncIterator[None]:
        """Keep these tasks polled for the block (a fresh wait forgets earlier poll errors).

        In a fleet, the leases of the tasks nobody here waits on any more are given up
        on the way out.

        Raises:
            ClientClosedError / EventLoopMismatchError: the client cannot poll.
        """
        self._core.check_usable()
        waiting = [task for task in tasks if not task.done]
        for task in waiting:
            task._wait_error = None
        ids = [task.id for task in waiting]
        try:
            with self.scheduler.holding(ids):
                for task in waiting:
                    self._track(task)
                yield
        finally:
            fleet = self._fleet
            if fleet is not None and fleet.held:
                left = [task_id for task_id in ids if not self.scheduler.is_watching(task_id)]
                with anyio.CancelScope(shield=True):
                    await fleet.release(left)

    async def _claim(self, task_ids: list[str]) -> list[str]:
        """The scheduler's fleet hook: which due tasks to poll here; the others' outcomes
        (published by the workers polling them) are applied."""
        assert self._fleet is not None
        granted, outcomes = await self._fleet.claim(task_ids)
        for task_id, outcome in outcomes.items():
            task = self._live.get(task_id)
            if task is None or task.done:
                continue
            if task_id in granted and classify_status(outcome.status) == "running":
                continue  # ours to poll: a fresh answer beats a published one
            await self._apply(task, dict(outcome.data))
        # A task an outcome just finished has left `_live`: there is nothing to poll.
        return [task_id for task_id in task_ids if task_id in granted and task_id in self._live]

    async def _until(self, tasks: Sequence[Task[Any]], condition: Callable[[], bool]) -> None:
        """Poll until `condition()` holds; raise the permanent error a poll hit on `tasks`."""

        def settled() -> bool:
            return condition() or any(task._wait_error is not None for task in tasks)

        await self.scheduler.wait_until(settled)
        for task in tasks:
            if task._wait_error is not None:
                raise task._wait_error.with_traceback(None)

    def _track(self, task: Task[Any]) -> None:
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

    def _handles(self, task: Task[Any]) -> list[Task[Any]]:
        handles = [task, *self._followers.get(task.id, [])]
        live = self._live.get(task.id)
        if live is not None and live is not task:
            handles.append(live)
        return handles

    async def _poll(self, task_id: str) -> None:
        """The scheduler's poll of one watched task."""
        task = self._live.get(task_id)
        if task is None:
            return
        try:
            await self._refresh(task)
        except (
            TaskNotFoundError,
            InvalidParameterError,
            ClientClosedError,
            EventLoopMismatchError,
        ):
            pass  # settled by `_refresh`, or the waiters learn it themselves
        except APIError as exc:
            if exc.status_code < 500 and exc.status_code != 429:
                # Waiting cannot fix this: every wait on the task raises it now.
                for handle in self._handles(task):
                    handle._wait_error = exc
                self.scheduler.mark_finished(task.id)
            else:
                raise

    async def _refresh(self, task: Task[Any]) -> None:
        """One status request for `task`, applied to it."""
        from ._invoke import fetch_status  # the call path imports this module

        try:
            data = await fetch_status(self._core, self._status, task.id)
            if self._fleet is not None:
                await self._fleet.publish(task.id, data)
        except InvalidParameterError as exc:
            await self._finish(task, "invalid", error=exc)
            raise
        except TaskNotFoundError as exc:
            submitted = task.submitted_at
            if submitted is None or time.time() - submitted >= self.policy.not_found_grace:
                await self._finish(task, "not_found", error=exc)
            raise
        await self._apply(task, data)

    async def _apply(self, task: Task[Any], data: dict[str, Any]) -> None:
        status = str(data.get("status", ""))
        task.status = status
        kind = classify_status(status)
        if kind == "running":
            if status not in RUNNING_STATUSES and not task._warned:
                task._warned = True
                logger.warning(
                    "task %s reported unknown status %r; treating it as running", task.id, status
                )
            return
        if kind == "done":
            task._result = data.get("result")
            await self._finish(task, status)
        else:
            message = str(data.get("error_message") or "the job failed")
            error = TaskFailedError(
                task_id=task.id,
                operation_id=task.operation_id,
                status=status,
                error_message=message,
            )
            await self._finish(task, status, error=error)

    async def _finish(
        self, task: Task[Any], status: str, *, error: Exception | None = None
    ) -> None:
        if task._terminal:
            return
        task._terminal = True
        task._error = error
        with anyio.CancelScope(shield=True):  # the ledger and journal must hear the end
            usage = self._core.usage
            if error is None:
                await usage.settle(task.id)
            else:
                await usage.refund(task.id)
            others = self._followers.pop(task.id, [])
            live = self._live.pop(task.id, None)
            if live is not None:
                others.append(live)
            for other in others:
                if other is not task and not other.done:
                    other._adopt(task)
            self.scheduler.mark_finished(task.id)
            if self._fleet is not None:
                await self._fleet.release([task.id])
            if self.journal is not None:
                try:
                    await self.journal.finished(task.id, status)
                except OSError as exc:
                    # The outcome is known and in memory; a resume would only poll again.
                    logger.error("could not journal the end of task %s: %s", task.id, exc)

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

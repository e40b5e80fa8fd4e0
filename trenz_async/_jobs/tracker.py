"""`TaskTracker`: one client's tasks being waited on, polled by one scheduler.

Polls take the lean path: the client gives the tracker a `fetch` function (one GET of
the status endpoint through the client's transport, as a *poll*: gate, auth, retries,
size cap, typed errors) and the status `data` it returns is applied to the task
directly, without the typed-facade round trip. What a poll's failure means:
- transient (5xx, connection, 429): logged, polled again later;
- `TASK_NOT_FOUND` within `PollPolicy.not_found_grace` of submission: the server may not
  know the id yet, so polled again; after it: the task ends with `TaskNotFoundError`;
- any other 4xx (a revoked key's 401, a 403): waiting cannot help, so every wait on the
  task raises that error at once; the task itself is not finished, and a later wait
  (with the problem fixed) resumes polling.

In a fleet a task is polled by one worker at a time: the one holding its poll lease
(`PollSharing`). Each poll's result is published, and a worker waiting on a task another
worker polls takes its outcome (its result included) from there, within about two poll
intervals of the end. A worker gives a lease up when the task ends or its last wait here
leaves; a dead worker's leases expire. Without a fleet, every watched task is polled here
and nothing of this costs a thing.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import Any

import anyio

from .._errors import (
    APIError,
    ClientClosedError,
    EventLoopMismatchError,
    InvalidParameterError,
    TaskFailedError,
    TaskNotFoundError,
)
from .._ledger import UsageLedger
from .._registry import prepare, task_status_operation
from .leases import PollSharing
from .polling import RUNNING_STATUSES, PollPolicy, PollScheduler, classify_status
from .records import Journal, SkippedRecord
from .task import Task

logger = logging.getLogger("trenz_async")

Fetch = Callable[[str], Awaitable[dict[str, Any]]]
"""One poll: the status `data` of a task id, as the server sent it."""


class TaskTracker:
    """The tasks of one client: which are live, who waits on them, and their polling.

    Args:
        fetch: one poll of a task id (see `Fetch`).
        usage: the client's ledger (held jobs settle or are refunded here).
        policy: how tasks are polled.
        journal: the client's journal, if any (a job's end is recorded there).
        check_usable: raises when the client cannot poll (closed, another event loop).
        sharing: a fleet's poll leases, if any.
        rate_limit_wait: seconds before a new request could start (the gate's view), for
            progress reports; `None` when the gate cannot say cheaply.
    """

    def __init__(
        self,
        fetch: Fetch,
        *,
        usage: UsageLedger,
        policy: PollPolicy,
        journal: Journal | None,
        check_usable: Callable[[], None],
        sharing: PollSharing | None = None,
        rate_limit_wait: Callable[[], float] | None = None,
    ) -> None:
        self._fetch = fetch
        self._rate_limit_wait = rate_limit_wait
        self.usage = usage
        self.policy = policy
        self.journal = journal
        self._check_usable = check_usable
        self._sharing = sharing
        self.scheduler = PollScheduler(
            self._poll, policy, claim=None if sharing is None else self._claim
        )
        self.skipped: tuple[SkippedRecord, ...] = ()
        """Journal records the last `pending()`/`unconfirmed()` could not use, and why."""
        self._live: dict[str, Task[Any]] = {}
        self._followers: dict[str, list[Task[Any]]] = {}
        self.status_operation = task_status_operation()

    def get(self, task_id: str, operation_id: str | None = None) -> Task[Any]:
        """The live handle of `task_id`, or a new one (nothing is sent).

        Raises:
            InvalidParameterError: the id could not be polled.
        """
        live = self._live.get(task_id)
        if live is not None:
            if live.operation_id is None:
                live.operation_id = operation_id
            return live
        prepare(self.status_operation, {"task_id": task_id})
        return Task(self, task_id, operation_id=operation_id)

    def rate_limit_wait(self) -> float | None:
        """Seconds before a new request could start, if the gate can say."""
        return None if self._rate_limit_wait is None else self._rate_limit_wait()

    def submitted(self, task: Task[Any]) -> None:
        """Track a task the client has just submitted."""
        self._live.setdefault(task.id, task)

    @contextlib.asynccontextmanager
    async def watching(self, tasks: Iterable[Task[Any]]) -> AsyncIterator[None]:
        """Keep these tasks polled for the block (a fresh wait forgets earlier poll errors).

        In a fleet, the leases of the tasks nobody here waits on any more are given up
        on the way out.

        Raises:
            ClientClosedError / EventLoopMismatchError: the client cannot poll.
        """
        self._check_usable()
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
            sharing = self._sharing
            if sharing is not None and sharing.held:
                left = [task_id for task_id in ids if not self.scheduler.is_watching(task_id)]
                with anyio.CancelScope(shield=True):
                    await sharing.release(left)

    async def until(self, tasks: Sequence[Task[Any]], condition: Callable[[], bool]) -> None:
        """Poll until `condition()` holds; raise the permanent error a poll hit on `tasks`."""

        def settled() -> bool:
            return condition() or any(task._wait_error is not None for task in tasks)

        await self.scheduler.wait_until(settled)
        for task in tasks:
            if task._wait_error is not None:
                raise task._wait_error.with_traceback(None)

    async def refresh(self, task: Task[Any]) -> None:
        """One status request for `task`, applied to it."""
        try:
            data = await self._fetch(task.id)
            if self._sharing is not None:
                await self._sharing.publish(task.id, data)
        except InvalidParameterError as exc:
            await self._finish(task, "invalid", error=exc)
            raise
        except TaskNotFoundError as exc:
            submitted = task.submitted_at
            if submitted is None or time.time() - submitted >= self.policy.not_found_grace:
                await self._finish(task, "not_found", error=exc)
            raise
        await self._apply(task, data)

    # ----------------------------------------------------------------- internals

    async def _claim(self, task_ids: list[str]) -> list[str]:
        """The scheduler's fleet hook: which due tasks to poll here; the others' outcomes
        (published by the workers polling them) are applied."""
        assert self._sharing is not None
        granted, outcomes = await self._sharing.claim(task_ids)
        for task_id, outcome in outcomes.items():
            task = self._live.get(task_id)
            if task is None or task.done:
                continue
            if task_id in granted and classify_status(outcome.status) == "running":
                continue  # ours to poll: a fresh answer beats a published one
            await self._apply(task, dict(outcome.data))
        # A task an outcome just finished has left `_live`: there is nothing to poll.
        return [task_id for task_id in task_ids if task_id in granted and task_id in self._live]

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
            await self.refresh(task)
        except (
            TaskNotFoundError,
            InvalidParameterError,
            ClientClosedError,
            EventLoopMismatchError,
        ):
            pass  # settled by `refresh`, or the waiters learn it themselves
        except APIError as exc:
            if exc.status_code < 500 and exc.status_code != 429:
                # Waiting cannot fix this: every wait on the task raises it now.
                for handle in self._handles(task):
                    handle._wait_error = exc
                self.scheduler.mark_finished(task.id)
            else:
                raise

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
            if error is None:
                await self.usage.settle(task.id)
            else:
                await self.usage.refund(task.id)
            others = self._followers.pop(task.id, [])
            live = self._live.pop(task.id, None)
            if live is not None:
                others.append(live)
            for other in others:
                if other is not task and not other.done:
                    other._adopt(task)
            self.scheduler.mark_finished(task.id)
            if self._sharing is not None:
                await self._sharing.release([task.id])
            if self.journal is not None:
                try:
                    await self.journal.finished(task.id, status)
                except OSError as exc:
                    # The outcome is known and in memory; a resume would only poll again.
                    logger.error("could not journal the end of task %s: %s", task.id, exc)

"""`Task`: the handle of one submitted async job."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

import anyio

from .._errors import TaskTimeoutError, TrenzError

if TYPE_CHECKING:
    from .tracker import TaskTracker


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
        "_result",
        "_terminal",
        "_tracker",
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
        tracker: TaskTracker,
        task_id: str,
        *,
        operation_id: str | None = None,
        submitted_at: float | None = None,
        estimated_coins: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self._tracker = tracker
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
        await self._tracker.refresh(self)
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
            tracker = self._tracker
            deadline = timeout if timeout is not None else tracker.policy.max_wait
            try:
                with anyio.fail_after(deadline):
                    async with tracker.watching([self]):
                        await tracker.until([self], lambda: self._terminal)
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

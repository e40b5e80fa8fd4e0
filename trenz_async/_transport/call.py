"""`Call`: what the transport layers need to know about one call, carried on its request.

The call path (`_call.invoke`) puts a `Call` on each request's extensions, so every layer
knows the operation, its estimate and the call's options without looking anything up.
The answer comes back the same way: the body layer puts the decoded envelope (and a
new job's id) on the response's extensions. A request without a `Call` (sent through
the client's `httpx.AsyncClient` by hand) gets one describing it by method and path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._ledger import Reservation
    from .._registry import OperationInfo
    from .retry import RetryPolicy

CALL = "trenz_async.call"
"""Request extension: the `Call` the SDK is making."""
ENVELOPE = "trenz_async.envelope"
"""Response extension: the decoded success envelope (a dict)."""
JOB_ID = "trenz_async.job_id"
"""Response extension: the id of the job an async-job submission created."""

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class Call:
    """One call as the transport sees it.

    Attributes:
        operation: the operation, or `None` for a request sent by hand.
        retry: the retry policy in force for this call.
        estimate: the call's estimated coins (the retry rule and `coins_uncertain` use it).
        reservation: the call's budget reservation, or `None` (hand-made requests).
        attempt_timeout: seconds one attempt may take from connecting to the last body
            byte, or `None`.
        poll: a task poll (the gate serves ordinary calls first).
        is_read: the call only reads (repeating it changes nothing on the server).
        name: the operation id, or the path of a hand-made request (for messages).
        job_id_field: where an async job's answer carries its id, else `None`.
        empty_success: the spec allows this operation a 200 without a body.
    """

    __slots__ = (
        "attempt_timeout",
        "empty_success",
        "estimate",
        "is_read",
        "job_id_field",
        "name",
        "operation",
        "poll",
        "reservation",
        "retry",
    )

    def __init__(
        self,
        operation: OperationInfo | None,
        *,
        retry: RetryPolicy,
        estimate: int = 0,
        reservation: Reservation | None = None,
        attempt_timeout: float | None = None,
        poll: bool = False,
        method: str = "GET",
        path: str = "",
    ) -> None:
        self.operation = operation
        self.retry = retry
        self.estimate = estimate
        self.reservation = reservation
        self.attempt_timeout = attempt_timeout
        self.poll = poll
        if operation is not None:
            self.is_read = operation.is_read
            self.name = operation.operation_id
            self.job_id_field = operation.job_id_field if operation.is_async else None
            self.empty_success = operation.empty_success
        else:
            self.is_read = method in _SAFE_METHODS
            self.name = path
            self.job_id_field = None
            self.empty_success = False

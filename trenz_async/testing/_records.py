"""What the fake saw: one record per request, and counters over all of them."""

from __future__ import annotations

import attrs

from ._faults import FaultKind


@attrs.frozen
class RequestRecord:
    """One request the fake received.

    Attributes:
        method / path: as sent.
        status: the HTTP status answered, or `None` when the connection was dropped.
        operation_id: the operation the path matched, or `None` (unknown route).
        error_code: the Trenz error code answered, if any.
        fault: the fault injected into this request, if any.
        request_id: the `request_id` the fake assigned.
        at: the fake's clock when the request arrived.
    """

    method: str
    path: str
    status: int | None
    operation_id: str | None
    error_code: str | None
    fault: FaultKind | None
    request_id: str
    at: float


@attrs.frozen
class FakeStatistics:
    """Counters over everything the fake has served, as of one moment.

    Attributes:
        requests: requests received, whatever became of them.
        succeeded: requests answered with a 2xx.
        rate_limited: 429 RATE_LIMITED answers.
        quota_exceeded: 429 QUOTA_EXCEEDED answers.
        faults_injected: requests that got an injected fault (latency included).
        dropped: connections closed without a response (both drop faults).
        jobs_created / jobs_completed / jobs_refunded: async jobs by fate so far.
    """

    requests: int
    succeeded: int
    rate_limited: int
    quota_exceeded: int
    faults_injected: int
    dropped: int
    jobs_created: int
    jobs_completed: int
    jobs_refunded: int

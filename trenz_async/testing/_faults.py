"""Injected faults: which requests fail, and how."""

from __future__ import annotations

import enum
import random
import threading
from collections.abc import Iterable, Mapping

import attrs

from .._registry import operations
from ._codes import ErrorCode


class FaultKind(enum.StrEnum):
    """One way a request can go wrong between the client and Trenz."""

    INTERNAL_ERROR = "internal_error"  # 500 INTERNAL_ERROR, JSON body, nothing processed
    BACKEND_ERROR = "backend_error"  # 502 BACKEND_ERROR, JSON body, nothing processed
    BACKEND_UNAVAILABLE = "backend_unavailable"  # 503 BACKEND_UNAVAILABLE, nothing processed
    BACKEND_TIMEOUT = "backend_timeout"  # 504 BACKEND_TIMEOUT, nothing processed
    HTML_502 = "html_502"  # 502 with a gateway's HTML page, nothing processed
    EMPTY_520 = "empty_520"  # 520 with an empty body, nothing processed
    LATENCY = "latency"  # processed and answered normally, `FaultPlan.latency` seconds late
    DROP_BEFORE = "drop_before"  # connection closed before processing: nothing charged or created
    DROP_AFTER = "drop_after"  # processed (charged, job created and held), then closed
    # Processed (charged, job created and held), then a JSON error anyway: what a gateway
    # that gave up on a backend which finished after all (or a failing response path) sends.
    INTERNAL_ERROR_AFTER = "internal_error_after"  # then 500 INTERNAL_ERROR
    BACKEND_ERROR_AFTER = "backend_error_after"  # then 502 BACKEND_ERROR
    BACKEND_TIMEOUT_AFTER = "backend_timeout_after"  # then 504 BACKEND_TIMEOUT

    @property
    def error_code(self) -> ErrorCode | None:
        """The Trenz error code of the JSON error faults, else `None`."""
        return _ERROR_CODES.get(self)

    @property
    def after_processing(self) -> bool:
        """The request is processed (charged, its job created) before the fault strikes."""
        return self in _AFTER_PROCESSING


_ERROR_CODES: Mapping[FaultKind, ErrorCode] = {
    FaultKind.INTERNAL_ERROR: ErrorCode.INTERNAL_ERROR,
    FaultKind.BACKEND_ERROR: ErrorCode.BACKEND_ERROR,
    FaultKind.BACKEND_UNAVAILABLE: ErrorCode.BACKEND_UNAVAILABLE,
    FaultKind.BACKEND_TIMEOUT: ErrorCode.BACKEND_TIMEOUT,
    FaultKind.INTERNAL_ERROR_AFTER: ErrorCode.INTERNAL_ERROR,
    FaultKind.BACKEND_ERROR_AFTER: ErrorCode.BACKEND_ERROR,
    FaultKind.BACKEND_TIMEOUT_AFTER: ErrorCode.BACKEND_TIMEOUT,
}
_AFTER_PROCESSING = frozenset(
    {
        FaultKind.DROP_AFTER,
        FaultKind.INTERNAL_ERROR_AFTER,
        FaultKind.BACKEND_ERROR_AFTER,
        FaultKind.BACKEND_TIMEOUT_AFTER,
    }
)


@attrs.define
class _Scheduled:
    kind: FaultKind
    remaining: int
    operation_id: str | None


def _check_operation(operation_id: str) -> str:
    if operation_id not in operations():
        raise ValueError(f"unknown operation id {operation_id!r}")
    return operation_id


class FaultPlan:
    """Which requests the fake fails, by seeded ratio or by explicit schedule.

    Faults apply to requests that reached a real operation and passed authentication and
    the rate limit. A scheduled fault wins over the ratios. With the same seed and the same
    sequence of requests, the same requests fail.

    Args:
        ratios: the share of requests each kind hits, e.g.
            `{FaultKind.BACKEND_UNAVAILABLE: 0.1}`; the shares must add up to at most 1.
        operations: limit the ratios to these operation ids (schedules name their own).
        latency: seconds of delay a `LATENCY` fault adds.

    Raises:
        ValueError: a ratio outside [0, 1], ratios adding up to more than 1, or an unknown
            operation id.
    """

    def __init__(
        self,
        ratios: Mapping[FaultKind, float] | None = None,
        *,
        operations: Iterable[str] | None = None,
        latency: float = 0.05,
    ) -> None:
        self._ratios = {FaultKind(kind): float(share) for kind, share in (ratios or {}).items()}
        if any(not 0.0 <= share <= 1.0 for share in self._ratios.values()):
            raise ValueError("fault ratios must lie between 0 and 1")
        if sum(self._ratios.values()) > 1.0:
            raise ValueError("fault ratios must add up to at most 1")
        self._operations = (
            None if operations is None else frozenset(map(_check_operation, operations))
        )
        if latency < 0:
            raise ValueError("latency must not be negative")
        self.latency = latency
        self._scheduled: list[_Scheduled] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        ratios = {kind.value: share for kind, share in self._ratios.items()}
        return f"FaultPlan(ratios={ratios!r}, scheduled={self.scheduled})"

    def schedule(self, kind: FaultKind, *, count: int = 1, operation_id: str | None = None) -> None:
        """Fail the next `count` requests (to `operation_id`, or to any operation) with `kind`.

        Schedules queue up: each request takes the oldest schedule that matches it.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        target = None if operation_id is None else _check_operation(operation_id)
        with self._lock:
            self._scheduled.append(_Scheduled(FaultKind(kind), count, target))

    @property
    def scheduled(self) -> int:
        """How many scheduled faults have not happened yet."""
        with self._lock:
            return sum(entry.remaining for entry in self._scheduled)

    def clear(self) -> None:
        """Drop every schedule (the ratios stay)."""
        with self._lock:
            self._scheduled.clear()

    def choose(self, operation_id: str, rng: random.Random) -> FaultKind | None:
        """The fault for one request to `operation_id`, or `None` (used by the fake)."""
        with self._lock:
            for entry in self._scheduled:
                if entry.operation_id in (None, operation_id):
                    entry.remaining -= 1
                    if entry.remaining == 0:
                        self._scheduled.remove(entry)
                    return entry.kind
        if not self._ratios or (
            self._operations is not None and operation_id not in self._operations
        ):
            return None
        draw = rng.random()
        for kind, share in self._ratios.items():
            if draw < share:
                return kind
            draw -= share
        return None

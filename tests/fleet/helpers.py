"""Helpers shared by the fleet tests (and the processes they spawn).

The operations the fleet calls are chosen by trait from the registry (as in
`tests/unit/helpers.py`), never by today's names: a cheap paid read with its minimal
arguments, and a flat-priced async job keyed by one string input (a video id).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import anyio
import redis

from tests.unit.helpers import cheap_read, keyed_job, minimal_arguments

T = TypeVar("T")


def read_call() -> tuple[str, dict[str, Any]]:
    """A cheap paid read: its operationId and the keyword arguments of one call."""
    info = cheap_read()
    return info.operation_id, minimal_arguments(info)


def job_call() -> tuple[str, str, str]:
    """A keyed async job: its operationId, the input's Python name and its wire name."""
    info, key = keyed_job()
    return info.operation_id, key.python_name, key.name


def assert_window(starts: Sequence[float], requests: int, period: float) -> None:
    """No `requests + 1` starts (seconds, Redis's clock) fall within `period` seconds."""
    ordered = sorted(starts)
    for first, later in zip(ordered, ordered[requests:], strict=False):
        assert later - first >= period - 1e-6, f"{requests + 1} starts within {later - first:.6f}s"


def redis_time(client: redis.Redis) -> float:
    """Redis's clock now, in seconds since the epoch."""
    seconds, micros = client.time()
    return seconds + micros / 1e6


def script_calls(client: redis.Redis) -> int:
    """How many EVALSHA commands the server has run since it started."""
    stats = client.info("commandstats")
    return int(stats.get("cmdstat_evalsha", {}).get("calls", 0))


def settled(read: Callable[[], T], expected: T, *, timeout: float = 5.0) -> T:
    """`read()` once it returns `expected`, or its last value when `timeout` passes.

    For what Redis does asynchronously (closing a client's connections): the test asserts
    on the value returned, so a condition never met still fails, after a bounded wait.
    """
    deadline = time.monotonic() + timeout
    value = read()
    while value != expected and time.monotonic() < deadline:
        time.sleep(0.01)
        value = read()
    return value


async def eventually(check: Callable[[], Awaitable[bool]]) -> None:
    """Wait until `await check()` holds (Redis's clock expiring a lease, say), or fail.

    A bounded wait for a condition, not a sleep of a guessed length: it returns as soon as
    Redis's own clock has moved far enough. Redis changes state without telling anyone,
    so there is no event to wait on: it is asked every 10 ms, for at most 5 s.
    """
    with anyio.fail_after(5.0):
        while not await check():  # noqa: ASYNC110  # nothing to notify us but Redis itself
            await anyio.sleep(0.01)

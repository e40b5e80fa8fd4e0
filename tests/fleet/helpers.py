"""Helpers shared by the fleet tests (and the processes they spawn)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TypeVar

import redis

T = TypeVar("T")


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

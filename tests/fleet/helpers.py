"""Helpers shared by the fleet tests (and the processes they spawn)."""

from __future__ import annotations

from collections.abc import Sequence

import redis


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

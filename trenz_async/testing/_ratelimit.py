"""A sliding-window request limit per API key, as Trenz applies it (200 per minute)."""

from __future__ import annotations

import collections
import math
from collections.abc import Callable


class SlidingWindow:
    """Admits at most `limit` requests per key in any `period`-second window.

    Refused requests do not count: a client that waits `Retry-After` gets in.

    Args:
        limit: requests allowed per window.
        period: the window's length in seconds.
        clock: the fake's clock.
    """

    def __init__(self, limit: int, period: float, clock: Callable[[], float]) -> None:
        if limit < 1 or period <= 0:
            raise ValueError("rate_limit needs at least one request per positive period")
        self.limit = limit
        self.period = period
        self._clock = clock
        self._seen: dict[str, collections.deque[float]] = {}

    def acquire(self, key: str) -> int | None:
        """Count one request for `key`; `None` if admitted, else the seconds to wait."""
        now = self._clock()
        seen = self._seen.setdefault(key, collections.deque())
        while seen and seen[0] <= now - self.period:
            seen.popleft()
        if len(seen) >= self.limit:
            # Retry-After is whole seconds, rounded up so the retry lands inside the window.
            return max(1, math.ceil(seen[0] + self.period - now))
        seen.append(now)
        return None

"""The request gate's contract: what decides when a request may start.

The rate limit (a sliding window), the cap on requests in flight and the pause after a
429 live behind this protocol. `RateLimiter` implements it in one process; a
`RedisCoordinator` implements it for a fleet sharing one key. The transport only ever
talks to the protocol, so both behave the same to a caller.
"""

from __future__ import annotations

from typing import Protocol


class RequestGate(Protocol):
    """Admits requests: at most N starts per sliding window, M in flight, none while paused.

    A request counts in the window from its start until `period` seconds after it *ends*
    (the server counts arrivals; a start-stamped window lets network jitter bunch two
    windows' worth of requests into one of the server's).
    """

    async def acquire(self, *, poll: bool = False) -> object:
        """Wait until a request may start; return the permit to hand to `release`.

        Ordinary calls (`poll=False`) go before task polls; polls use idle capacity.
        Cancellation while waiting takes nothing.
        """
        ...

    async def release(self, permit: object) -> None:
        """The request ended (answered or failed); it keeps counting for one period.

        It must complete even when called from a cancelled scope: an implementation that
        suspends shields itself (the caller does not, to keep the common path cheap).
        """
        ...

    async def pause(self, seconds: float) -> None:
        """Admit nothing for `seconds` from now (a 429's `Retry-After`); never shortens."""
        ...

    async def observe_limit(self, limit: int) -> None:
        """Follow a lower `X-RateLimit-Limit` announced by the server (never raises it)."""
        ...

"""The request gate: what decides when a request may start, and the layer that asks it.

The rate limit (a sliding window), the cap on requests in flight and the pause after a
429 live behind this protocol. `RateLimiter` implements it in one process; a
`RedisCoordinator` implements it for a fleet sharing one key. The transport only ever
talks to the protocol, so both behave the same to a caller.
"""

from __future__ import annotations

import logging
import math
from typing import Protocol

import anyio
import httpx

from .._errors import QuotaExceededError, RateLimitError
from .call import CALL, Call
from .retry import RATE_LIMITED

logger = logging.getLogger("trenz_async")


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


class GateTransport(httpx.AsyncBaseTransport):
    """Admits each attempt through the gate; a 429 `RATE_LIMITED` pauses the whole gate.

    Args:
        inner: the next layer.
        gate: the client's `RequestGate` (a `RateLimiter`, or a fleet's).
        max_pause: the longest pause a 429's `Retry-After` may impose, in seconds.
    """

    def __init__(
        self, inner: httpx.AsyncBaseTransport, *, gate: RequestGate, max_pause: float
    ) -> None:
        self._inner = inner
        self.gate = gate
        self._max_pause = max_pause
        self._announced_limit = ""
        self._paused_until = -math.inf  # the end of the last pause this layer announced

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call: Call = request.extensions[CALL]
        gate = self.gate
        permit = await gate.acquire(poll=call.poll)
        try:
            response = await self._inner.handle_async_request(request)
        except RateLimitError as error:
            if not isinstance(error, QuotaExceededError) and error.code == RATE_LIMITED:
                await self._pause(error, call)
            if error.response is not None:
                await self._observe(error.response)
            raise
        finally:
            await gate.release(permit)  # completes even when cancelled (the gate's contract)
        await self._observe(response)
        return response

    async def _pause(self, error: RateLimitError, call: Call) -> None:
        """One 429 pauses every request of the client (and of a fleet's gate).

        Many requests in flight meet the same 429: the pause is announced once, at
        WARNING; the other 429s of that pause log at DEBUG.
        """
        wait = min(error.retry_after if error.retry_after is not None else 1.0, self._max_pause)
        now = anyio.current_time()
        level = logging.WARNING if now >= self._paused_until else logging.DEBUG
        self._paused_until = max(self._paused_until, now + wait)
        logger.log(
            level,
            "429 %s on %s: pausing all requests for %.1fs (request_id=%s)",
            error.code,
            call.name,
            wait,
            error.request_id,
            extra={"operation_id": call.name, "request_id": error.request_id, "pause": wait},
        )
        await self.gate.pause(wait)

    async def _observe(self, response: httpx.Response) -> None:
        limit = response.headers.get("x-ratelimit-limit", "")
        if limit != self._announced_limit and limit.isdigit() and int(limit) > 0:
            self._announced_limit = limit
            await self.gate.observe_limit(int(limit))

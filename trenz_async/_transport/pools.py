"""The default connection pool: sized to the client's concurrency, split into shards.

Sizing: one connection per request the client's gate lets fly, each kept alive between
calls, so a client working at its concurrency reuses its connections instead of opening
new ones (httpx's default keeps 20 alive: at 200 requests at a time, most calls opened
a connection).

Shards: httpcore's pool looks at every connection, and at every queued request, each
time a request starts or ends, so its CPU per request grows with the pool: at 200
connections the scan was half the client's CPU (profiled in bench/throughput.py's
setting). Several small pools, each request going to the one with the fewest requests
in flight, keep each scan short; together they hold the same connections.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable

import httpx

UNBOUNDED_POOL = 100
"""Connections for a client whose gate bounds neither the window nor the requests in flight."""

SHARD_SIZE = 16
"""Connections per shard: below this, httpcore's scans cost little."""


def pool_limits(in_flight: int | None) -> httpx.Limits:
    """The default pool for a client that has at most `in_flight` requests in flight."""
    size = UNBOUNDED_POOL if in_flight is None else in_flight
    return httpx.Limits(max_connections=size, max_keepalive_connections=size)


def sharded(
    limits: httpx.Limits, make: Callable[[httpx.Limits], httpx.AsyncBaseTransport]
) -> httpx.AsyncBaseTransport:
    """`make(limits)`, or shards of it when the pool is large enough to be worth it.

    An unbounded pool (`max_connections=None`) stays one pool: there is no size to split.
    """
    most = limits.max_connections
    if most is None or most <= SHARD_SIZE:
        return make(limits)
    count = math.ceil(most / SHARD_SIZE)
    kept = limits.max_keepalive_connections
    shares = [
        httpx.Limits(
            max_connections=_part(most, count, index),
            max_keepalive_connections=None if kept is None else _part(kept, count, index),
            keepalive_expiry=limits.keepalive_expiry,
        )
        for index in range(count)
    ]
    return ShardedTransport([make(share) for share in shares])


def _part(total: int, count: int, index: int) -> int:
    """Shard `index`'s part of `total`: the parts differ by at most one and add up."""
    return total // count + (index < total % count)


class ShardedTransport(httpx.AsyncBaseTransport):
    """Sends each request through the shard with the fewest requests in flight.

    A request counts against its shard until its response is closed: the connection is
    busy until then (the SDK reads every body, under its size cap, and closes it).
    """

    def __init__(self, shards: list[httpx.AsyncBaseTransport]) -> None:
        self.shards = shards
        self._busy = [0] * len(shards)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        busy = self._busy
        index = busy.index(min(busy))
        busy[index] += 1
        try:
            response = await self.shards[index].handle_async_request(request)
        except BaseException:
            busy[index] -= 1
            raise
        response.stream = _Released(response.stream, busy, index)
        return response

    async def aclose(self) -> None:
        for shard in self.shards:
            await shard.aclose()


class _Released(httpx.AsyncByteStream):
    """A response body that gives its shard's count back when closed (once)."""

    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, busy: list[int], index: int
    ) -> None:
        assert isinstance(stream, httpx.AsyncByteStream)
        self._stream = stream
        self._busy = busy
        self._index: int | None = index

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        if self._index is not None:
            self._busy[self._index] -= 1
            self._index = None
        await self._stream.aclose()

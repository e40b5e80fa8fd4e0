"""One Redis connection for the fleet stores: native on asyncio, worker threads on trio.

redis-py speaks asyncio (`redis.asyncio`) but not trio, so on trio every round trip runs
the synchronous client in a worker thread (`anyio.to_thread.run_sync`): the event loop
never blocks. The asyncio client binds its connections to the event loop that opened
them, so each loop gets its own, closed when that loop shuts down: a coordinator can
serve successive `asyncio.run()`s without leaking a connection per run.

Every round trip is shielded from cancellation: a script that ran on the server but
whose reply was dropped by a cancelled caller would leave a permit or a reservation
behind. A round trip is bounded by `socket_timeout` instead. Scripts are written to be
idempotent by id, so redis-py's bounded retry after a dropped connection cannot apply
one twice.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncGenerator, Callable, Sequence
from typing import Any, TypeVar

import anyio
import anyio.to_thread
import attrs
import redis
import redis.asyncio
import redis.asyncio.retry
import redis.backoff
import redis.exceptions
import redis.retry
import sniffio

from ..._errors import CoordinatorError
from .keys import LuaScript, display_url

T = TypeVar("T")

Arg = str | int | float


class RedisLink:
    """The connections to one Redis server, shared by every store of a coordinator.

    Args:
        url: a redis-py URL (`redis://`, `rediss://`, `unix://`).
        socket_timeout: seconds one round trip (or connect) may take.
        retries: how often redis-py retries a command after a dropped connection.

    Raises:
        ValueError: redis-py refuses the URL.
    """

    def __init__(self, url: str, *, socket_timeout: float, retries: int) -> None:
        self.display = display_url(url)
        self._url = url
        self._socket_timeout = socket_timeout
        self._retries = retries
        self._sync = redis.Redis.from_url(
            url,
            socket_timeout=socket_timeout,
            socket_connect_timeout=socket_timeout,
            retry=redis.retry.Retry(_backoff(), retries),
        )
        # id(loop) -> (the loop, weakly; its client; the generator that closes it).
        self._async: dict[int, _LoopClient] = {}

    def ping_blocking(self) -> None:
        """One PING from the calling thread (construction-time check).

        Raises:
            CoordinatorError: Redis did not answer.
        """
        self.call_blocking("coordinator.connect", lambda client: client.ping())

    def call_blocking(self, operation: str, fn: Callable[[redis.Redis], T]) -> T:
        """Run `fn` with the synchronous client in the calling thread.

        Raises:
            CoordinatorError: Redis failed.
        """
        try:
            return fn(self._sync)
        except (redis.exceptions.RedisError, OSError) as exc:
            raise self._error(operation, exc) from exc

    def script_blocking(
        self, operation: str, script: LuaScript, keys: Sequence[str], args: Sequence[Arg]
    ) -> Any:
        """`script` run with the synchronous client in the calling thread."""
        return self.call_blocking(operation, lambda client: _run_sync(client, script, keys, args))

    async def script(
        self, operation: str, script: LuaScript, keys: Sequence[str], args: Sequence[Arg]
    ) -> Any:
        """Run `script` atomically on Redis and return its reply (every store op is one).

        Raises:
            CoordinatorError: Redis failed or is out of reach.
        """
        with anyio.CancelScope(shield=True):
            try:
                if sniffio.current_async_library() == "asyncio":
                    return await _run_async(await self._async_client(), script, keys, args)
                return await anyio.to_thread.run_sync(_run_sync, self._sync, script, keys, args)
            except (redis.exceptions.RedisError, OSError) as exc:
                raise self._error(operation, exc) from exc

    async def aclose(self) -> None:
        """Close this event loop's connections and the thread-side pool (reopened on use)."""
        entry = self._current_loop_entry()
        if entry is not None:
            with anyio.CancelScope(shield=True):
                await entry.closer.aclose()  # forgets the entry and closes the client
        self._sync.close()

    def close(self) -> None:
        """Close the thread-side pool (the blocking calls and the trio path)."""
        self._sync.close()

    async def _async_client(self) -> redis.asyncio.Redis:
        entry = self._current_loop_entry()
        if entry is not None:
            return entry.client
        loop = asyncio.get_running_loop()
        client = redis.asyncio.Redis.from_url(
            self._url,
            socket_timeout=self._socket_timeout,
            socket_connect_timeout=self._socket_timeout,
            retry=redis.asyncio.retry.Retry(_backoff(), self._retries),
        )
        closer = self._close_at_loop_end(id(loop), client)
        await closer.asend(None)
        self._async[id(loop)] = _LoopClient(weakref.ref(loop), client, closer)
        return client

    def _current_loop_entry(self) -> _LoopClient | None:
        if sniffio.current_async_library() != "asyncio":
            return None
        loop = asyncio.get_running_loop()
        entry = self._async.get(id(loop))
        if entry is None or entry.loop() is not loop:  # an id reused by a newer loop
            return None
        return entry

    async def _close_at_loop_end(
        self, loop_id: int, client: redis.asyncio.Redis
    ) -> AsyncGenerator[None, None]:
        # asyncio.run() (and anyio.run) finalize every live async generator before closing
        # the loop, while it still runs: this one then closes the loop's connections.
        try:
            yield
        finally:
            entry = self._async.get(loop_id)
            if entry is not None and entry.client is client:
                del self._async[loop_id]
            await client.aclose()

    def _error(self, operation: str, exc: BaseException) -> CoordinatorError:
        kind = type(exc).__name__
        return CoordinatorError(
            f"{operation} failed: Redis at {self.display} ({kind}: {exc})", operation=operation
        )

    def __repr__(self) -> str:
        return f"RedisLink({self.display!r})"


@attrs.frozen
class _LoopClient:
    loop: weakref.ref[asyncio.AbstractEventLoop]
    client: redis.asyncio.Redis
    closer: AsyncGenerator[None, None]


def _backoff() -> redis.backoff.AbstractBackoff:
    return redis.backoff.ExponentialWithJitterBackoff(base=0.02, cap=0.25)


def _run_sync(
    client: redis.Redis, script: LuaScript, keys: Sequence[str], args: Sequence[Arg]
) -> Any:
    try:
        return client.evalsha(script.sha, len(keys), *keys, *args)
    except redis.exceptions.NoScriptError:
        # First use on this server (or after SCRIPT FLUSH / a restart): load, then run.
        client.script_load(script.source)
        return client.evalsha(script.sha, len(keys), *keys, *args)


async def _run_async(
    client: redis.asyncio.Redis, script: LuaScript, keys: Sequence[str], args: Sequence[Arg]
) -> Any:
    try:
        return await client.evalsha(script.sha, len(keys), *keys, *args)
    except redis.exceptions.NoScriptError:
        await client.script_load(script.source)
        return await client.evalsha(script.sha, len(keys), *keys, *args)

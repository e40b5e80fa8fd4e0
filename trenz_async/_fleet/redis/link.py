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

Writes made after the fact (a request's end, a call's commit, a poll's outcome: see
`defer`) do not get a round trip of their own. They wait in this link's outbox, and the
next script this process runs for any reason carries them, in front of its own step, in
one `fleet.batch` script (`keys.batch_script`): one round trip, one atomic script, the
deferred steps applied first and in the order they were made. A process that sends
nothing else within `LINGER` seconds flushes them on its own, and closing the link (or
the end of its event loop) flushes what is left. So:

- what a process wrote, any later script of that process sees (read your own writes);
- one round trip at a time per event loop: callers that come while one is on its way
  go together in the next one (`_submit`), so concurrent calls share round trips
  (50 reads at once make a handful) and a lone call waits for nobody;
- another worker sees a deferred write at most `LINGER` (plus one round trip) later than
  it would have: a slot freed, coins committed, an outcome published that much later.
  Each of these only errs on the safe side while it waits: a permit not yet released
  still counts in the window and in flight, a reservation not yet committed still
  counts its estimate in the budget;
- a process that dies with writes in its outbox loses them as it would lose a write in
  flight: the permit's and the reservation's leases recover them (`lease_timeout`).
  Nothing whose loss would lose money or a job id is deferred: a paid job's id is
  journaled by a round trip of its own before its `Task` is returned.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import weakref
from collections.abc import AsyncGenerator, Callable, Sequence
from typing import Any, TypeVar

import anyio
import anyio.lowlevel
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
from ..._support import register_secret
from .keys import LuaScript, batch_script
from .url import RedisURL

T = TypeVar("T")

Arg = str | int | float | bytes

LINGER = 0.005
"""Seconds a deferred write waits for a script to carry it before it is sent alone."""

logger = logging.getLogger("trenz_async")


@attrs.frozen
class Deferred:
    """A write made after the fact, waiting in the outbox for a round trip to carry it.

    Attributes:
        operation: its name in errors and logs.
        script / keys / args: what to run.
        on_reply: called with its reply once it ran.
        on_error: called with the `CoordinatorError` if it did not run.
    """

    operation: str
    script: LuaScript
    keys: Sequence[str]
    args: Sequence[Arg]
    on_reply: Callable[[Any], None] | None
    on_error: Callable[[CoordinatorError], None]
    after: int = 0
    """In a batch, run only if the step this many places before was granted (replied
    `{1, ...}`, as a reservation or a slot that was granted does); 0: always."""


class RedisLink:
    """The connections to one Redis server, shared by every store of a coordinator.

    The URL's credentials never reach redis-py's URL parser (see `url`), and every
    error raised here has them scrubbed from its text.

    Args:
        url: a redis-py URL (`redis://`, `rediss://`, `unix://`).
        socket_timeout: seconds one round trip (or connect) may take.
        retries: how often redis-py retries a command after a dropped connection.

    Raises:
        ValueError: redis-py refuses the URL (its message scrubbed of credentials).
    """

    def __init__(self, url: str, *, socket_timeout: float, retries: int) -> None:
        self.url = RedisURL.parse(url)
        self.display = self.url.display
        # Logs go through the SDK's redacting filter: teach it the password (not short
        # pieces of it, which would redact ordinary text everywhere).
        self._secret_handles = [
            register_secret(secret) for secret in self.url.secrets if len(secret) >= 8
        ]
        self.persistence: str | None = None
        """How the server persists, once a bind asked (`namespace.check_persistence`)."""
        self._socket_timeout = socket_timeout
        self._retries = retries
        try:
            self._sync = redis.Redis.from_url(self.url.bare, **self._options(redis.retry.Retry))
        except ValueError as exc:
            raise ValueError(self.url.scrub(str(exc))) from None
        # id(loop) -> (the loop, weakly; its client; the generator that closes it).
        self._async: dict[int, _LoopClient] = {}
        self._outbox: list[Deferred] = []
        self._deferred = 0  # writes deferred so far (a flusher stops once none come)
        self._flusher_of: object | None = None  # the event loop (or trio token) flushing
        self._flushers: set[asyncio.Task[None]] = set()
        self._queue: anyio.lowlevel.RunVar[_SendQueue] = anyio.lowlevel.RunVar(
            f"trenz_async.RedisLink.{id(self)}"
        )
        self.round_trips = 0
        """Requests this link sent to Redis from the event loop (a batch counts once)."""

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

        The writes waiting in the outbox go first, in the same round trip.

        Raises:
            CoordinatorError: Redis failed or is out of reach.
        """
        step = Deferred(operation, script, keys, args, None, _ignore)
        [(ok, reply)] = await self._submit([step])
        if not ok:
            raise self._error(operation, redis.exceptions.ResponseError(reply))
        return reply

    async def steps(self, steps: Sequence[Deferred]) -> list[Any]:
        """Run `steps` in one round trip (with the outbox in front): their replies, each
        `None` if it did not run (its `after` step was not granted) or failed (its
        `on_error` is told) — the first step's failure raises instead.

        Raises:
            CoordinatorError: Redis failed, or the first step did.
        """
        first = attrs.evolve(steps[0], on_error=_ignore, after=0)
        outcomes = await self._submit([first, *steps[1:]])
        ok, reply = outcomes[0]
        if not ok:
            raise self._error(first.operation, redis.exceptions.ResponseError(reply))
        return [reply, *(reply if ok else None for ok, reply in outcomes[1:])]

    def defer(
        self,
        operation: str,
        script: LuaScript,
        keys: Sequence[str],
        args: Sequence[Arg],
        *,
        on_error: Callable[[CoordinatorError], None],
        on_reply: Callable[[Any], None] | None = None,
    ) -> None:
        """Queue a write made after the fact for the next round trip (see the module docs).

        Call it from the event loop. `on_error` is called (never raised) if the write fails.
        """
        self._outbox.append(Deferred(operation, script, keys, args, on_reply, on_error))
        self._deferred += 1
        if sniffio.current_async_library() == "asyncio":
            loop = asyncio.get_running_loop()
            if self._flusher_of is loop:
                return
            self._flusher_of = loop
            task = loop.create_task(self._flush_later(loop))
            self._flushers.add(task)
            task.add_done_callback(self._flushers.discard)
        else:
            import trio

            token = trio.lowlevel.current_trio_token()
            if self._flusher_of is token:
                return
            self._flusher_of = token
            trio.lowlevel.spawn_system_task(self._flush_later, token)

    async def flush(self) -> None:
        """Send the outbox now, in one round trip (its failures go to each write's `on_error`)."""
        if self._outbox:
            with contextlib.suppress(CoordinatorError):  # reported to each write already
                await self._submit([])

    async def _flush_later(self, owner: object) -> None:
        """Send what waits every `LINGER` while writes keep coming, then stop.

        One per event loop: while calls follow each other, their next round trips carry
        the writes and this finds little or nothing to send; it stops after a `LINGER`
        in which nothing was deferred.
        """
        try:
            while True:
                seen = self._deferred
                await anyio.sleep(LINGER)
                await self._flush_logged()
                if self._deferred == seen:
                    break
        finally:
            if self._flusher_of is owner:
                self._flusher_of = None
            # Also when the event loop ends with the writes still waiting.
            with anyio.CancelScope(shield=True):
                await self._flush_logged()

    async def _flush_logged(self) -> None:
        try:
            await self.flush()
        except Exception:  # a flusher runs on its own: never let it crash the loop
            logger.exception("the fleet's deferred writes could not be sent")

    def _take(self) -> list[Deferred]:
        carried, self._outbox = self._outbox, []
        return carried

    async def _submit(self, steps: list[Deferred]) -> list[tuple[bool, Any]]:
        """Run `steps` (after the outbox) in this event loop's next round trip: their
        outcomes, `(ok, reply)` each.

        One round trip at a time per event loop: the steps of callers that come while one
        is on its way wait for it, then all go together in the next (with the outbox in
        front), so concurrent calls share round trips and a lone call waits for nobody.

        Raises:
            CoordinatorError: Redis failed or is out of reach (nothing was applied).
        """
        me = _Submission(steps)
        with anyio.CancelScope(shield=True):  # steps, once queued, are sent: see the docs
            queue = self._queue.get(None)
            if queue is None:
                queue = _SendQueue()
                self._queue.set(queue)
            queue.waiting.append(me)
            while me.outcomes is None and me.error is None:
                if queue.busy:
                    await me.wake.wait()
                    me.wake = anyio.Event()
                    continue
                queue.busy = True
                group, queue.waiting = queue.waiting, []
                try:
                    await self._send_group(group)
                except BaseException as exc:  # a bug, not Redis: every member learns of it
                    for member in group:
                        if member.outcomes is None and member.error is None:
                            member.error = exc
                            member.wake.set()
                    raise
                finally:
                    queue.busy = False
                    if queue.waiting:  # the next round trip is theirs: wake its sender
                        queue.waiting[0].wake.set()
        if me.error is not None:
            raise me.error
        assert me.outcomes is not None
        return me.outcomes

    async def _send_group(self, group: list[_Submission]) -> None:
        """One round trip for the outbox and every submission of `group`."""
        carried = self._take()
        steps = [*carried, *(step for member in group for step in member.steps)]
        try:
            if not steps:
                outcomes: list[tuple[bool, Any]] = []
            elif len(steps) == 1 and not carried:
                step = steps[0]  # alone: the script itself, no batch around it
                reply = await self._send(step.operation, step.script, step.keys, step.args)
                outcomes = [(True, reply)]
            else:
                outcomes = await self._batch(steps)
        except CoordinatorError as exc:
            cause = exc.__cause__ if exc.__cause__ is not None else exc
            for member in group:
                operation = member.steps[0].operation if member.steps else exc.operation
                member.error = self._error(operation, cause)
                member.error.__cause__ = cause
                member.wake.set()
            return
        at = len(carried)
        for member in group:
            member.outcomes = outcomes[at : at + len(member.steps)]
            at += len(member.steps)
            member.wake.set()

    async def _batch(self, steps: list[Deferred]) -> list[tuple[bool, Any]]:
        """Run `steps` in one `fleet.batch` script; report each deferred one's outcome."""
        batch = batch_script()
        keys: list[str] = []
        args: list[Arg] = [len(steps)]
        for step in steps:
            keys.extend(step.keys)
            args.extend(
                (
                    step.script.name,
                    len(step.keys),
                    len(step.args),
                    step.after,
                    *step.args,
                )
            )
        try:
            # A failure is named after the step the caller waits for (the carrier's).
            carrier = next(
                (step for step in reversed(steps) if step.on_error is _ignore), steps[-1]
            )
            replies = await self._send(carrier.operation, batch, keys, args)
        except CoordinatorError as exc:
            for step in steps:
                step.on_error(exc)
            raise
        outcomes = [(reply[0] == 1, reply[1] if len(reply) > 1 else None) for reply in replies]
        for step, (ok, reply), (status, *_) in zip(steps, outcomes, replies, strict=True):
            if status == 2:  # not run: the step it followed was not granted
                continue
            if ok:
                if step.on_reply is not None:
                    step.on_reply(reply)
            else:
                step.on_error(
                    self._error(step.operation, redis.exceptions.ResponseError(_text(reply)))
                )
        return outcomes

    async def _send(
        self, operation: str, script: LuaScript, keys: Sequence[str], args: Sequence[Arg]
    ) -> Any:
        self.round_trips += 1
        with anyio.CancelScope(shield=True):
            try:
                if sniffio.current_async_library() == "asyncio":
                    return await _run_async(await self._async_client(), script, keys, args)
                return await anyio.to_thread.run_sync(_run_sync, self._sync, script, keys, args)
            except (redis.exceptions.RedisError, OSError) as exc:
                raise self._error(operation, exc) from exc

    async def aclose(self) -> None:
        """Send the outbox, then close this event loop's connections and the thread-side
        pool (reopened on use)."""
        await self.flush()
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
            self.url.bare, **self._options(redis.asyncio.retry.Retry)
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
            with contextlib.suppress(Exception):  # the loop ends: send what waits, if it can
                await self.flush()
            entry = self._async.get(loop_id)
            if entry is not None and entry.client is client:
                del self._async[loop_id]
            await client.aclose()

    def _options(self, retry: Callable[[Any, int], Any]) -> dict[str, Any]:
        """redis-py's keyword arguments: timeouts, retries and the URL's credentials."""
        options: dict[str, Any] = {
            "socket_timeout": self._socket_timeout,
            "socket_connect_timeout": self._socket_timeout,
            "retry": retry(_backoff(), self._retries),
        }
        if self.url.username is not None:
            options["username"] = self.url.username
        if self.url.password is not None:
            options["password"] = self.url.password
        return options

    def _error(self, operation: str, exc: BaseException) -> CoordinatorError:
        kind = type(exc).__name__
        detail = self.url.scrub(str(exc))
        return CoordinatorError(
            f"{operation} failed: Redis at {self.display} ({kind}: {detail})", operation=operation
        )

    def __repr__(self) -> str:
        return f"RedisLink({self.display!r})"


@attrs.define(eq=False)
class _Submission:
    """A caller's steps waiting for a round trip, and what came back."""

    steps: list[Deferred]
    wake: anyio.Event = attrs.field(factory=anyio.Event)
    outcomes: list[tuple[bool, Any]] | None = None
    error: BaseException | None = None


@attrs.define(eq=False)
class _SendQueue:
    """An event loop's callers waiting while one of them sends a round trip."""

    waiting: list[_Submission] = attrs.field(factory=list)
    busy: bool = False


@attrs.frozen
class _LoopClient:
    loop: weakref.ref[asyncio.AbstractEventLoop]
    client: redis.asyncio.Redis
    closer: AsyncGenerator[None, None]


def _ignore(error: CoordinatorError) -> None:
    """A carrier's own failure is raised to its caller, not reported here."""


def _text(value: Any) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)


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

"""`FleetReads`: a client's single-flight and read cache, shared with its fleet.

The call path's `SharedReads` on Redis (`redis/reads.py`), with the rule that a lost
Redis never fails a read: any Redis failure makes the worker go alone (its own flights
and read cache still work), logs a WARNING once per outage, and keeps Redis out of the
reads' way for a while (one second, doubling to thirty), so a Redis that hangs does not
add its socket timeout to every read. The gate and the ledger keep their own rules
(`client.py`): without `local_fallback`, a call that must be sent still needs them.

A worker that finds another worker's identical read in flight waits for its answer,
polling Redis every 10 ms at first and at most every 250 ms, for as long as the call
would wait for an attempt of its own (its read timeout); then it goes itself.
Answers travel zlib-compressed; one larger than `MAX_SHARED_BYTES` compressed is not
shared (the workers waiting on it go themselves). Answers kept only for workers waiting
on a flight (no cache TTL) live `RESULT_TTL` seconds.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import time
import zlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import anyio
import attrs

from .._errors import CoordinatorError
from .redis.keys import Keyspace, key_hash

if TYPE_CHECKING:
    from .coordinator import RedisCoordinator
    from .redis.reads import RedisReads

logger = logging.getLogger("trenz_async")

MAX_SHARED_BYTES = 1024 * 1024
"""The largest compressed answer shared through Redis."""
RESULT_TTL = 10.0
"""Seconds an answer kept only for waiting workers (no cache TTL) stays in Redis."""

_FIRST_POLL = 0.01
_MAX_POLL = 0.25
_FIRST_PAUSE = 1.0
_MAX_PAUSE = 30.0
_LEVEL = 1  # zlib: JSON compresses several-fold even at the fastest level


@attrs.frozen
class Claim:
    """What the fleet said of a read about to be sent (the call path's `Claimed`).

    Attributes:
        body: another worker's answer, or `None`: this worker sends.
        age: seconds since that answer was stored (0 for a flight waited on).
        cached: the answer came from the fleet's cache (else from a flight).
        digest: the read's digest when Redis was asked (`finish` needs it), else `None`.
    """

    body: bytes | None = None
    age: float = 0.0
    cached: bool = False
    digest: str | None = None


_ALONE = Claim()


class FleetReads:
    """The call path's `SharedReads` for a client bound to a `RedisCoordinator`.

    Args:
        store: the namespace's shared reads on Redis.
        owner: this client's id in the fleet.
        clock: monotonic seconds (injectable for tests).
        sleep: how a waiting worker pauses between polls.
    """

    def __init__(
        self,
        store: RedisReads,
        *,
        owner: str,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self.store = store
        self.owner = owner
        self._clock = clock
        self._sleep = sleep
        self._resume_at = 0.0
        self._pause = _FIRST_PAUSE
        self._down = False

    async def claim(self, request: str, *, max_age: float, wait: float) -> Claim:
        """Another worker's answer to `request`, or none: send (see `SharedReads.claim`)."""
        if self._clock() < self._resume_at:
            return _ALONE  # Redis failed lately: alone, and nothing to finish
        digest = _digest(request)
        lease_ms = math.ceil(wait * 1000) if wait > 0 else 0
        max_age_ms = math.floor(max_age * 1000)
        deadline = self._clock() + wait
        try:
            while True:
                kind, figure, body = await self.store.claim(
                    digest, owner=self.owner, lease_ms=lease_ms, max_age_ms=max_age_ms
                )
                self._up()
                if kind == "hit" and body is not None:
                    # A damaged answer is none: this worker sends, and replaces it.
                    return _answer(body, digest, age=figure / 1000, cached=True)
                if kind != "wait":
                    return Claim(digest=digest)
                outcome = await self._await(digest, since_ms=figure, deadline=deadline)
                if isinstance(outcome, Claim):
                    return outcome
                if outcome == "late":
                    # Waited as long as the call would have: go, unannounced (the other
                    # worker's flight stays theirs); the answer still reaches the cache.
                    return Claim(digest=digest)
                # The other worker gave up: claim again (this worker may lead now).
        except CoordinatorError as exc:
            self._lost(exc)
            return _ALONE

    async def finish(
        self, claimed: object, body: bytes | None, *, ttl: float, max_bytes: int, max_entries: int
    ) -> None:
        """Share the answer of a read this worker sent, or withdraw its flight.

        Deferred to this process's next round trip (`RedisLink.defer`): workers waiting on
        the flight get the answer that much later (they poll every 10 ms or more anyway).
        """
        digest = claimed.digest if isinstance(claimed, Claim) else None
        if digest is None or self._clock() < self._resume_at:
            return
        packed = b"" if body is None else zlib.compress(body, _LEVEL)
        if len(packed) > MAX_SHARED_BYTES:
            packed = b""
        finish = functools.partial(
            self.store.finish_later,
            digest,
            owner=self.owner,
            max_bytes=max_bytes,
            max_entries=max_entries,
            on_error=self._lost,
        )
        if not packed or ttl > 0:
            finish(body=packed, ttl_ms=math.ceil(ttl * 1000), offer=False, on_reply=self._done)
            return

        def offered(reply: str) -> None:
            self._up()
            if reply == "want":
                # Nothing to cache, but workers wait on this flight: they get the answer.
                ttl_ms = math.ceil(RESULT_TTL * 1000)
                finish(body=packed, ttl_ms=ttl_ms, offer=False, on_reply=self._done)

        finish(body=b"", ttl_ms=0, offer=True, on_reply=offered)

    def _done(self, reply: str) -> None:
        self._up()

    async def _await(self, digest: str, *, since_ms: int, deadline: float) -> Claim | str:
        """Poll another worker's flight: its answer, `"gone"` (it ended without one) or
        `"late"` (the deadline passed)."""
        pause = _FIRST_POLL
        while True:
            left = deadline - self._clock()
            if left <= 0:
                return "late"
            await self._sleep(min(pause, left))
            pause = min(pause * 2, _MAX_POLL)
            kind, body = await self.store.poll(digest, since_ms=since_ms)
            if kind == "done" and body is not None:
                answer = _answer(body, digest, age=0.0, cached=False)
                return "gone" if answer.body is None else answer
            if kind == "gone":
                return "gone"

    def _up(self) -> None:
        if self._down:
            logger.warning("the fleet's shared reads work again (Redis answers)")
        self._down = False
        self._pause = _FIRST_PAUSE

    def _lost(self, error: CoordinatorError) -> None:
        if not self._down:
            logger.warning(
                "the fleet's shared reads failed (%s): reads go alone (this client's own "
                "single-flight and cache still apply) until Redis answers again",
                error,
            )
        self._down = True
        self._resume_at = self._clock() + self._pause
        self._pause = min(self._pause * 2, _MAX_PAUSE)

    def __repr__(self) -> str:
        return f"FleetReads({self.store!r})"


def shared_reads(coordinator: RedisCoordinator, api_key: str, *, owner: str) -> FleetReads:
    """The shared reads of `coordinator`'s namespace for `api_key` (no round trip)."""
    from .redis.reads import RedisReads

    keyspace = Keyspace(coordinator.namespace, key_hash(api_key))
    # The coordinator's one connection, as its other stores use it.
    return FleetReads(RedisReads(coordinator._link, keyspace), owner=owner)


def _digest(request: str) -> str:
    return hashlib.sha256(request.encode()).hexdigest()[:32]


def _answer(packed: bytes, digest: str, *, age: float, cached: bool) -> Claim:
    """An answer from Redis, decompressed; a damaged one is no answer (the caller sends)."""
    try:
        body = zlib.decompress(packed)
    except zlib.error:
        return Claim(digest=digest)
    return Claim(body, max(age, 0.0), cached, digest)

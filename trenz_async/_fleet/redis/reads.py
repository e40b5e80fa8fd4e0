"""Shared reads on Redis: the fleet's single-flight and read cache, one script per step.

Keys, under the coordinator's keyspace (namespace and key hash), all transient:

- `reads:flight:<digest>`: a hash (`owner`, `waiters`) announcing that a worker is
  sending the read with that digest; it expires after the leader's lease (a dead
  leader's flight ends on its own);
- `reads:values`: a hash digest -> `<stored at, ms on Redis's clock>|<compressed body>`;
- `reads:expiry`: a sorted set digest -> when its answer expires (ms): the index the
  bounds and the sweep of expired answers use;
- `reads:bytes`: the size of everything in `reads:values`.

The cache is bounded in Redis itself (`max_bytes`, `max_entries`, the answers closest to
expiring evicted first), because a `noeviction` Redis that filled up would refuse the
ledger's writes next. The three cache keys expire a minute after the longest-lived
answer, so an idle namespace's cache disappears.

Per read, the scripts are: `reads.claim` before sending (an answer, a flight to wait
on, or the lead), then `reads.finish` after (one more `reads.finish`, carrying the body,
only when there is no cache TTL and other workers wait); a waiting worker polls
`reads.await`. The claim is a round trip of its own: it decides whether the read is sent
at all, before the call reserves its coins and its slot (the next round trip, `starts`),
and the call's id that reservation uses is made only then. The finishes are deferred
(`finish_later`): they ride on this process's next round trip, or go alone after
`link.LINGER`; workers waiting on the flight get the answer that much later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..._errors import CoordinatorError
from .keys import Keyspace, LuaScript
from .link import RedisLink

_CLAIM = LuaScript.load("reads.claim")
_AWAIT = LuaScript.load("reads.await")
_FINISH = LuaScript.load("reads.finish")


class RedisReads:
    """The fleet's shared reads for one namespace and key (see the module docs).

    Args:
        link: the coordinator's connection.
        keyspace: the namespace's and key's keys.
    """

    def __init__(self, link: RedisLink, keyspace: Keyspace) -> None:
        self._link = link
        self._values = keyspace.key("reads", "values")
        self._expiry = keyspace.key("reads", "expiry")
        self._bytes = keyspace.key("reads", "bytes")
        self._keyspace = keyspace

    async def claim(
        self, digest: str, *, owner: str, lease_ms: int, max_age_ms: int
    ) -> tuple[str, int, bytes | None]:
        """`("hit", age_ms, body)`, `("wait", now_ms, None)`, `("lead", now_ms, None)`, or
        `("alone", now_ms, None)` (no lease asked: nothing announced).

        Raises:
            CoordinatorError: Redis failed.
        """
        reply = await self._link.script(
            "reads.claim",
            _CLAIM,
            [self._values, self._expiry, self._flight(digest)],
            [digest, owner, lease_ms, max_age_ms],
        )
        body = reply[2] if len(reply) > 2 else None
        return _text(reply[0]), int(reply[1]), body

    async def poll(self, digest: str, *, since_ms: int) -> tuple[str, bytes | None]:
        """`("done", body)` once an answer stored since `since_ms` is there, else
        `("wait", None)` while the flight runs, or `("gone", None)`.

        Raises:
            CoordinatorError: Redis failed.
        """
        reply = await self._link.script(
            "reads.await", _AWAIT, [self._values, self._flight(digest)], [digest, since_ms]
        )
        return _text(reply[0]), reply[1] if len(reply) > 1 else None

    def finish_later(
        self,
        digest: str,
        *,
        owner: str,
        body: bytes,
        ttl_ms: int,
        max_bytes: int,
        max_entries: int,
        offer: bool,
        on_reply: Callable[[str], None],
        on_error: Callable[[CoordinatorError], None],
    ) -> None:
        """Store `body` (compressed) for `ttl_ms` and end `owner`'s flight; with an empty
        `body`, end it (`"withdrawn"`) or, with `offer` and workers waiting, `"want"`.

        Deferred to this process's next round trip (`RedisLink.defer`): the reply goes to
        `on_reply`, a Redis failure to `on_error`.
        """
        self._link.defer(
            "reads.finish",
            _FINISH,
            [self._values, self._expiry, self._bytes, self._flight(digest)],
            [digest, owner, body, ttl_ms, max_bytes, max_entries, "1" if offer else "0"],
            on_reply=lambda reply: on_reply(_text(reply)),
            on_error=on_error,
        )

    def _flight(self, digest: str) -> str:
        return self._keyspace.key("reads", "flight", digest)

    def __repr__(self) -> str:
        return f"RedisReads({self._keyspace.prefix!r})"


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)

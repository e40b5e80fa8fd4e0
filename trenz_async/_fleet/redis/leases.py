"""Poll leases on Redis: each job is polled by one worker at a time; the others read.

Per job, under the coordinator's keyspace, two transient keys:

- `poll:lease:<task id>`: the owner that polls the job, expiring after the lease's TTL
  unless renewed, so a dead worker's jobs pass to the next worker that asks;
- `poll:outcome:<task id>`: the last status a poll saw (JSON: `task_id`, `status`,
  `data`, and `at` on Redis's clock), expiring after `outcome_ttl`, for workers that
  wait on the job without polling it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection, Mapping
from types import MappingProxyType
from typing import Any

from ..._errors import CoordinatorError
from ..._jobs import TaskOutcome
from .keys import Keyspace, LuaScript
from .link import RedisLink

# Task ids per script call.
_CHUNK = 500

_LEASE = LuaScript.load("poll.lease")

_RELEASE = LuaScript.load("poll.release")

_PUBLISH = LuaScript.load("poll.publish")

_OUTCOMES = LuaScript.load("poll.outcomes")


class RedisPollLeases:
    """`PollLeases` shared by every worker bound to the same namespace and key.

    Args:
        link: the coordinator's connection.
        keyspace: the namespace's and key's keys.
        outcome_ttl: seconds a published outcome stays readable.
    """

    def __init__(self, link: RedisLink, keyspace: Keyspace, *, outcome_ttl: float) -> None:
        self._link = link
        self._keyspace = keyspace
        self._outcome_ttl = max(math.ceil(outcome_ttl), 1)

    async def lease(self, task_ids: Collection[str], *, owner: str, ttl: float) -> frozenset[str]:
        """Take or renew the poll lease of each task; return the ids `owner` now holds.

        A task is granted when nobody holds it, its holder's lease expired, or `owner`
        holds it already (the lease then restarts at `ttl`).

        Raises:
            ValueError: `ttl` is not a positive finite number.
            CoordinatorError: Redis failed.
        """
        ids = list(dict.fromkeys(task_ids))
        if not ids:
            return frozenset()
        if not (math.isfinite(ttl) and ttl > 0):
            raise ValueError(f"ttl must be a positive number of seconds, got {ttl!r}")
        held: set[str] = set()
        for chunk in _chunks(ids):
            granted = await self._link.script(
                "poll.lease",
                _LEASE,
                [self._lease_key(task_id) for task_id in chunk],
                [owner, max(math.ceil(ttl * 1000), 1)],
            )
            held.update(chunk[int(index) - 1] for index in granted)
        return frozenset(held)

    async def release(
        self,
        task_ids: Collection[str],
        *,
        owner: str,
        on_error: Callable[[CoordinatorError], None] | None = None,
    ) -> None:
        """Give up the leases `owner` holds on `task_ids` (others' leases are untouched).

        With `on_error`, deferred to this process's next round trip (until then the
        leases stay `owner`'s: another worker takes a task over that much later).
        """
        for chunk in _chunks(list(dict.fromkeys(task_ids))):
            keys = [self._lease_key(task_id) for task_id in chunk]
            if on_error is None:
                await self._link.script("poll.release", _RELEASE, keys, [owner])
            else:
                self._link.defer("poll.release", _RELEASE, keys, [owner], on_error=on_error)

    async def publish(
        self,
        task_id: str,
        status: str,
        data: Mapping[str, Any],
        *,
        on_error: Callable[[CoordinatorError], None] | None = None,
    ) -> None:
        """Record what a poll of `task_id` saw, for workers waiting on it without polling.

        With `on_error`, the write is deferred to this process's next round trip
        (`RedisLink.defer`) and a failure goes to `on_error`.

        Raises:
            CoordinatorError: Redis failed.
        """
        record = json.dumps(
            {"data": dict(data), "status": status, "task_id": task_id},
            sort_keys=True,
            default=str,  # what came in as JSON goes out as JSON; anything else as text
            separators=(",", ":"),
        )
        keys = [self._outcome_key(task_id)]
        args: list[str | int | float] = [record, self._outcome_ttl]
        if on_error is None:
            await self._link.script("poll.publish", _PUBLISH, keys, args)
        else:
            self._link.defer("poll.publish", _PUBLISH, keys, args, on_error=on_error)

    async def outcomes(self, task_ids: Collection[str]) -> Mapping[str, TaskOutcome]:
        """The last published outcome of each of `task_ids` that has a readable one."""
        found: dict[str, TaskOutcome] = {}
        for chunk in _chunks(list(dict.fromkeys(task_ids))):
            replies = await self._link.script(
                "poll.outcomes", _OUTCOMES, [self._outcome_key(task_id) for task_id in chunk], []
            )
            for task_id, raw in zip(chunk, replies, strict=True):
                outcome = _outcome(task_id, raw)
                if outcome is not None:
                    found[task_id] = outcome
        return MappingProxyType(found)

    def _lease_key(self, task_id: str) -> str:
        return self._keyspace.key("poll", "lease", task_id)

    def _outcome_key(self, task_id: str) -> str:
        return self._keyspace.key("poll", "outcome", task_id)

    def __repr__(self) -> str:
        return f"RedisPollLeases({self._keyspace.prefix!r})"


def _chunks(ids: list[str]) -> list[list[str]]:
    """`ids` in slices small enough for one script (Lua's stack bounds `unpack`)."""
    return [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]


def _outcome(task_id: str, raw: bytes | None) -> TaskOutcome | None:
    """The outcome in `raw`, or `None` for a missing or damaged one (polling recovers it)."""
    if raw is None:
        return None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    status, data, at = record.get("status"), record.get("data"), record.get("at")
    if not isinstance(status, str) or not isinstance(data, dict):
        return None
    if isinstance(at, bool) or not isinstance(at, int | float):
        return None
    return TaskOutcome(task_id=task_id, status=status, data=data, at=float(at))

"""The fleet's job journal on Redis: every worker's submissions, readable by every worker.

Two hashes under the coordinator's keyspace hold what is still open (nothing here
expires: an open job must never vanish on its own):

- `journal:intents`: submission id -> the intent (`Submission` as JSON, params under
  their wire names), written before the request is sent;
- `journal:jobs`: task id -> `{"seq", "task_id", "submission"}` once the server gave the
  job an id (or the user resolved an intent to one), until it reaches a terminal status.

Each record starts with a fleet-wide sequence number (`journal:seq`), so `replay()` lists
jobs in submission order whichever worker wrote them. Records are JSON and never contain
the API key. A record that cannot be used (damaged, or with an id the SDK refuses) is
reported in `JournalReplay.skipped` and kept, never deleted.

Durability is Redis's: a write returns once Redis acknowledged it. For jobs to survive a
crash of the Redis host, run it with `appendonly yes` and `appendfsync always` (or
`everysec`, accepting up to a second of loss).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from ._coordination import JournalEntry, JournalReplay, SkippedRecord, Submission
from ._errors import InvalidParameterError
from ._redis_keys import Keyspace, LuaScript
from ._redis_link import RedisLink

_INTENT = LuaScript(
    "journal.intent",
    """
local intents, seq_key = KEYS[1], KEYS[2]
local seq = redis.call('INCR', seq_key)
redis.call('HSET', intents, ARGV[1], '{"seq":' .. seq .. ',' .. string.sub(ARGV[2], 2))
return seq
""",
)

# The job keeps its intent's place in the submission order.
_CONFIRMED = LuaScript(
    "journal.confirmed",
    """
local intents, jobs, seq_key = KEYS[1], KEYS[2], KEYS[3]
local intent = redis.call('HGET', intents, ARGV[1])
if not intent and redis.call('HEXISTS', jobs, ARGV[2]) == 1 then
  return 0 -- a retried script whose first run got through: keep the job's place
end
local seq = intent and tonumber(string.match(intent, '^{"seq":(%d+),'))
if not seq then
  seq = redis.call('INCR', seq_key)
end
redis.call('HDEL', intents, ARGV[1])
redis.call('HSET', jobs, ARGV[2], '{"seq":' .. seq .. ',' .. string.sub(ARGV[3], 2))
return 1
""",
)

_RESOLVED = LuaScript(
    "journal.resolved",
    """
local intents, jobs = KEYS[1], KEYS[2]
local intent = redis.call('HGET', intents, ARGV[1])
if not intent then
  return 0
end
redis.call('HDEL', intents, ARGV[1])
if ARGV[2] ~= '' then
  local seq = string.match(intent, '^{"seq":(%d+),') or '0'
  redis.call('HSET', jobs, ARGV[2],
    '{"seq":' .. seq .. ',"task_id":' .. cjson.encode(ARGV[2]) .. ',"submission":' .. intent .. '}')
end
return 1
""",
)

_DELETE = LuaScript(
    "journal.delete",
    """
return redis.call('HDEL', KEYS[1], ARGV[1])
""",
)

_REPLAY = LuaScript(
    "journal.replay",
    """
return {redis.call('HGETALL', KEYS[1]), redis.call('HGETALL', KEYS[2])}
""",
)


class RedisJournal:
    """A `Journal` shared by every worker bound to the same namespace and key.

    Args:
        link: the coordinator's connection.
        keyspace: the namespace's and key's keys.
    """

    def __init__(self, link: RedisLink, keyspace: Keyspace) -> None:
        self._link = link
        self._intents = keyspace.key("journal", "intents")
        self._jobs = keyspace.key("journal", "jobs")
        self._seq = keyspace.key("journal", "seq")

    async def intent(self, submission: Submission) -> None:
        """Record a submission about to be sent; returns once Redis holds it.

        Raises:
            TypeError, ValueError: its params are not JSON (nothing was written).
            CoordinatorError: Redis failed: do not send.
        """
        record = _dumps(_submission_dict(submission))
        await self._link.script(
            "journal.intent", _INTENT, [self._intents, self._seq], [submission.id, record]
        )

    async def confirmed(self, submission: Submission, task_id: str) -> None:
        """The server answered with the job's id; returns once Redis holds it."""
        record = _dumps({"task_id": task_id, "submission": _submission_dict(submission)})
        await self._link.script(
            "journal.confirmed",
            _CONFIRMED,
            [self._intents, self._jobs, self._seq],
            [submission.id, task_id, record],
        )

    async def not_created(self, submission_id: str) -> None:
        """The submission provably created nothing: forget its intent."""
        await self._link.script("journal.not_created", _DELETE, [self._intents], [submission_id])

    async def finished(self, task_id: str, status: str) -> None:
        """A job reached a terminal status: it is no longer pending for any worker."""
        await self._link.script("journal.finished", _DELETE, [self._jobs], [task_id])

    async def resolved(self, submission_id: str, task_id: str | None) -> None:
        """The user settled an unconfirmed submission: created as `task_id`, or not at all."""
        await self._link.script(
            "journal.resolved",
            _RESOLVED,
            [self._intents, self._jobs],
            [submission_id, task_id or ""],
        )

    async def replay(self) -> JournalReplay:
        """Every worker's open jobs and unconfirmed intents, in submission order.

        Raises:
            CoordinatorError: Redis failed.
        """
        intents_reply, jobs_reply = await self._link.script(
            "journal.replay", _REPLAY, [self._intents, self._jobs], []
        )
        skipped: list[SkippedRecord] = []
        unconfirmed: list[tuple[int, Submission]] = []
        for field, raw in _fields(intents_reply):
            try:
                record = _record(raw)
                unconfirmed.append((record["seq"], _submission(record)))
            except _BadRecord as exc:
                skipped.append(exc.skipped(field, raw))
        pending: list[tuple[int, JournalEntry]] = []
        for field, raw in _fields(jobs_reply):
            try:
                record = _record(raw)
                pending.append((record["seq"], _entry(record)))
            except _BadRecord as exc:
                skipped.append(exc.skipped(field, raw))
        return JournalReplay(
            pending=tuple(entry for _, entry in sorted(pending, key=_order)),
            unconfirmed=tuple(entry for _, entry in sorted(unconfirmed, key=_order)),
            skipped=tuple(skipped),
        )

    def __repr__(self) -> str:
        return f"RedisJournal({self._jobs!r})"


class _BadRecord(Exception):
    def __init__(self, reason: str, record: Mapping[str, Any] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.record = record

    def skipped(self, field: str, raw: bytes) -> SkippedRecord:
        record = self.record
        if record is None:
            record = {"key": field, "raw": raw.decode("utf-8", errors="replace")[:500]}
        return SkippedRecord(record=record, reason=self.reason)


def _order(item: tuple[int, object]) -> int:
    return item[0]


def _submission_dict(submission: Submission) -> dict[str, Any]:
    return {
        "id": submission.id,
        "operation_id": submission.operation_id,
        "params": dict(submission.params),
        "estimated_coins": submission.estimated_coins,
        "at": submission.at,
    }


def _dumps(record: Mapping[str, Any]) -> str:
    # Compact and without NaN: the scripts splice records, and every reader is strict JSON.
    return json.dumps(record, sort_keys=True, allow_nan=False, separators=(",", ":"))


def _fields(reply: list[bytes]) -> list[tuple[str, bytes]]:
    return [
        (reply[i].decode("utf-8", errors="replace"), reply[i + 1]) for i in range(0, len(reply), 2)
    ]


def _record(raw: bytes) -> dict[str, Any]:
    try:
        record = json.loads(raw)
    except ValueError:
        raise _BadRecord("not valid JSON") from None
    if not isinstance(record, dict):
        raise _BadRecord("not a JSON object")
    seq = record.get("seq")
    if isinstance(seq, bool) or not isinstance(seq, int):
        raise _BadRecord("no sequence number", record)
    return record


def _submission(record: Mapping[str, Any]) -> Submission:
    submission_id = record.get("id")
    operation_id = record.get("operation_id")
    params = record.get("params")
    estimate = record.get("estimated_coins")
    at = record.get("at")
    if not (isinstance(submission_id, str) and submission_id):
        raise _BadRecord("no submission id", record)
    if not isinstance(operation_id, str) or not isinstance(params, dict):
        raise _BadRecord("no operation id or params", record)
    if isinstance(estimate, bool) or not isinstance(estimate, int):
        raise _BadRecord("no estimated coins", record)
    if isinstance(at, bool) or not isinstance(at, int | float) or not math.isfinite(at):
        raise _BadRecord("no submission time", record)
    return Submission(
        id=submission_id,
        operation_id=operation_id,
        params=params,
        estimated_coins=estimate,
        at=float(at),
    )


def _entry(record: Mapping[str, Any]) -> JournalEntry:
    task_id = record.get("task_id")
    if not isinstance(task_id, str):
        raise _BadRecord("no task id", record)
    try:
        _check_task_id(task_id)
    except InvalidParameterError as exc:
        raise _BadRecord(f"task id refused: {exc}", record) from None
    raw_submission = record.get("submission")
    if not isinstance(raw_submission, dict):
        return JournalEntry(task_id, None, None, None)
    submission = _submission(raw_submission)
    return JournalEntry(
        task_id=task_id,
        operation_id=submission.operation_id,
        submitted_at=submission.at,
        estimated_coins=submission.estimated_coins,
        params=submission.params,
        submission_id=submission.id,
    )


def _check_task_id(task_id: str) -> None:
    """Refuse an id the SDK would refuse to poll (the same rule as `client.tasks.get`)."""
    from ._params import prepare
    from ._registry import operations
    from ._tasks import TASK_STATUS_OPERATION

    prepare(operations()[TASK_STATUS_OPERATION], {"task_id": task_id})

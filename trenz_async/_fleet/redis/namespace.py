"""A namespace's life on Redis: its epoch, this process's memory of it, losses and persistence.

A namespace (per API key) holds the fleet's budget and ledger. Redis can lose it: a
`FLUSHALL`, or a restart of a Redis that does not persist. A fleet that then simply
re-created it would spend its budget a second time. So:

- **An epoch.** The first bind creates the namespace with a random epoch; every bind and
  every reservation names the epoch it knows. A namespace without it, or with another
  one, is not the namespace the worker knew.
- **This process remembers.** The epoch of every namespace this process bound is kept
  for the life of the process (per Redis address, namespace and key), whichever
  coordinator or client bound it. Binding again after the namespace vanished raises
  `CoordinatorError` instead of starting a fresh budget.
- **A loss is marked for everyone.** The first worker to see its namespace gone (at a
  bind or a reservation) writes a `lost` mark where the namespace was. A new process,
  which cannot know what it never saw, finds the mark and is refused too; so is a
  worker that raced in and re-created the namespace before the mark was written. Only
  `RedisCoordinator.start_over(api_key)` (after you checked what was really spent)
  clears it, with a new epoch; workers of the lost epoch may then bind to the new one.
- **What cannot be detected.** A whole fleet restarting together with a Redis that does
  not persist leaves no one who knew: the namespace starts fresh. That is why each
  coordinator checks Redis's persistence at its first bind (`CONFIG GET appendonly` and
  `save`) and logs a WARNING when Redis would lose or roll back the ledger on a restart
  (INFO, saying it is unknown, when Redis refuses `CONFIG`, as managed services do).
"""

from __future__ import annotations

import logging
import threading
import uuid
from typing import TYPE_CHECKING, Any

import attrs

from ..._errors import ConfigurationError, CoordinatorError
from .keys import Keyspace, LuaScript

if TYPE_CHECKING:  # importable without the redis package (`FleetView` is the client's too)
    import redis

    from .link import RedisLink

logger = logging.getLogger("trenz_async")

_BIND = LuaScript.load("coordinator.bind")
_START_OVER = LuaScript.load("coordinator.start_over")

# Fields of the namespace's configuration that are not limits.
_BOOKKEEPING = frozenset({"epoch", "lost", "retired"})

# (Redis address, keyspace prefix) -> the epoch this process bound there.
_known: dict[tuple[str, str], str] = {}
_known_lock = threading.Lock()


@attrs.frozen
class FleetView:
    """What a worker last saw of the fleet's budget: the basis of its fallback share.

    Attributes:
        committed: the fleet's spent + held + uncertain + reserved coins.
        workers: workers (clients) seen within the heartbeat's TTL, this one included.
    """

    committed: int
    workers: int


@attrs.frozen
class Binding:
    """What a bind found: the namespace's epoch, its limits and the fleet as seen now."""

    epoch: str
    limits: dict[str, str]
    view: FleetView


def bind_namespace(
    link: RedisLink,
    keyspace: Keyspace,
    limits: dict[str, str],
    *,
    owner: str,
    heartbeat_us: int,
    reconfigure: bool,
) -> Binding:
    """Check (or create) the namespace's epoch and limits for one worker (blocking).

    Raises:
        CoordinatorError: the namespace was lost (or re-created after a loss).
        ConfigurationError: Redis failed.
    """
    memory = (link.display, keyspace.prefix)
    with _known_lock:
        known = _known.get(memory, "")
    args: list[str | int] = ["1" if reconfigure else "0", known, uuid.uuid4().hex, owner]
    args.append(heartbeat_us)
    for field, value in limits.items():
        args += [field, value]
    try:
        reply: Any = link.script_blocking(
            "coordinator.bind",
            _BIND,
            [
                keyspace.key("config"),
                keyspace.key("coins", "totals"),
                keyspace.key("coins", "workers"),
            ],
            args,
        )
    except CoordinatorError as exc:
        raise ConfigurationError(f"cannot read the namespace's configuration: {exc}") from exc
    status, epoch = reply[0].decode(), reply[1].decode()
    if status == "lost":
        raise lost_error(keyspace, link.display, operation="coordinator.bind")
    with _known_lock:
        _known[memory] = epoch
    if status == "adopted":
        logger.warning(
            "namespace %r on %s was started over since this process bound it; binding to "
            "its new ledger",
            keyspace.namespace,
            link.display,
        )
    held = _pairs(reply[2])
    return Binding(
        epoch=epoch,
        limits={field: value for field, value in held.items() if field not in _BOOKKEEPING},
        view=FleetView(committed=int(reply[3]), workers=int(reply[4])),
    )


def start_over(link: RedisLink, keyspace: Keyspace) -> None:
    """Give a lost namespace a new epoch and an empty ledger (blocking).

    Raises:
        ConfigurationError: the namespace is intact (nothing to start over), or Redis failed.
    """
    epoch = uuid.uuid4().hex
    try:
        done = link.script_blocking(
            "coordinator.start_over", _START_OVER, [keyspace.key("config")], [epoch]
        )
    except CoordinatorError as exc:
        raise ConfigurationError(f"cannot start the namespace over: {exc}") from exc
    if not done:
        raise ConfigurationError(
            f"namespace {keyspace.namespace!r} on {link.display} is intact; start_over() is "
            "for a namespace whose ledger Redis lost"
        )
    with _known_lock:
        _known[(link.display, keyspace.prefix)] = epoch
    logger.warning(
        "namespace %r on %s started over: a new, empty ledger; what the fleet spent before "
        "the loss is no longer counted by its budget",
        keyspace.namespace,
        link.display,
    )


def lost_error(keyspace: Keyspace, display: str, *, operation: str) -> CoordinatorError:
    """The error for a namespace whose ledger is gone: nothing is reserved or rebound."""
    return CoordinatorError(
        f"namespace {keyspace.namespace!r} on {display} lost its budget and ledger (Redis "
        "was flushed, or restarted without persistence), or was started over; nothing was "
        "reserved. The fleet refuses to start a fresh budget on its own: check what was "
        "spent in your Trenz account, then call coordinator.start_over(api_key) once and "
        "build new clients",
        operation=operation,
    )


def check_persistence(link: RedisLink) -> str:
    """How Redis persists: "aof", "rdb", "none" or "unknown" (logged unless "aof").

    Raises nothing: a refused `CONFIG` (managed Redis) or a failure is "unknown".
    """

    def read(client: redis.Redis) -> tuple[str, str]:
        appendonly = client.config_get("appendonly").get("appendonly", "")
        save = client.config_get("save").get("save", "")
        return str(appendonly), str(save)

    try:
        appendonly, save = link.call_blocking("coordinator.persistence", read)
    except CoordinatorError as exc:
        logger.info(
            "could not tell whether Redis at %s persists its data (%s): if it does not, a "
            "restart of Redis together with every worker starts the fleet's budget afresh",
            link.display,
            exc,
        )
        return "unknown"
    if appendonly.lower() == "yes":
        return "aof"
    if save.strip():
        logger.warning(
            "Redis at %s persists by snapshots only (save %r, appendonly no): a restart rolls "
            "the fleet's ledger back to the last snapshot, forgetting coins spent since; set "
            "appendonly yes",
            link.display,
            save,
        )
        return "rdb"
    logger.warning(
        "Redis at %s does not persist (appendonly no, no save): a restart loses the fleet's "
        "budget, ledger and journal. Workers that knew the namespace refuse to go on, but a "
        "fleet restarted together with Redis starts a fresh budget; set appendonly yes",
        link.display,
    )
    return "none"


def forget_known_epochs() -> None:
    """Forget every namespace this process bound, as a new process would (for tests)."""
    with _known_lock:
        _known.clear()


def _pairs(reply: list[bytes]) -> dict[str, str]:
    items = [item.decode() for item in reply]
    return dict(zip(items[::2], items[1::2], strict=True))

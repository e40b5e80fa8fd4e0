"""`RedisCoordinator`: many workers, one API key, one rate limit, budget, ledger and journal.

Every process (or machine) that calls Trenz with the same key builds its own
`RedisCoordinator` on the same Redis URL and namespace, and hands it to its clients:

```python
coordinator = RedisCoordinator("redis://redis.internal:6379/0", namespace="catalog")
async with TrenzClient(coordinator=coordinator, max_coins=100_000) as client:
    ...
```

The client calls `bind()`, which gives it the fleet-wide stores for its key, and wraps
them (`_fleet`) so that a Redis failure before a request is sent raises, and one after
its answer is only logged:

```python
stores = coordinator.bind(api_key, rate_limit=RateLimit(200, 60.0), max_in_flight=50,
                          max_coins=100_000)
permit = await stores.gate.acquire()
```

Round trips: what a call must know before it is sent costs one round trip, its coins,
its slot of the window and a paid job's intent together (`starts.py`; a shared read's
claim one more); what is written after its answer (the slot given back, the coins
committed, a poll's outcome, a shared read's answer, a job's end) rides on the process's
next round trip, or goes alone after `link.LINGER` (`redis/link.py`). A job's id is
journaled by a round trip of its own before its `Task` is returned. So a cheap read is
one round trip, a shared read two, a paid job two, a poll one (`bench/coordination.py`).

What is shared, per namespace and key (Redis never holds the key itself, only a salted,
truncated SHA-256 of it): the sliding window on Redis's clock, the in-flight cap and the
pause after a 429 (`stores.gate`); the budget and the ledger (`stores.coins`); the journal
of paid submissions (`stores.journal`); and who polls which job (`stores.leases`).

Failure behaviour:

- Redis out of reach when the coordinator is built: `ConfigurationError`.
- A namespace whose window, in-flight cap or budget differ from what a client asks for:
  `ConfigurationError` from `bind()` (every worker must pass the same values;
  `reconfigure=True` replaces them deliberately).
- Redis lost mid-run: every store operation raises `CoordinatorError`; nothing silently
  falls back to per-process limits, which would multiply the fleet's rate and budget by
  its number of workers. The client raises it before sending and logs it after an
  answer (`_fleet`). `local_fallback=True` opts in to the fallback: the client then
  continues on its own limiter and on its share of the budget that was left (what the
  fleet had left at its last reply, divided by the workers seen then), with one
  warning. The stores themselves always raise; the fallback is the client's.
- Redis back without its data (restarted without persistence, flushed): the gate works
  again at once (its state is transient); the budget does not start afresh. Every
  reservation and bind names the namespace's epoch; the first worker to find it gone
  marks the namespace lost, and from then on every reservation and every bind, in any
  process, raises `CoordinatorError` until `start_over(api_key)` is called once
  (`redis/namespace.py`). Only a fleet that restarts entirely together with a Redis
  that does not persist cannot tell; the first bind warns about such a Redis.
- A worker that dies: its permits stop counting as in flight, and its reservations turn
  into uncertain coins (still counted by the budget), after `lease_timeout`; its poll
  leases expire after their TTL.

What the Redis server needs: version 6.2 or newer; `maxmemory-policy noeviction` (or a
`volatile-*` policy: only transient keys carry a TTL), since an evicted ledger or journal
entry is lost money or a lost job; and, for the budget and the journal to survive a
restart of Redis itself, persistence (`appendonly yes`, `appendfsync always` or
`everysec`; snapshots alone roll the ledger back on a restart). The first bind asks
(`CONFIG GET appendonly`, `save`) and logs a WARNING when Redis would lose or roll back
the ledger; a Redis that refuses `CONFIG` (managed services) is logged as unknown at
INFO (`RedisCoordinator.persistence`). The coordinator writes nothing but keys under
`trenz:{<namespace>:...}`.
"""

from __future__ import annotations

import itertools
import math
import os
import socket
import uuid
from typing import TYPE_CHECKING

import attrs

from .._errors import ConfigurationError, CoordinatorError
from .._transport import RateLimit
from .redis.keys import Keyspace, check_namespace, key_hash
from .redis.url import display_url

if TYPE_CHECKING:
    from .._jobs import Journal, PollLeases
    from .._ledger import CoinStore
    from .._transport import RequestGate
    from .redis.coins import RedisCoinStore
    from .redis.gate import RedisGate
    from .redis.journal import RedisJournal
    from .redis.leases import RedisPollLeases
    from .redis.link import RedisLink


@attrs.frozen
class FleetStores:
    """The fleet-wide stores of one client: what `RedisCoordinator.bind` returns.

    Attributes:
        gate: the `RequestGate` (window, in-flight cap, pause).
        coins: the `CoinStore` (budget and ledger).
        journal: the `Journal` of paid submissions.
        leases: the `PollLeases` (who polls which job, and what it saw).
        owner: this client's id in the fleet (permit ids and poll leases carry it).
    """

    gate: RedisGate
    coins: RedisCoinStore
    journal: RedisJournal
    leases: RedisPollLeases
    owner: str


if TYPE_CHECKING:

    def _implements(stores: FleetStores) -> tuple[RequestGate, CoinStore, Journal, PollLeases]:
        """mypy checks here that the Redis stores implement the coordination protocols."""
        return stores.gate, stores.coins, stores.journal, stores.leases


_NONE = "none"

_owner_ids = itertools.count(1)


class RedisCoordinator:
    """Shares one key's rate limit, budget, ledger and journal across processes via Redis.

    Construction checks that Redis answers (one blocking PING); a coordinator is cheap to
    share between the clients of one process, and each process builds its own.

    Args:
        url: a redis-py URL, e.g. `redis://host:6379/0`, `rediss://...` or
            `unix:///path.sock`. Redis 6.2 or newer.
        namespace: separates fleets (pipelines, environments) on one Redis: 1-64 letters,
            digits, `_`, `.` or `-`.
        lease_timeout: seconds after which a permit or a reservation that was never
            released counts as its worker's death (see the module docs).
        outcome_ttl: seconds a published poll outcome stays readable.
        socket_timeout: seconds one Redis round trip (or connect) may take.
        retries: retries of one Redis command after a dropped connection (the scripts
            are idempotent, so a retry never applies one twice).
        local_fallback: when Redis is lost mid-run, let the client fall back to its
            per-process limiter and ledger instead of failing calls; its budget is then
            its share of what the fleet had left (the remainder divided by the workers
            seen at its last reply from Redis), never a whole `max_coins`.

    Raises:
        ConfigurationError: Redis is out of reach, the URL is invalid, or the `redis`
            package is missing (`pip install trenz_async[redis]`).
        ValueError: an invalid namespace or timeout.
    """

    def __init__(
        self,
        url: str,
        *,
        namespace: str = "default",
        lease_timeout: float = 120.0,
        outcome_ttl: float = 24 * 3600.0,
        socket_timeout: float = 5.0,
        retries: int = 2,
        local_fallback: bool = False,
        _link: RedisLink | None = None,
    ) -> None:
        try:
            from .redis.link import RedisLink
        except ImportError as exc:
            raise ConfigurationError(
                "RedisCoordinator needs the redis package: pip install 'trenz_async[redis]'"
            ) from exc
        for name, value in (
            ("lease_timeout", lease_timeout),
            ("outcome_ttl", outcome_ttl),
            ("socket_timeout", socket_timeout),
        ):
            if isinstance(value, bool) or not (
                isinstance(value, int | float) and math.isfinite(value) and value > 0
            ):
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
        self.namespace = check_namespace(namespace)
        self.lease_timeout = float(lease_timeout)
        self.outcome_ttl = float(outcome_ttl)
        self.local_fallback = local_fallback
        if _link is None:  # else `with_namespace`: the same connection, another namespace
            try:
                _link = RedisLink(url, socket_timeout=socket_timeout, retries=retries)
            except ValueError as exc:  # its text is scrubbed of the URL's credentials
                raise ConfigurationError(f"invalid Redis URL {display_url(url)!r}: {exc}") from None
            try:
                _link.ping_blocking()
            except CoordinatorError as exc:
                _link.close()
                raise ConfigurationError(
                    f"cannot reach Redis at {_link.display} for the coordinator: {exc}"
                ) from exc
        self._link: RedisLink = _link

    def bind(
        self,
        api_key: str,
        *,
        rate_limit: RateLimit | None,
        max_in_flight: int | None,
        max_coins: int | None,
        poll_share: float = 0.1,
        call_reserve: float = 0.1,
        reconfigure: bool = False,
    ) -> FleetStores:
        """The fleet-wide stores for one client of `api_key` (one blocking round trip).

        The first client to bind a namespace and key sets its window, in-flight cap and
        budget (and the namespace's epoch); every later one must ask for the same. The
        first bind of a coordinator also checks that Redis persists (a WARNING if not).

        Args:
            api_key: the client's key; Redis sees only a salted hash of it.
            rate_limit: the fleet's window; `None` for none.
            max_in_flight: the fleet's cap on requests in flight; `None` for none.
            max_coins: the fleet's budget; `None` for none.
            poll_share: the share of the window task polls are guaranteed when calls
                compete (as `RateLimiter`'s).
            call_reserve: the share of the window polls leave free for calls (as
                `RateLimiter`'s).
            reconfigure: replace what the namespace holds instead of checking it.

        Raises:
            ConfigurationError: the namespace holds different values, or Redis failed.
            CoordinatorError: Redis lost the namespace (flushed, or restarted without
                persistence) after this process or another worker knew it, or it was
                re-created since: no fresh budget is started (see `start_over`).
            ValueError: an invalid key, cap, budget or share.
        """
        from .redis.coins import RedisCoinStore
        from .redis.gate import RedisGate
        from .redis.journal import RedisJournal
        from .redis.leases import RedisPollLeases
        from .redis.namespace import bind_namespace

        if not isinstance(api_key, str) or not api_key:
            raise ValueError("api_key must be a non-empty string")
        for name, value in (("max_in_flight", max_in_flight), ("max_coins", max_coins)):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 0
            ):
                raise ValueError(f"{name} must be a non-negative int or None, got {value!r}")
        keyspace = Keyspace(self.namespace, key_hash(api_key))
        owner = f"{socket.gethostname()}/{os.getpid()}/{next(_owner_ids)}/{uuid.uuid4().hex[:8]}"
        self._check_persistence()
        wanted = {
            "requests": _NONE if rate_limit is None else str(rate_limit.requests),
            "period": _NONE if rate_limit is None else repr(float(rate_limit.period)),
            "max_in_flight": _NONE if max_in_flight is None else str(max_in_flight),
            "max_coins": _NONE if max_coins is None else str(max_coins),
        }
        binding = bind_namespace(
            self._link,
            keyspace,
            wanted,
            owner=owner,
            heartbeat_us=round(self.lease_timeout * 1_000_000),
            reconfigure=reconfigure,
        )
        self._check_limits(wanted, binding.limits)
        return FleetStores(
            gate=RedisGate(
                self._link,
                keyspace,
                owner=owner,
                rate_limit=rate_limit,
                max_in_flight=max_in_flight,
                lease_timeout=self.lease_timeout,
                poll_share=poll_share,
                call_reserve=call_reserve,
            ),
            coins=RedisCoinStore(
                self._link,
                keyspace,
                max_coins=max_coins,
                lease_timeout=self.lease_timeout,
                epoch=binding.epoch,
                owner=owner,
                view=binding.view,
            ),
            journal=RedisJournal(self._link, keyspace),
            leases=RedisPollLeases(self._link, keyspace, outcome_ttl=self.outcome_ttl),
            owner=owner,
        )

    def start_over(self, api_key: str) -> None:
        """Give a namespace Redis lost a new, empty ledger (one blocking round trip).

        After Redis lost a namespace (a flush, a restart without persistence), every
        bind and reservation for it raises `CoordinatorError`, in every process, rather
        than spend the budget a second time. Check what the fleet really spent (your
        Trenz account), then call this once; clients built afterwards bind to the new
        ledger, and the next bind sets the limits again.

        Raises:
            ConfigurationError: the namespace is intact (there is nothing to start over),
                or Redis failed.
            ValueError: an invalid key.
        """
        from .redis.namespace import start_over

        if not isinstance(api_key, str) or not api_key:
            raise ValueError("api_key must be a non-empty string")
        start_over(self._link, Keyspace(self.namespace, key_hash(api_key)))

    @property
    def persistence(self) -> str | None:
        """How the Redis server persists, as seen at the first bind: `"aof"`, `"rdb"`,
        `"none"` or `"unknown"` (it refused `CONFIG`); `None` before any bind."""
        return self._link.persistence

    def with_namespace(self, namespace: str) -> RedisCoordinator:
        """The same Redis connection and settings under another namespace (no round trip).

        Raises:
            ValueError: an invalid namespace.
        """
        return RedisCoordinator(
            self._link.display,
            namespace=namespace,
            lease_timeout=self.lease_timeout,
            outcome_ttl=self.outcome_ttl,
            local_fallback=self.local_fallback,
            _link=self._link,
        )

    async def aclose(self) -> None:
        """Close the connections of this event loop and the thread pool's (reopened on use).

        Coordinators made by `with_namespace` share the connection, so closing one
        closes it for all; a later call reconnects.
        """
        await self._link.aclose()

    def close(self) -> None:
        """Close the blocking connections (the ones used by `bind` and on trio)."""
        self._link.close()

    async def __aenter__(self) -> RedisCoordinator:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def _check_persistence(self) -> None:
        """Ask Redis once per connection whether it persists (logged when it may not)."""
        if self._link.persistence is None:
            from .redis.namespace import check_persistence

            self._link.persistence = check_persistence(self._link)

    def _check_limits(self, wanted: dict[str, str], held: dict[str, str]) -> None:
        different = sorted(field for field, value in wanted.items() if held.get(field) != value)
        if different:
            detail = ", ".join(
                f"{field}: namespace has {held.get(field)!r}, client asks {wanted[field]!r}"
                for field in different
            )
            raise ConfigurationError(
                f"namespace {self.namespace!r} on {self._link.display} is configured "
                f"differently for this API key ({detail}); every worker must pass the same "
                "rate_limit, max_in_flight and max_coins, or bind with reconfigure=True "
                "to replace them"
            )

    def __repr__(self) -> str:
        return f"RedisCoordinator({self._link.display!r}, namespace={self.namespace!r})"

"""`ReadCache`: recent answers of paid reads, kept for a while per operation, bounded.

`TrenzClient(cache=ReadCache())` keeps each answer of a cacheable read (see `readkey`:
a paid read that is not a job submission) for its operation's TTL, and answers an
identical call from it without a request or a charge. What the cache holds is the body
the server sent (bytes); every hit decodes it afresh, so callers never share an object.

TTLs by default, from what the data is (seconds; 0 means not cached unless you say so):

| operations                                   | rule                       | TTL    |
|----------------------------------------------|----------------------------|--------|
| market data searches (`Data/*`, paginated)   | rankings move through a day | 300    |
| market data details (`Data/*`, one item)     | a product, creator, seller... | 1,800 |
| live streams (resource `lives`)              | audience and sales by the minute | 60 |
| AI reads of a fixed input (`Content/*`)      | an analysis, an embedding, a text | 86,400 |
| AI searches (`Content/*`, paginated)         | material from many sources  | 3,600 |
| your accounts (`Social/*`, `Ads/*`, the rest) | your own writes change them | 0     |
| writes, jobs, the task status, upload URLs   | never cached                | -      |

Bounds: at most `max_entries` answers and `max_bytes` bytes (body plus key); past
either, the least recently used answers go first. An answer larger than `max_bytes`
is not kept. Expired answers are dropped when next looked up (or evicted).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Mapping

import attrs

from .._errors import ConfigurationError, InvalidParameterError
from .._registry import OperationInfo, lookup, operations
from .._registry.index import suggest
from .._support import check_number, check_whole
from .readkey import cacheable

SEARCH_TTL = 300.0
"""Market data searches and lists (`Data/*`, paginated)."""
DETAIL_TTL = 1800.0
"""Market data about one item (`Data/*`, not paginated)."""
LIVE_TTL = 60.0
"""Live streams (resource `lives`): their figures move by the minute."""
AI_READ_TTL = 86400.0
"""AI reads of a fixed input (`Content/*`, not paginated): analyses, embeddings, copy."""
AI_SEARCH_TTL = 3600.0
"""AI searches across sources (`Content/*`, paginated)."""

DEFAULT_MAX_ENTRIES = 10_000
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_LIVE_RESOURCES = frozenset({"lives"})
_ANY = "*"


def default_ttl(info: OperationInfo) -> float:
    """The built-in TTL of `info`'s answers, in seconds (0: not cached by default)."""
    if not cacheable(info):
        return 0.0
    family = info.tag.split("/", 1)[0]
    listing = info.pagination is not None
    if family == "Data":
        if info.resource in _LIVE_RESOURCES:
            return LIVE_TTL
        return SEARCH_TTL if listing else DETAIL_TTL
    if family == "Content":
        return AI_SEARCH_TTL if listing else AI_READ_TTL
    # Social/*, Ads/* and anything new: the state of your own accounts, which your own
    # writes (a remark, a comment, a publish) change. Opt in per resource or operation.
    return 0.0


@attrs.frozen
class CacheStatistics:
    """A read cache's counters, as of one moment.

    Attributes:
        entries: answers held.
        bytes: their size (bodies plus keys).
        hits: lookups answered.
        misses: lookups of a cacheable call that found nothing (or only an expired answer).
        evictions: answers dropped to stay within `max_entries` / `max_bytes`.
        expirations: answers dropped because their TTL had passed.
    """

    entries: int
    bytes: int
    hits: int
    misses: int
    evictions: int
    expirations: int


@attrs.define
class _Entry:
    body: bytes
    expires: float
    stored: float
    size: int


class ReadCache:
    """An in-memory cache of paid reads' answers, per operation TTL, LRU-bounded.

    `TrenzClient(cache=ReadCache())` caches with the defaults in the module docs;
    `client.with_options(cache=None)` or a per-request `cache=False` bypasses it.

    Args:
        ttl: `None` for the defaults; a number of seconds for every cacheable read (your
            accounts' included); or a mapping of operation ids, accessors
            (`"products.detail"`) or resource names (`"social_analytics"`) to seconds,
            overriding the defaults (an operation's entry wins over its resource's; a
            `"*"` entry replaces the defaults for every read not named). 0 turns caching
            off for what it names.
        max_entries: at most this many answers.
        max_bytes: at most this many bytes (bodies plus keys). With a coordinator, the
            fleet's shared cache in Redis is bounded by the same figures.
        clock: monotonic seconds (inject one in tests).

    A cache holds answers per API key (its keys carry a fingerprint of the key), so
    several clients of one event loop may share one. It is not thread-safe.

    Raises:
        ConfigurationError: a TTL or bound that is not a finite number >= 0 (bools and
            NaN refused), a name that is no operation, accessor or resource, or a TTL for
            an operation whose answers are never cached (a write, a job, the task status).
    """

    def __init__(
        self,
        *,
        ttl: float | Mapping[str, float] | None = None,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        max_bytes: int = DEFAULT_MAX_BYTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        try:
            self.max_entries = check_whole("max_entries", max_entries)
            self.max_bytes = check_whole("max_bytes", max_bytes)
            if ttl is None or isinstance(ttl, Mapping):
                self._uniform: float | None = None
                self._named = _named_ttls(ttl or {})
            else:
                self._uniform = check_number("ttl", ttl)
                self._named = {}
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._ttls: dict[str, float] = {}
        self._bytes = 0
        self._hits = self._misses = self._evictions = self._expirations = 0

    def ttl_for(self, operation: str | OperationInfo) -> float:
        """Seconds an answer of `operation` (an id, an accessor or its info) is kept; 0: never.

        Raises:
            InvalidParameterError: no such operation.
        """
        info = operation if isinstance(operation, OperationInfo) else lookup(operation)
        ttl = self._ttls.get(info.operation_id)
        if ttl is None:
            ttl = self._ttls[info.operation_id] = self._resolve(info)
        return ttl

    def statistics(self) -> CacheStatistics:
        """A frozen copy of the counters."""
        return CacheStatistics(
            entries=len(self._entries),
            bytes=self._bytes,
            hits=self._hits,
            misses=self._misses,
            evictions=self._evictions,
            expirations=self._expirations,
        )

    def clear(self) -> None:
        """Drop every answer (the counters stay)."""
        self._entries.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return (
            f"ReadCache(entries={len(self._entries)}, bytes={self._bytes}, "
            f"max_entries={self.max_entries}, max_bytes={self.max_bytes})"
        )

    # ----------------------------------------------------------------- the call path

    def get(self, key: str) -> tuple[bytes, float] | None:
        """The body stored under `key` and its age in seconds, if it has not expired."""
        entry = self._entries.get(key)
        if entry is None:
            self._misses += 1
            return None
        now = self._clock()
        if now >= entry.expires:
            self._drop(key, entry)
            self._expirations += 1
            self._misses += 1
            return None
        self._entries.move_to_end(key)
        self._hits += 1
        return entry.body, now - entry.stored

    def put(self, key: str, body: bytes, ttl: float, *, age: float = 0.0) -> None:
        """Keep `body` under `key` for `ttl` seconds (less `age`, what it lived already)."""
        size = len(body) + len(key)
        if ttl - age <= 0 or size > self.max_bytes or not self.max_entries:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= old.size
        now = self._clock()
        while self._entries and (
            len(self._entries) >= self.max_entries or self._bytes + size > self.max_bytes
        ):
            _, evicted = self._entries.popitem(last=False)
            self._bytes -= evicted.size
            self._evictions += 1
        self._entries[key] = _Entry(body, now + ttl - age, now - age, size)
        self._bytes += size

    def _drop(self, key: str, entry: _Entry) -> None:
        del self._entries[key]
        self._bytes -= entry.size

    def _resolve(self, info: OperationInfo) -> float:
        if not cacheable(info):
            return 0.0
        if self._uniform is not None:
            return self._uniform
        named = self._named
        for name in (info.operation_id, info.accessor, info.resource, _ANY):
            if name in named:
                return named[name]
        return default_ttl(info)


def _named_ttls(ttls: Mapping[str, float]) -> dict[str, float]:
    """The TTL mapping a caller gave, checked against the registry."""
    resources = {info.resource for info in operations().values()}
    checked: dict[str, float] = {}
    for name, seconds in ttls.items():
        if not isinstance(name, str):
            raise ValueError(f"cache ttl keys are operation or resource names, not {name!r}")
        value = check_number(f"ttl[{name!r}]", seconds)
        if name != _ANY and name not in resources:
            try:
                info = lookup(name)
            except InvalidParameterError:
                raise ValueError(
                    f"cache ttl names {name!r}, which is no operation id, accessor or "
                    f"resource{suggest(name, sorted(resources))}"
                ) from None
            if value and not cacheable(info):
                raise ValueError(
                    f"{name} is never cached (a write, a job submission, the task status or "
                    "an upload URL): its answers can change or belong to one caller"
                )
        checked[name] = value
    return checked

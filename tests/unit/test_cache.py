"""The read cache: TTLs by what the data is, LRU bounds, and what is never kept."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from trenz_async import (
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    InvalidParameterError,
    OperationInfo,
    ReadCache,
    TrenzClient,
)
from trenz_async._call.cache import (
    AI_READ_TTL,
    DETAIL_TTL,
    LIVE_TTL,
    SEARCH_TTL,
    default_ttl,
)

from .helpers import (
    API_KEY,
    BASE_URL,
    arguments,
    cheap_read,
    detail_read,
    envelope,
    error_body,
    job,
    minimal_arguments,
    operations_where,
    paid_write,
    task_status,
    typed,
    url_of,
)
from .helpers import make_client as client

pytestmark = pytest.mark.anyio

SEARCH = cheap_read()
DETAIL = detail_read()
WRITE = paid_write()
JOB = job()
READS = operations_where(lambda info: info.is_read and not info.is_async)


class Clock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def family(info: OperationInfo) -> str:
    return info.tag.split("/", 1)[0]


# ----------------------------------------------------------------- TTLs


def test_default_ttls_follow_what_the_data_is() -> None:
    """Searches expire sooner than details; AI reads of a fixed input last longest."""
    data = [info for info in READS if family(info) == "Data" and info.coin_cost > 0]
    searches = [info for info in data if info.pagination is not None]
    details = [info for info in data if info.pagination is None]
    assert searches
    assert details
    for info in searches + details:
        expected = (
            LIVE_TTL
            if info.resource == "lives"
            else (SEARCH_TTL if info.pagination is not None else DETAIL_TTL)
        )
        assert default_ttl(info) == expected, info.operation_id
    assert SEARCH_TTL < DETAIL_TTL < AI_READ_TTL
    ai = [info for info in READS if family(info) == "Content" and info.pagination is None]
    assert ai
    assert all(default_ttl(info) == AI_READ_TTL for info in ai)


def test_accounts_writes_jobs_and_task_status_are_not_cached_by_default() -> None:
    """Your own accounts' state, writes, jobs and the task status: TTL 0."""
    own = [info for info in READS if family(info) in ("Social", "Ads")]
    assert own
    assert all(default_ttl(info) == 0 for info in own)
    for info in (WRITE, JOB, task_status()):
        assert default_ttl(info) == 0
        assert ReadCache(ttl=600).ttl_for(info) == 0


def test_ttl_overrides_by_operation_accessor_resource_and_star() -> None:
    """An operation's entry beats its resource's, which beats `*`, which beats the defaults."""
    cache = ReadCache(ttl={SEARCH.operation_id: 7, DETAIL.accessor: 8, DETAIL.resource: 9, "*": 11})
    assert cache.ttl_for(SEARCH) == 7
    assert cache.ttl_for(DETAIL.operation_id) == 8
    sibling = next(
        (
            info
            for info in READS
            if info.resource == DETAIL.resource and info not in (DETAIL, SEARCH)
        ),
        None,
    )
    if sibling is not None and default_ttl(sibling):
        assert cache.ttl_for(sibling) == 9
    elsewhere = next(
        info
        for info in READS
        if info.resource not in (SEARCH.resource, DETAIL.resource) and default_ttl(info)
    )
    assert cache.ttl_for(elsewhere) == 11
    assert ReadCache(ttl=42).ttl_for(SEARCH) == 42
    assert ReadCache().ttl_for(SEARCH) == default_ttl(SEARCH)


@pytest.mark.parametrize(
    "options",
    [
        {"ttl": math.nan},
        {"ttl": -1},
        {"ttl": math.inf},
        {"ttl": True},
        {"ttl": {"products_and_more": 10}},
        {"ttl": {WRITE.operation_id: 10}},
        {"ttl": {SEARCH.operation_id: math.nan}},
        {"max_entries": -1},
        {"max_bytes": 1.5},
        {"max_entries": True},
    ],
    ids=repr,
)
def test_bad_settings_are_refused(options: dict[str, Any]) -> None:
    """NaN, infinities, bools, negatives, unknown names and TTLs for writes: refused."""
    with pytest.raises(ConfigurationError):
        ReadCache(**options)


def test_an_unknown_name_suggests_the_close_one() -> None:
    """A misspelt resource is refused with the name it probably meant."""
    with pytest.raises(ConfigurationError, match=repr(SEARCH.resource)):
        ReadCache(ttl={SEARCH.resource + "x": 10})


def test_ttl_for_an_unknown_operation_is_refused() -> None:
    """`ttl_for` names what it cannot find."""
    with pytest.raises(InvalidParameterError):
        ReadCache().ttl_for("no-such-operation")


# ----------------------------------------------------------------- bounds


def test_answers_expire_after_their_ttl() -> None:
    """An answer is served until its TTL passes, then dropped and counted."""
    clock = Clock()
    cache = ReadCache(clock=clock)
    cache.put("k", b"body", 10.0)
    clock.now += 9.5
    assert cache.get("k") == (b"body", 9.5)
    clock.now += 0.5
    assert cache.get("k") is None
    stats = cache.statistics()
    assert (stats.entries, stats.bytes, stats.hits, stats.misses, stats.expirations) == (
        0,
        0,
        1,
        1,
        1,
    )


def test_an_answer_already_old_keeps_only_what_is_left_of_its_ttl() -> None:
    """An answer stored at age 8 of a 10-second TTL lives 2 more seconds (and reports its age)."""
    clock = Clock()
    cache = ReadCache(clock=clock)
    cache.put("k", b"body", 10.0, age=8.0)
    assert cache.get("k") == (b"body", 8.0)
    clock.now += 2.0
    assert cache.get("k") is None
    cache.put("old", b"body", 10.0, age=10.0)
    assert len(cache) == 0


def test_least_recently_used_answers_go_first_past_max_entries() -> None:
    """At `max_entries`, the answer used longest ago is evicted."""
    cache = ReadCache(max_entries=2)
    cache.put("a", b"1", 60)
    cache.put("b", b"2", 60)
    assert cache.get("a") is not None  # b is now the least recently used
    cache.put("c", b"3", 60)
    assert cache.get("b") is None
    assert cache.get("a") is not None
    assert cache.get("c") is not None
    assert cache.statistics().evictions == 1


def test_max_bytes_bounds_bodies_and_keys() -> None:
    """Past `max_bytes` the oldest-used answers go; one larger than it is never kept."""
    cache = ReadCache(max_bytes=30)
    cache.put("a", b"x" * 9, 60)  # 10 bytes with its key
    cache.put("b", b"x" * 9, 60)
    cache.put("c", b"x" * 9, 60)
    cache.put("d", b"x" * 9, 60)  # 40 > 30: a goes
    assert cache.get("a") is None
    assert cache.statistics().bytes == 30
    cache.put("huge", b"x" * 40, 60)
    assert cache.get("huge") is None
    assert len(cache) == 3
    cache.clear()
    assert (len(cache), cache.statistics().bytes) == (0, 0)


# ----------------------------------------------------------------- through the client


def search_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=envelope(SEARCH, {"items": [], "total": 0}, coins=4))


async def test_a_cached_answer_costs_no_request_and_counts_what_it_saved(
    router: respx.MockRouter,
) -> None:
    """A repeat within the TTL is answered from the cache: no request, no coins, counted."""
    route = router.get(url__startswith=url_of(SEARCH)).mock(side_effect=search_answer)
    async with client(cache=ReadCache()) as sdk:
        first = await typed(sdk, SEARCH)(**minimal_arguments(SEARCH))
        again = await sdk.call(SEARCH.accessor, **minimal_arguments(SEARCH))
        snap = sdk.usage.snapshot()
        assert sdk.cache is not None
        assert sdk.cache.statistics().hits == 1
    assert route.call_count == 1
    assert again is not first
    assert again.data.to_dict() == first.data.to_dict()
    assert (snap.calls, snap.coins_spent, snap.cache_hits, snap.coins_saved) == (1, 4, 1, 4)
    assert snap.by_operation[SEARCH.operation_id].cache_hits == 1


async def test_an_expired_answer_is_fetched_again(router: respx.MockRouter) -> None:
    """Past the operation's TTL the call is sent again."""
    route = router.get(url__startswith=url_of(SEARCH)).mock(side_effect=search_answer)
    clock = Clock()
    cache = ReadCache(ttl={SEARCH.operation_id: 30}, clock=clock)
    async with client(cache=cache) as sdk:
        await sdk.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        clock.now += 29
        await sdk.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
        clock.now += 1
        await sdk.call(SEARCH.operation_id, **minimal_arguments(SEARCH))
    assert route.call_count == 2


@pytest.mark.parametrize("via", ["call", "method"])
async def test_cache_false_skips_the_cache_and_refreshes_it(
    router: respx.MockRouter, via: str
) -> None:
    """A per-request `cache=False` (on `client.call()` or a typed method, here a pager's
    first page) is sent, and its fresh answer replaces the cached one."""
    answers = iter([1, 2, 3])

    def counted(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json=envelope(SEARCH, {"items": [], "total": next(answers)}, coins=4)
        )

    route = router.get(url__startswith=url_of(SEARCH)).mock(side_effect=counted)
    async with client(cache=ReadCache()) as sdk:
        send: Callable[..., Any] = (
            functools.partial(sdk.call, SEARCH.operation_id)
            if via == "call"
            else typed(sdk, SEARCH)
        )
        args = minimal_arguments(SEARCH)
        totals = []
        for options in ({}, {"cache": False}, {}):
            page = await send(**args, **options)
            totals.append(page.data.to_dict()["total"])
    assert totals == [1, 2, 2]
    assert route.call_count == 2


async def test_with_options_cache_none_bypasses_the_cache(router: respx.MockRouter) -> None:
    """`with_options(cache=None)` neither reads nor fills the client's cache."""
    route = router.get(url__startswith=url_of(SEARCH)).mock(side_effect=search_answer)
    cache = ReadCache()
    async with client(cache=cache) as sdk:
        bypass = sdk.with_options(cache=None)
        assert bypass.cache is None
        assert sdk.cache is cache
        await typed(bypass, SEARCH)(**minimal_arguments(SEARCH))
        assert len(cache) == 0
        await typed(sdk, SEARCH)(**minimal_arguments(SEARCH))
        await typed(bypass, SEARCH)(**minimal_arguments(SEARCH))
    assert route.call_count == 3


async def test_errors_writes_and_raw_responses_are_not_cached(router: respx.MockRouter) -> None:
    """An error answer, a write and a raw call: each repeat is sent again."""
    failing = router.get(url__startswith=url_of(DETAIL)).mock(
        return_value=httpx.Response(400, json=error_body("INVALID_PARAMETER"))
    )
    writes = router.route(method=WRITE.method, url__startswith=url_of(WRITE)).mock(
        return_value=httpx.Response(200, json=envelope(WRITE))
    )
    searches = router.get(url__startswith=url_of(SEARCH)).mock(side_effect=search_answer)
    async with client(cache=ReadCache(ttl=600)) as sdk:
        for _ in range(2):
            with pytest.raises(BadRequestError):
                await typed(sdk, DETAIL)(**minimal_arguments(DETAIL))
            await typed(sdk, WRITE)(**minimal_arguments(WRITE))
            raw = getattr(getattr(sdk, SEARCH.resource).with_raw_response, SEARCH.method_name)
            await raw(**minimal_arguments(SEARCH))
        assert sdk.cache is not None
        assert len(sdk.cache) == 0
    assert (failing.call_count, writes.call_count, searches.call_count) == (2, 2, 2)


async def test_clients_of_different_keys_sharing_a_cache_never_see_each_others_answers(
    router: respx.MockRouter,
) -> None:
    """The cache's keys carry the API key's fingerprint: another key's answer is a miss."""
    route = router.get(url__startswith=url_of(SEARCH)).mock(side_effect=search_answer)
    cache = ReadCache()
    async with (
        client(cache=cache) as mine,
        TrenzClient(
            api_key=API_KEY + "other", base_url=BASE_URL, cache=cache, rate_limit=None
        ) as theirs,
    ):
        await typed(mine, SEARCH)(**minimal_arguments(SEARCH))
        await typed(theirs, SEARCH)(**minimal_arguments(SEARCH))
        await typed(mine, SEARCH)(**arguments(SEARCH))
    assert route.call_count == 2
    assert all(API_KEY not in key for key in cache._entries)


async def test_a_closed_client_answers_nothing_from_its_cache(router: respx.MockRouter) -> None:
    """After `aclose()` even a cached read raises `ClientClosedError`."""
    router.get(url__startswith=url_of(SEARCH)).mock(side_effect=search_answer)
    sdk = client(cache=ReadCache())
    async with sdk:
        await typed(sdk, SEARCH)(**minimal_arguments(SEARCH))
    with pytest.raises(ClientClosedError):
        await typed(sdk, SEARCH)(**minimal_arguments(SEARCH))


async def test_a_per_request_cache_option_must_be_a_bool(router: respx.MockRouter) -> None:
    """`cache=` takes True, False or None; anything else sends nothing."""
    route = router.get(url__startswith=url_of(SEARCH)).mock(side_effect=search_answer)
    async with client(cache=ReadCache()) as sdk:
        with pytest.raises(InvalidParameterError, match="cache must be True, False or None"):
            await sdk.call(SEARCH.operation_id, cache="no", **minimal_arguments(SEARCH))
        with pytest.raises(InvalidParameterError, match="cache must be True, False or None"):
            await typed(sdk, SEARCH)(cache=0, **minimal_arguments(SEARCH))
    assert route.call_count == 0


def test_client_options_are_checked() -> None:
    """`coalesce` must be a bool and `cache` a `ReadCache`, on the client and its copies."""
    with pytest.raises(ConfigurationError):
        client(coalesce="yes")
    with pytest.raises(ConfigurationError):
        client(cache={"ttl": 10})
    sdk = client()
    with pytest.raises(ConfigurationError):
        sdk.with_options(cache=60)  # type: ignore[arg-type]


def test_base_url_is_the_helpers() -> None:
    """The fixtures talk to the unit tests' base URL."""
    assert url_of(SEARCH).startswith(BASE_URL)

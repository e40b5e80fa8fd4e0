"""The sharded pool: each request goes to the least busy shard until its body is closed."""

from __future__ import annotations

import httpx
import pytest

from trenz_async._transport.pools import SHARD_SIZE, ShardedTransport, sharded

pytestmark = pytest.mark.anyio


class Recorder(httpx.AsyncBaseTransport):
    """A shard that answers at once and remembers which requests it got."""

    def __init__(self, limits: httpx.Limits, *, fail: bool = False) -> None:
        self.limits = limits
        self.seen: list[str] = []
        self.fail = fail
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.url.path)
        if self.fail:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, stream=httpx.ByteStream(b"answer"))

    async def aclose(self) -> None:
        self.closed = True


def test_a_small_pool_is_one_transport() -> None:
    limits = httpx.Limits(max_connections=SHARD_SIZE, max_keepalive_connections=SHARD_SIZE)
    assert isinstance(sharded(limits, Recorder), Recorder)
    unbounded = httpx.Limits(max_connections=None)
    assert isinstance(sharded(unbounded, Recorder), Recorder)


def test_shards_add_up_to_the_pool_and_keep_its_expiry() -> None:
    limits = httpx.Limits(max_connections=50, max_keepalive_connections=20, keepalive_expiry=9)
    pool = sharded(limits, Recorder)
    assert isinstance(pool, ShardedTransport)
    shares = [shard.limits for shard in pool.shards]  # type: ignore[attr-defined]
    assert [share.max_connections for share in shares] == [13, 13, 12, 12]
    assert [share.max_keepalive_connections for share in shares] == [5, 5, 5, 5]
    assert {share.keepalive_expiry for share in shares} == {9}


async def test_open_responses_steer_requests_to_idle_shards() -> None:
    shards = [Recorder(httpx.Limits()) for _ in range(3)]
    pool = ShardedTransport(list(shards))
    request = httpx.Request("GET", "http://api.example/a")
    open_responses = [await pool.handle_async_request(request) for _ in range(3)]
    assert [len(shard.seen) for shard in shards] == [1, 1, 1]
    await open_responses[1].aread()
    await open_responses[1].aclose()
    await open_responses[1].aclose()  # closing twice gives the slot back once
    await pool.handle_async_request(request)
    assert [len(shard.seen) for shard in shards] == [1, 2, 1]


async def test_a_failed_request_does_not_stay_counted() -> None:
    failing, healthy = Recorder(httpx.Limits(), fail=True), Recorder(httpx.Limits())
    pool = ShardedTransport([failing, healthy])
    request = httpx.Request("GET", "http://api.example/a")
    with pytest.raises(httpx.ConnectError):
        await pool.handle_async_request(request)
    failing.fail = False
    # Had the failure stayed counted, both of these would go to the healthy shard.
    await pool.handle_async_request(request)
    await pool.handle_async_request(request)
    assert (len(failing.seen), len(healthy.seen)) == (2, 1)


async def test_closing_closes_every_shard() -> None:
    shards = [Recorder(httpx.Limits()) for _ in range(2)]
    await ShardedTransport(list(shards)).aclose()
    assert all(shard.closed for shard in shards)

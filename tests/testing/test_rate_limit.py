"""The per-key sliding-window rate limit and its headers."""

from __future__ import annotations

import httpx
import pytest

from trenz_async.testing import TEST_API_KEY, FakeTrenz

from .helpers import (
    ASGI_BASE_URL,
    AUTH,
    ManualClock,
    minimal_args,
    paid_read,
    request_parts,
    task_status_path,
)

pytestmark = pytest.mark.anyio


async def read(
    client: httpx.AsyncClient, *, with_args: bool = True, **headers: str
) -> httpx.Response:
    """One paid read (without its required arguments when `with_args` is false)."""
    info = paid_read()
    method, path, kwargs = request_parts(info, minimal_args(info) if with_args else {})
    return await client.request(method, path, headers=headers, **kwargs)


def limited_fake(clock: ManualClock, **options: object) -> FakeTrenz:
    """A fake allowing 3 requests per 10 seconds per key."""
    return FakeTrenz(clock=clock, rate_limit=(3, 10.0), **options)  # type: ignore[arg-type]


async def test_over_the_limit_is_429_with_retry_after(clock: ManualClock) -> None:
    """The request past the window's limit is 429 RATE_LIMITED with Retry-After and headers."""
    fake = limited_fake(clock)
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        for _ in range(3):
            ok = await read(client)
            assert ok.status_code == 200
            assert ok.headers["X-RateLimit-Limit"] == "3"
            assert "X-RateLimit-Remaining" not in ok.headers
            clock.advance(1.0)
        limited = await read(client)
    assert limited.status_code == 429
    assert limited.json()["code"] == "RATE_LIMITED"
    assert limited.headers["Retry-After"] == "7"  # the first request leaves the window at +10 s
    assert limited.headers["X-RateLimit-Limit"] == "3"
    assert limited.headers["X-RateLimit-Remaining"] == "0"
    assert fake.statistics().rate_limited == 1
    assert fake.ledger[TEST_API_KEY].charged == 3 * paid_read().coin_cost


async def test_window_slides(clock: ManualClock) -> None:
    """Once the oldest request leaves the window, one more is admitted."""
    fake = limited_fake(clock)
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        for _ in range(3):
            await read(client)
            clock.advance(1.0)
        retry_after = int((await read(client)).headers["Retry-After"])
        clock.advance(retry_after)
        assert (await read(client)).status_code == 200
        assert (await read(client)).status_code == 429


async def test_limit_is_per_key(clock: ManualClock) -> None:
    """Each key has its own window."""
    fake = limited_fake(clock, keys={"sk_test_a": 100, "sk_test_b": 100})
    async with httpx.AsyncClient(transport=fake.transport(), base_url=ASGI_BASE_URL) as client:
        for _ in range(3):
            await read(client, **{"X-API-Key": "sk_test_a"})
        a = await read(client, **{"X-API-Key": "sk_test_a"})
        b = await read(client, **{"X-API-Key": "sk_test_b"})
    assert (a.status_code, b.status_code) == (429, 200)


async def test_polls_count_against_the_limit(clock: ManualClock) -> None:
    """Free task polls use up the window like any request."""
    fake = limited_fake(clock)
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        for _ in range(3):
            await client.get(task_status_path("task_nope"))
        assert (await client.get(task_status_path("task_nope"))).status_code == 429


async def test_every_response_carries_the_limit_header(client: httpx.AsyncClient) -> None:
    """X-RateLimit-Limit is on successes and errors alike."""
    responses = [
        await read(client),
        await read(client, with_args=False),
        await client.get("/open/v1/unknown"),
        await read(client, **{"X-API-Key": "sk_bad"}),
    ]
    assert [r.status_code for r in responses] == [200, 400, 404, 401]
    assert {r.headers["X-RateLimit-Limit"] for r in responses} == {"200"}


async def test_rate_limit_none_disables_it(clock: ManualClock) -> None:
    """`rate_limit=None` admits everything and sends no limit header."""
    fake = FakeTrenz(clock=clock, rate_limit=None)
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        responses = [await read(client) for _ in range(201)]
    assert {r.status_code for r in responses} == {200}
    assert "X-RateLimit-Limit" not in responses[0].headers

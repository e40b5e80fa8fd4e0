"""Serving over real sockets: start, answer, and shut down cleanly on asyncio and trio."""

from __future__ import annotations

import httpx
import pytest

from trenz_async.testing import FakeTrenz

from .helpers import AUTH, minimal_args, paid_read, request_parts

pytestmark = pytest.mark.anyio


async def test_serve_answers_on_a_free_loopback_port_then_stops() -> None:
    """`serve()` yields a loopback URL that answers, and nothing listens after the block."""
    fake = FakeTrenz()
    async with fake.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=base_url, headers=AUTH) as client:
            method, path, kwargs = request_parts(paid_read(), minimal_args(paid_read()))
            response = await client.request(method, path, **kwargs)
            assert response.status_code == 200
    async with httpx.AsyncClient(base_url=base_url) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(paid_read().path)


async def test_two_fakes_serve_side_by_side() -> None:
    """Two fakes serve at once on different ports, each with its own state."""
    first, second = FakeTrenz(), FakeTrenz()
    async with first.serve() as first_url, second.serve() as second_url:
        assert first_url != second_url
        async with httpx.AsyncClient(headers=AUTH) as client:
            method, path, kwargs = request_parts(paid_read(), minimal_args(paid_read()))
            await client.request(method, f"{first_url}{path}", **kwargs)
    assert len(first.requests) == 1
    assert second.requests == ()


async def test_serve_stops_when_the_block_raises() -> None:
    """An exception in the block propagates and still stops the server."""
    fake = FakeTrenz()
    with pytest.raises(RuntimeError, match="boom"):
        async with fake.serve() as base_url:
            raise RuntimeError("boom")
    async with httpx.AsyncClient(base_url=base_url) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get("/")

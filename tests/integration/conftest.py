"""Integration fixtures: the SDK over real loopback sockets against the fake Trenz server.

Every test runs on each network the SDK supports: asyncio on httpx's transport, asyncio
on aiohttp (`AioHttpClient`), and trio on httpx's transport (aiohttp cannot run there).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from typing import Any

import pytest

from trenz_async import AioHttpClient, PollPolicy, RetryPolicy, TrenzClient
from trenz_async.testing import TEST_API_KEY, FakeTrenz

FAST_POLL = PollPolicy(initial=0.05, maximum=0.2)
FAST_RETRY = RetryPolicy(max_retries=4, initial_backoff=0.01, max_backoff=0.05)

Connect = Callable[..., AbstractAsyncContextManager[tuple[TrenzClient, FakeTrenz]]]

NETWORKS = [("asyncio", "httpx"), ("asyncio", "aiohttp"), ("trio", "httpx")]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test through `connect` runs on each network (trio with aiohttp is not one); any
    other async test on each event loop, as everywhere."""
    chosen = any(
        "anyio_backend" in mark.args[0] for mark in metafunc.definition.iter_markers("parametrize")
    )
    if "network" in metafunc.fixturenames and not chosen:
        networks = NETWORKS if "connect" in metafunc.fixturenames else NETWORKS[::2]
        metafunc.parametrize("network", networks, ids=["-".join(n) for n in networks])


@pytest.fixture
def anyio_backend(network: tuple[str, str]) -> str:
    """The event loop of the test's network."""
    return network[0]


@pytest.fixture
def connect(network: tuple[str, str]) -> Connect:
    """`async with connect(fake_options..., client=client_options) as (client, fake)`."""

    @asynccontextmanager
    async def open_pair(
        client: dict[str, Any] | None = None, **fake_options: Any
    ) -> AsyncIterator[tuple[TrenzClient, FakeTrenz]]:
        fake_options.setdefault("job_duration", 0.1)
        fake = FakeTrenz(**fake_options)
        options = {"poll": FAST_POLL, "retry": FAST_RETRY, **(client or {})}
        async with AsyncExitStack() as stack:
            base_url = await stack.enter_async_context(fake.serve())
            if network[1] == "aiohttp":
                options["http_client"] = await stack.enter_async_context(AioHttpClient())
            sdk = await stack.enter_async_context(
                TrenzClient(api_key=TEST_API_KEY, base_url=base_url, **options)
            )
            yield sdk, fake

    return open_pair

"""Integration fixtures: the SDK over real loopback sockets against the fake Trenz server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import pytest

from trenz_async import PollPolicy, RetryPolicy, TrenzClient
from trenz_async.testing import TEST_API_KEY, FakeTrenz

FAST_POLL = PollPolicy(initial=0.05, maximum=0.2)
FAST_RETRY = RetryPolicy(max_retries=4, initial_backoff=0.01, max_backoff=0.05)

Connect = Callable[..., AbstractAsyncContextManager[tuple[TrenzClient, FakeTrenz]]]


@pytest.fixture
def connect() -> Connect:
    """`async with connect(fake_options..., client=client_options) as (client, fake)`."""

    @asynccontextmanager
    async def open_pair(
        client: dict[str, Any] | None = None, **fake_options: Any
    ) -> AsyncIterator[tuple[TrenzClient, FakeTrenz]]:
        fake_options.setdefault("job_duration", 0.1)
        fake = FakeTrenz(**fake_options)
        options = {"poll": FAST_POLL, "retry": FAST_RETRY, **(client or {})}
        async with (
            fake.serve() as base_url,
            TrenzClient(api_key=TEST_API_KEY, base_url=base_url, **options) as sdk,
        ):
            yield sdk, fake

    return open_pair

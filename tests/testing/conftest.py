"""Fixtures for the fake-server tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from trenz_async.testing import FakeTrenz

from .helpers import ASGI_BASE_URL, AUTH, ManualClock


@pytest.fixture
def clock() -> ManualClock:
    """A manual clock for the fake (jobs and the rate limit run on it)."""
    return ManualClock()


@pytest.fixture
def fake(clock: ManualClock) -> FakeTrenz:
    """A fake on the manual clock with one-second jobs."""
    return FakeTrenz(clock=clock, job_duration=1.0)


@pytest.fixture
async def client(fake: FakeTrenz) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client calling `fake` in-process, authenticated with the test key."""
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        yield client

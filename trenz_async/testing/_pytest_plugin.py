"""The pytest plugin of the `testing` extra: a fake Trenz and a client bound to it.

Registered through the `pytest11` entry point, so installing `trenz_async[testing]` is
enough. The fixtures are async-ready for anyio's pytest plugin: mark tests with
`pytest.mark.anyio` and they run on asyncio (and trio, with the `anyio_backend`
fixture parametrized). Override `trenz_fake` in your own conftest.py to configure the
fake (faults, balances, rate limit, job durations).

Nothing is imported until a fixture is used: a project without the extra's packages
still starts pytest.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from trenz_async import TrenzClient
    from trenz_async.testing import FakeTrenz


@pytest.fixture
def trenz_fake() -> FakeTrenz:
    """A fresh `FakeTrenz` (seeded, quick jobs); override this fixture to configure it."""
    from trenz_async.testing import FakeTrenz

    return FakeTrenz(seed=0, job_duration=0.05)


@pytest.fixture
async def trenz_client(trenz_fake: FakeTrenz) -> AsyncIterator[TrenzClient]:
    """A `TrenzClient` talking to `trenz_fake` over a loopback socket, polling quickly."""
    from trenz_async import PollPolicy, TrenzClient
    from trenz_async.testing import TEST_API_KEY

    async with (
        trenz_fake.serve() as base_url,
        TrenzClient(
            api_key=TEST_API_KEY,
            base_url=base_url,
            poll=PollPolicy(initial=0.02, maximum=0.1),
        ) as client,
    ):
        yield client

"""A stateful fake of the Trenz API for tests: no real key, no coins, no network.

`FakeTrenz` serves every operation of the registry with the real envelope and errors,
coin balances and a ledger, async jobs that settle or get refunded, the rate limit, and
seeded faults. Over real sockets:

```python
import pytest
import trenz_async
from trenz_async.testing import TEST_API_KEY, FakeTrenz


@pytest.fixture
async def trenz():
    fake = FakeTrenz(job_duration=0.1)
    async with fake.serve() as base_url:  # uvicorn on a free loopback port
        async with trenz_async.TrenzClient(api_key=TEST_API_KEY, base_url=base_url) as client:
            yield client, fake


async def test_pipeline(trenz):
    client, fake = trenz
    ...
    assert fake.statistics().rate_limited == 0
    assert fake.ledger[TEST_API_KEY].refunded == 0
```

or in-process, without sockets: `httpx.AsyncClient(transport=fake.transport(),
base_url="http://localhost")`. From a shell: `python -m trenz_async.testing --port 8765`.

Needs the `testing` extra: `pip install 'trenz_async[testing]'` (starlette and uvicorn).
"""

from __future__ import annotations

import importlib.util as _importlib_util

if any(_importlib_util.find_spec(name) is None for name in ("starlette", "uvicorn")):
    raise ImportError(
        "trenz_async.testing needs the `testing` extra: pip install 'trenz_async[testing]'"
    )

from ._app import DEFAULT_BALANCE as DEFAULT_BALANCE
from ._app import TEST_API_KEY as TEST_API_KEY
from ._app import FakeTrenz as FakeTrenz
from ._faults import FaultKind as FaultKind
from ._faults import FaultPlan as FaultPlan
from ._jobs import JobStatus as JobStatus
from ._ledger import AccountLedger as AccountLedger
from ._ledger import EntryKind as EntryKind
from ._ledger import Ledger as Ledger
from ._ledger import LedgerEntry as LedgerEntry
from ._recorder import Submission as Submission
from ._recorder import SubmissionLog as SubmissionLog
from ._records import FakeStatistics as FakeStatistics
from ._records import RequestRecord as RequestRecord

__all__ = [
    "DEFAULT_BALANCE",
    "TEST_API_KEY",
    "AccountLedger",
    "EntryKind",
    "FakeStatistics",
    "FakeTrenz",
    "FaultKind",
    "FaultPlan",
    "JobStatus",
    "Ledger",
    "LedgerEntry",
    "RequestRecord",
    "Submission",
    "SubmissionLog",
]

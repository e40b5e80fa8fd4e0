"""The pipeline the crash test kills: resume from the journal, then submit what is left.

Run as `python crash_child.py BASE_URL JOURNAL N BACKEND OPERATION KEY`: inputs are `v0` ..
`v{N-1}`, one paid OPERATION job each, the input passed as its KEY parameter. An input
already in `tasks.pending()` (its job id is known) or `tasks.unconfirmed()` (it may have
been created) is never submitted again: that is how a pipeline uses the journal to pay once.
It prints `submitting` when it starts to submit, and `finished` when all are done.
"""

from __future__ import annotations

import sys

import anyio

from trenz_async import TrenzClient
from trenz_async.testing import TEST_API_KEY


async def main(base_url: str, journal: str, count: int, operation: str, key: str) -> None:
    async with TrenzClient(
        api_key=TEST_API_KEY, base_url=base_url, journal=journal, rate_limit=None
    ) as client:
        known = {str((task.params or {}).get(key)) for task in await client.tasks.pending()}
        known |= {str(item.params.get(key)) for item in await client.tasks.unconfirmed()}
        todo = [f"v{index}" for index in range(count) if f"v{index}" not in known]
        limit = anyio.Semaphore(10)
        print("submitting", flush=True)  # the test kills us from here on

        async def submit(value: str) -> None:
            async with limit:
                await client.call(operation, **{key: value})

        async with anyio.create_task_group() as group:
            for value in todo:
                group.start_soon(submit, value)
    print("finished", flush=True)


if __name__ == "__main__":
    base_url, journal, count, backend, operation, key = sys.argv[1:7]
    anyio.run(main, base_url, journal, int(count), operation, key, backend=backend)

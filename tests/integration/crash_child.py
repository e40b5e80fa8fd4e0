"""The pipeline the crash test kills: resume from the journal, then submit what is left.

Run as `python crash_child.py BASE_URL JOURNAL N [BACKEND]`: inputs are `v0` .. `v{N-1}`, one
paid content-analysis job each. An input already in `tasks.pending()` (its job id is
known) or `tasks.unconfirmed()` (it may have been created) is never submitted again:
that is how a pipeline uses the journal to pay once.
"""

from __future__ import annotations

import sys

import anyio

from trenz_async import TrenzClient
from trenz_async.testing import TEST_API_KEY

OPERATION = "trenz-video-content-analysis"


async def main(base_url: str, journal: str, count: int) -> None:
    async with TrenzClient(
        api_key=TEST_API_KEY, base_url=base_url, journal=journal, rate_limit=None
    ) as client:
        known = {str((task.params or {}).get("video_id")) for task in await client.tasks.pending()}
        known |= {str(item.params.get("video_id")) for item in await client.tasks.unconfirmed()}
        todo = [f"v{index}" for index in range(count) if f"v{index}" not in known]
        limit = anyio.Semaphore(10)

        async def submit(video_id: str) -> None:
            async with limit:
                await client.call(OPERATION, video_id=video_id)

        async with anyio.create_task_group() as group:
            for video_id in todo:
                group.start_soon(submit, video_id)
    print("finished", flush=True)


if __name__ == "__main__":
    backend = sys.argv[4] if len(sys.argv) > 4 else "asyncio"
    anyio.run(main, sys.argv[1], sys.argv[2], int(sys.argv[3]), backend=backend)

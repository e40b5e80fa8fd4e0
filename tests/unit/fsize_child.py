"""A process whose files may not grow: one paid submission through a journal that cannot take it.

Run as `python -m tests.unit.fsize_child JOURNAL BACKEND ROOM`: the file-size limit
(`RLIMIT_FSIZE`) is set to the journal's size plus ROOM bytes, so its next record is cut
short by the kernel, then a paid job is submitted against respx. Prints one JSON line:
the error raised (if any) and how many submissions respx saw.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

import anyio
import httpx
import respx

from trenz_async import TrenzError

from .helpers import BASE_URL, envelope, keyed_job, make_client


async def main(journal: str) -> None:
    info, key = keyed_job()
    with respx.mock(assert_all_called=False) as router:
        route = router.route(method=info.method, url=f"{BASE_URL}{info.path}").mock(
            return_value=httpx.Response(200, json=envelope(info))
        )
        error = None
        async with make_client(journal=journal) as client:
            try:
                await client.call(info.operation_id, **{key.python_name: "v-limited"})
            except TrenzError as exc:
                error = type(exc).__name__
    print(json.dumps({"error": error, "sent": route.call_count}), flush=True)


if __name__ == "__main__":
    path, backend, room = sys.argv[1:4]
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    # Set after every import: only the journal's next record meets the limit.
    resource.setrlimit(resource.RLIMIT_FSIZE, (Path(path).stat().st_size + int(room), hard))
    anyio.run(main, path, backend=backend)

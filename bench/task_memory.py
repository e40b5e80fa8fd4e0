"""Memory held by pending `Task` handles, registered with the poll scheduler as a wait would.

Builds N tasks the way a submission does (id, operation, submission time, estimate),
tracks them in `client.tasks` and holds them in the scheduler (one `Watch` each), then
reports what tracemalloc attributes to all of that.

    .venv/bin/python bench/task_memory.py [--tasks 10000]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import shlex
import sys
import time
import tracemalloc

import httpx

from trenz_async import OPERATIONS, Task, TrenzClient


def measure(count: int) -> tuple[int, int]:
    """Bytes traced for `count` pending, watched tasks: (current, peak while building)."""
    client = TrenzClient(
        api_key="sk_test_bench",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
    )
    operation = OPERATIONS["trenz-video-transcription"].operation_id
    scheduler = client.tasks._tracker.scheduler  # built up front: one per client, not per task
    gc.collect()
    tracemalloc.start()
    before, _ = tracemalloc.get_traced_memory()
    with contextlib.ExitStack() as holds:
        tasks = [
            Task(
                client.tasks,
                f"task_{index:012d}",
                operation_id=operation,
                submitted_at=time.time(),
                estimated_coins=1000,
            )
            for index in range(count)
        ]
        for task in tasks:
            client.tasks._tracker._track(task)  # what wait() does first
        holds.enter_context(scheduler.holding([task.id for task in tasks]))
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
        assert scheduler.watching == count
    tracemalloc.stop()
    return current - before, peak - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    current, peak = measure(args.tasks)
    if args.json:
        print(
            json.dumps(
                {"tasks": args.tasks, "bytes": current, "bytes_per_task": current / args.tasks}
            )
        )
        return
    print(f"command: {shlex.join([os.path.relpath(sys.executable), *sys.argv])}")
    print(f"python {sys.version.split()[0]}, {args.tasks:,} pending tasks, tracked and watched")
    print(f"traced memory: {current / 1e6:.2f} MB ({current / args.tasks:.0f} bytes per task)")
    print(f"peak while building: {peak / 1e6:.2f} MB")


if __name__ == "__main__":
    main()

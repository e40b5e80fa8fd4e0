"""Many tenants in one process: 50 clients, 50 API keys, each held to its own rate limit.

An agency or SaaS pipeline keeps one `TrenzClient` per tenant key. Each key allows 200
requests a minute; here the window is scaled down in time, keeping the rate (by default
20 requests per 6 s, which is 200 a minute), so a run takes seconds instead of minutes.
Every tenant runs as many workers as its window holds, each calling
`client.products.search(...)` with a keyword of its own (no two calls share an answer)
as fast as its limiter admits it. Tenants start spread over the first window, as
independent tenants do: 50 bursts of a whole window at the same instant would measure
the fake server's queue, not the SDK.

The fake Trenz server runs in a child process pinned to the last core, with the 50 keys
and the same window per key; the client process (pinned to the first core) measures:

- the share of the aggregate limit it held: each key makes `requests x (windows + 1)`
  calls, which a sliding window admits no sooner than `windows x period` after its
  first; a tenant's share is that over the time it took, and the aggregate share the
  mean over tenants (a limiter that waits exactly as long as the window asks comes within
  a few latencies of 1);
- the server's 429 answers over the whole run (target 0);
- the client's own CPU over the run, as a share of one CPU (target < 0.5).

    .venv/bin/python bench/tenants.py [--tenants 50] [--requests 20] [--period 6]
                                      [--windows 4] [--quick] [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import socket
import sys
import time
from multiprocessing.connection import Connection
from typing import Any

import anyio

KEY_PREFIX = "sk_test_tenant_"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pin(core: int) -> None:
    """Pin this process to one core, where the platform allows it."""
    cores = os.cpu_count() or 1
    if hasattr(os, "sched_setaffinity") and cores > 1:
        os.sched_setaffinity(0, {core % cores})


def _serve(port: int, keys: list[str], window: tuple[int, float], pipe: Connection) -> None:
    """The fake in a child: serves until told to stop, then reports its 429 count."""
    from trenz_async.testing import FakeTrenz

    _pin(-1)
    fake = FakeTrenz(keys=dict.fromkeys(keys, 10**12), rate_limit=window)

    async def main() -> None:
        async with fake.serve(port=port):
            pipe.send("ready")
            await anyio.to_thread.run_sync(pipe.recv)
        statistics = fake.statistics()
        pipe.send({"requests": statistics.requests, "rate_limited": statistics.rate_limited})

    anyio.run(main)


async def _run_tenants(
    base_url: str, keys: list[str], *, requests: int, period: float, windows: int
) -> dict[str, Any]:
    from trenz_async import RateLimit, TrenzClient

    # Every tenant waits most of each window, which the limiter reports (once per wait)
    # as a slow wait: expected here.
    logging.getLogger("trenz_async").setLevel(logging.ERROR)
    per_key = requests * (windows + 1)
    errors = 0
    shares: list[float] = []

    async def tenant(key: str, delay: float) -> None:
        nonlocal errors
        await anyio.sleep(delay)
        began = time.monotonic()
        left = per_key
        client = TrenzClient(
            api_key=key,
            base_url=base_url,
            rate_limit=RateLimit(requests=requests, period=period),
            max_in_flight=requests,
        )
        async with client:

            async def worker(number: int) -> None:
                nonlocal errors, left
                while left > 0:
                    left -= 1
                    try:
                        await client.products.search(country="us", keyword=f"w{number}-{left}")
                    except Exception:  # counted and reported, not raised
                        errors += 1

            async with anyio.create_task_group() as group:
                for number in range(requests):
                    group.start_soon(worker, number)
        # A sliding window admits `per_key` calls no sooner than `windows` periods after
        # the first: one window's worth at once, the next a period later, and so on.
        shares.append(windows * period / (time.monotonic() - began))

    cpu_before = time.process_time()
    wall_before = time.monotonic()
    async with anyio.create_task_group() as group:
        for number, key in enumerate(keys):
            group.start_soon(tenant, key, number * period / len(keys))
    cpu = time.process_time() - cpu_before
    wall = time.monotonic() - wall_before
    calls = per_key * len(keys)
    shares.sort()
    return {
        "tenants": len(keys),
        "window": f"{requests} per {period:g} s per key",
        "calls": calls,
        "seconds": round(wall, 2),
        "share_of_limit": sum(shares) / len(shares),
        "lowest_tenant_share": shares[0],
        "calls_per_second": calls / wall,
        "client_cpu_share": cpu / wall,
        "client_cpu_per_call_us": 1e6 * cpu / calls,
        "errors": errors,
    }


def measure(*, tenants: int, requests: int, period: float, windows: int) -> dict[str, Any]:
    """Run the tenants against a fake in a child process; the figures, 429s included."""
    keys = [f"{KEY_PREFIX}{n:03d}" for n in range(tenants)]
    port = _free_port()
    ours, theirs = multiprocessing.Pipe()
    child = multiprocessing.get_context("spawn").Process(
        target=_serve, args=(port, keys, (requests, period), theirs), daemon=True
    )
    child.start()
    try:
        if not ours.poll(60) or ours.recv() != "ready":
            raise SystemExit("the fake server did not start")
        _pin(0)
        result = anyio.run(
            lambda: _run_tenants(
                f"http://127.0.0.1:{port}",
                keys,
                requests=requests,
                period=period,
                windows=windows,
            )
        )
        ours.send("stop")
        if not ours.poll(60):
            raise SystemExit("the fake server did not report")
        server = ours.recv()
    finally:
        child.join(30)
        if child.is_alive():
            child.kill()
    result["server_requests"] = server["requests"]
    result["server_429s"] = server["rate_limited"]
    result["load_average"] = [round(load, 2) for load in os.getloadavg()]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tenants", type=int, default=50, help="clients, one key each")
    parser.add_argument("--requests", type=int, default=20, help="requests per window per key")
    parser.add_argument("--period", type=float, default=6.0, help="the window, in seconds")
    parser.add_argument("--windows", type=int, default=4, help="windows after the first")
    parser.add_argument("--quick", action="store_true", help="2 windows of 3 s (a smoke check)")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args(argv)
    if args.quick:
        args.period, args.requests, args.windows = 3.0, 10, 2
    result = measure(
        tenants=args.tenants, requests=args.requests, period=args.period, windows=args.windows
    )
    if args.json:
        print(json.dumps(result))
    else:
        for name, value in result.items():
            print(
                f"{name:>24}: {value:.3f}" if isinstance(value, float) else f"{name:>24}: {value}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

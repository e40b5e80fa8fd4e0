"""Client CPU per call: the SDK's facade against bare httpx and the generated functions.

A minimal HTTP server runs in a separate process on the other core and answers with
fixed, realistic envelopes (synthesized once by `FakeTrenz`), so the server's own cost
never lands in the figures. The client process measures its CPU time (`time.process_time`) over batches of calls:
each round runs every variant once, back to back (alternating the order from round to
round), and each variant's ratio to bare httpx is taken within the round. The figure
reported is the median of those per-round ratios: pairing cancels the slow drifts of a
shared machine, and the median over many rounds (15 by default) keeps one noisy round
from moving it. The load average the run started and ended under is printed with it.

- bare httpx: `AsyncClient.get/post` with the key header, `raise_for_status()`, `.json()`;
- generated: the openapi-python-client `asyncio_detailed` function (parses the model);
- facade: `client.products.search(...)`: validation, budget, gate, retries policy,
  auth, accounting, the typed envelope, with single-flight on (the default);
- no coalescing: the facade of a `TrenzClient(coalesce=False)`;
- cache (misses): the facade of a client with a `ReadCache(ttl=300)`, every call a
  miss (its answer stored, the cache bounded by its defaults).

Every call sends parameters no earlier call sent (a keyword with a counter), so no call
shares a flight or finds a cached answer: "facade / no coalescing" is what paying once
costs a call that misses (the target is at most 1.05x), as "cache / no coalescing" is
with a cache.

One GET (`products.search`, 20 items) and one POST (`social_analytics.overview`), at
concurrency 1 and 50. Also a task poll (`task.refresh()`) against a bare GET of the same
status endpoint.

    .venv/bin/python bench/call_overhead.py [--calls 3000] [--rounds 15] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio

Variant = Callable[[], Awaitable[Any]]
KEY = "sk_test_fake"


def _bodies() -> dict[str, bytes]:
    """One realistic envelope per route, from the fake server's synthesizer."""
    import httpx

    from trenz_async.testing import FakeTrenz

    fake = FakeTrenz(rate_limit=None)

    async def fetch() -> dict[str, bytes]:
        async with httpx.AsyncClient(
            transport=fake.transport(), base_url="http://127.0.0.1", headers={"X-API-Key": KEY}
        ) as client:
            search = await client.get(
                "/open/v1/products/search", params={"country": "us", "keyword": "lamp"}
            )
            overview = await client.post(
                "/open/v1/social/analytics/overview", json={"platforms": ["tiktok"]}
            )
            status = await client.get("/open/v1/tasks/bench-task")
        assert search.status_code == overview.status_code == 200, (search.text, overview.text)
        envelope = json.loads(search.content)
        task = {
            "data": {"task_id": "bench-task", "status": "running"},
            "request_id": "r",
            "usage": {"coin_cost": 0, "remaining_balance": 1},
        }
        del status
        return {
            "/open/v1/products/search": search.content,
            "/open/v1/social/analytics/overview": overview.content,
            "/open/v1/tasks/bench-task": json.dumps(task).encode(),
            "_items": str(len(envelope["data"]["items"])).encode(),
        }

    return anyio.run(fetch)


def _serve(port: int, bodies: dict[str, bytes], ready: Any) -> None:
    """A tiny ASGI app under uvicorn, pinned to the last core."""
    import uvicorn

    if hasattr(os, "sched_setaffinity") and os.cpu_count() and os.cpu_count() > 1:  # type: ignore[operator]
        os.sched_setaffinity(0, {os.cpu_count() - 1})  # type: ignore[operator]

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        body = bodies.get(scope["path"], b'{"code": "ROUTE_NOT_FOUND", "message": "no"}')
        status = 200 if scope["path"] in bodies else 404
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"x-ratelimit-limit", b"1000000000"),  # announced, never binding
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off")
    server = uvicorn.Server(config)
    ready.set()
    server.run()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _cpu_per_call(variant: Variant, calls: int, concurrency: int) -> float:
    """Microseconds of this process's CPU per call, for `calls` calls at `concurrency`."""
    per_worker = calls // concurrency

    async def worker() -> None:
        for _ in range(per_worker):
            await variant()

    started = time.process_time()
    async with anyio.create_task_group() as group:
        for _ in range(concurrency):
            group.start_soon(worker)
    return (time.process_time() - started) / (per_worker * concurrency) * 1e6


async def _paired_rounds(
    group: dict[str, Variant], *, calls: int, rounds: int, concurrency: int
) -> dict[str, Any]:
    """Every variant once per round, back to back; each one's ratios taken within rounds."""
    samples: dict[str, list[float]] = {label: [] for label in group}
    order = list(group.items())
    # Several calls per worker, so a round measures calls rather than start-up.
    batch = max(4 * concurrency, calls // rounds)
    for round_number in range(rounds):
        # Alternate the order, so a slow drift of the machine hits every variant alike.
        for label, variant in order if round_number % 2 else reversed(order):
            samples[label].append(await _cpu_per_call(variant, batch, concurrency))

    def ratio(label: str, base: str) -> float:
        per_round = [
            mine / theirs for mine, theirs in zip(samples[label], samples[base], strict=True)
        ]
        return round(statistics.median(per_round), 3)

    return {
        label: {
            "us_per_call": round(statistics.median(values), 1),
            "best_us_per_call": round(min(values), 1),
            "vs_bare": ratio(label, "bare httpx"),
            **(
                {"vs_no_coalescing": ratio(label, "no coalescing")}
                if "no coalescing" in group
                else {}
            ),
        }
        for label, values in samples.items()
    }


async def measure(base_url: str, *, calls: int, rounds: int) -> dict[str, Any]:
    import httpx

    import trenz_async
    from trenz_async._generated.api.data_products import products_search
    from trenz_async._generated.api.social_5_analytics import social_analytics_overview
    from trenz_async._generated.client import Client
    from trenz_async._generated.models.social_analytics_overview_body import (
        SocialAnalyticsOverviewBody,
    )

    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    bare = httpx.AsyncClient(base_url=base_url, headers={"X-API-Key": KEY}, limits=limits)
    generated = Client(base_url=base_url, headers={"X-API-Key": KEY})
    generated.set_async_httpx_client(
        httpx.AsyncClient(base_url=base_url, headers={"X-API-Key": KEY}, limits=limits)
    )

    def sdk_client(**options: Any) -> trenz_async.TrenzClient:
        return trenz_async.TrenzClient(
            api_key=KEY,
            base_url=base_url,
            rate_limit=trenz_async.RateLimit(10**9, 60.0),  # the window runs, never blocks
            http_options={"limits": limits},
            **options,
        )

    sdk = sdk_client()
    alone = sdk_client(coalesce=False)
    # One TTL for every read: your own accounts' (the POST here) are not cached by default.
    cached = sdk_client(cache=trenz_async.ReadCache(ttl=300))
    task = sdk.tasks.get("bench-task")
    numbers = itertools.count()

    def keyword() -> str:
        return f"lamp {next(numbers)}"  # never sent before: no flight to share, no cache hit

    def overview(**options: Any) -> dict[str, Any]:
        # A new account id each call: no flight to share, no cache hit.
        return {"platforms": ["tiktok"], "platform_account_ids": [next(numbers)], **options}

    async def bare_get() -> Any:
        # The same query the facade sends: its spec defaults included.
        response = await bare.get(
            "/open/v1/products/search",
            params={
                "keyword": keyword(),
                "page": 1,
                "page_size": 20,
                "sort": "gmv_7d:desc",
                "country": "us",
            },
        )
        response.raise_for_status()
        return response.json()

    async def bare_post() -> Any:
        response = await bare.post("/open/v1/social/analytics/overview", json=overview())
        response.raise_for_status()
        return response.json()

    async def bare_status() -> Any:
        response = await bare.get("/open/v1/tasks/bench-task")
        response.raise_for_status()
        return response.json()

    variants: dict[str, dict[str, Variant]] = {
        "GET": {
            "bare httpx": bare_get,
            "generated": lambda: products_search.asyncio_detailed(
                client=generated, country="us", keyword=keyword()
            ),
            "facade": lambda: sdk.products.search(country="us", keyword=keyword()),
            "no coalescing": lambda: alone.products.search(country="us", keyword=keyword()),
            "cache (misses)": lambda: cached.products.search(country="us", keyword=keyword()),
        },
        "POST": {
            "bare httpx": bare_post,
            "generated": lambda: social_analytics_overview.asyncio_detailed(
                client=generated, body=SocialAnalyticsOverviewBody.from_dict(overview())
            ),
            "facade": lambda: sdk.social_analytics.overview(**overview()),
            "no coalescing": lambda: alone.social_analytics.overview(**overview()),
            "cache (misses)": lambda: cached.social_analytics.overview(**overview()),
        },
        "poll": {"bare httpx": bare_status, "facade": task.refresh},
    }
    results: dict[str, Any] = {}
    async with bare, generated.get_async_httpx_client(), sdk, alone, cached:
        for group in variants.values():
            for variant in group.values():
                await variant()  # warm connections and first-use imports
        for name, group in variants.items():
            for concurrency in (1, 50) if name != "poll" else (1,):
                results[f"{name} c={concurrency}"] = await _paired_rounds(
                    group, calls=calls, rounds=rounds, concurrency=concurrency
                )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=3000, help="calls per variant and case")
    parser.add_argument("--rounds", type=int, default=15, help="paired rounds (>= 15 to judge)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    bodies = _bodies()
    port = _free_port()
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    server = context.Process(target=_serve, args=(port, bodies, ready), daemon=True)
    server.start()
    try:
        ready.wait(30)
        time.sleep(1.0)  # uvicorn binds just after `ready`
        if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
            os.sched_setaffinity(0, {0})
        results = anyio.run(
            lambda: measure(f"http://127.0.0.1:{port}", calls=args.calls, rounds=args.rounds)
        )
    finally:
        server.terminate()
        server.join(5)
    load = {"start": _rounded(load_before), "end": _rounded(os.getloadavg())}
    if args.json:
        print(json.dumps({**results, "load_average": load}))
        return 0
    print(
        f"client CPU per call, {args.rounds} paired rounds ({args.calls} calls); ratios are "
        "the median of the per-round ratios"
    )
    print(f"load average (1, 5, 15 min): {load['start']} at the start, {load['end']} at the end")
    print(
        f"{'case':<12} {'variant':<15} {'median us':>10} {'best us':>9} {'vs bare':>8} "
        f"{'vs no coalescing':>17}"
    )
    for case, variants in results.items():
        for label, figures in variants.items():
            versus = figures.get("vs_no_coalescing")
            print(
                f"{case:<12} {label:<15} {figures['us_per_call']:>10} "
                f"{figures['best_us_per_call']:>9} {figures['vs_bare']:>7}x "
                f"{'' if versus is None else f'{versus}x':>17}"
            )
    return 0


def _rounded(load: tuple[float, float, float]) -> list[float]:
    return [round(value, 2) for value in load]


if __name__ == "__main__":
    sys.exit(main())

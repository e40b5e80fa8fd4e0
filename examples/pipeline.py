"""A small trend-research pipeline: search products, pick top videos, analyse them.

By default it runs against an embedded fake Trenz server (no key, no coins):

    python examples/pipeline.py

Against the real API it needs a key and a budget, and refuses to start without one:

    TRENZ_API_KEY=sk_live_... python examples/pipeline.py --live --max-coins 5000

Stages (each accounted separately with `client.with_options(scope=...)`):
1. search: products in three countries, concurrently, two pages each (paginate);
2. videos: the most viewed videos of each country;
3. analysis: one async content-analysis job per video, waited for with a progress bar.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import AsyncIterator
from typing import Any

import anyio

import trenz_async
from trenz_async import TrenzClient, UsageScope, progress_bar

COUNTRIES = ("us", "gb", "de")
PRODUCTS_PER_COUNTRY = 40
VIDEOS_PER_COUNTRY = 2


@contextlib.asynccontextmanager
async def open_client(args: argparse.Namespace) -> AsyncIterator[TrenzClient]:
    """A client for the real API (`--live`) or for an embedded fake server."""
    if args.live:
        async with TrenzClient(max_coins=args.max_coins) as client:
            yield client
        return
    from trenz_async.testing import TEST_API_KEY, FakeTrenz

    fake = FakeTrenz(seed=7, job_duration=1.0, job_failure_ratio=0.15)
    async with fake.serve() as base_url:
        poll = trenz_async.PollPolicy(initial=0.3, maximum=1.0)
        async with TrenzClient(
            api_key=TEST_API_KEY, base_url=base_url, poll=poll, max_coins=args.max_coins
        ) as client:
            yield client


async def search_products(client: TrenzClient) -> dict[str, list[Any]]:
    """Stage 1: page through product search in every country at once."""
    found: dict[str, list[Any]] = {}

    async def one_country(country: str) -> None:
        found[country] = [
            product
            async for product in client.paginate(
                "products.search", country=country, page_size=20, max_items=PRODUCTS_PER_COUNTRY
            )
        ]

    async with anyio.create_task_group() as group:
        for country in COUNTRIES:
            group.start_soon(one_country, country)
    return found


async def top_videos(client: TrenzClient) -> list[tuple[str, dict[str, Any]]]:
    """Stage 2: the most viewed videos of each country."""
    picked: list[tuple[str, dict[str, Any]]] = []
    for country in COUNTRIES:
        page = await client.videos.search(
            country=country, sort="views:desc", page_size=VIDEOS_PER_COUNTRY
        )
        picked += [(country, item.to_dict()) for item in page.data.items or []]
    return picked


async def analyse(
    client: TrenzClient, videos: list[tuple[str, dict[str, Any]]]
) -> list[tuple[str, str, Any]]:
    """Stage 3: submit one analysis job per video and wait for all of them."""
    tasks = {}
    for country, video in videos:
        video_id = str(video.get("video_id") or video.get("id"))
        task = await client.ai_analysis.video_content_analysis(video_id=video_id)
        tasks[task] = (country, video_id)
    rows = []
    with progress_bar("analysing videos") as progress:
        async for task in client.tasks.as_completed(tasks, timeout=120, progress=progress):
            country, video_id = tasks[task]
            try:
                result = await task.wait()
                rows.append((country, video_id, (result or {}).get("summary", "(no summary)")))
            except trenz_async.TaskFailedError as exc:
                rows.append((country, video_id, f"FAILED (refunded): {exc.error_message}"))
    return rows


def print_report(
    products: dict[str, list[Any]], rows: list[tuple[str, str, Any]], stages: list[UsageScope]
) -> None:
    """A results table and the coins each stage spent."""
    print()
    print(
        "products found: "
        + ", ".join(f"{country}={len(items)}" for country, items in products.items())
    )
    print()
    print(f"{'country':8} {'video':22} analysis")
    for country, video_id, summary in rows:
        print(f"{country:8} {video_id:22} {str(summary)[:60]}")
    print()
    print(f"{'stage':10} {'calls':>6} {'spent':>8} {'held':>6}")
    for stage in stages:
        snap = stage.snapshot()
        print(f"{stage.name:10} {snap.calls:>6} {snap.coins_spent:>8} {snap.coins_held:>6}")


async def main(args: argparse.Namespace) -> None:
    async with open_client(args) as client:
        search = client.with_options(scope="search")
        products = await search_products(search)
        videos_stage = client.with_options(scope="videos")
        videos = await top_videos(videos_stage)
        analysis = client.with_options(scope="analysis")
        rows = await analyse(analysis, videos)
        stages = [stage.scope for stage in (search, videos_stage, analysis) if stage.scope]
        print_report(products, rows, stages)
        total = client.usage.snapshot()
        # Task polls are free and belong to no stage (one scheduler polls for all waiters).
        polls = total.calls - sum(stage.snapshot().calls for stage in stages)
        print(f"{'polls':10} {polls:>6} {0:>8} {0:>6}")
        print(f"{'total':10} {total.calls:>6} {total.coins_spent:>8} {total.coins_held:>6}")
        print(f"remaining balance: {total.remaining_balance}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--live", action="store_true", help="call the real Trenz API (needs TRENZ_API_KEY)"
    )
    parser.add_argument("--max-coins", type=int, default=None, help="budget; required with --live")
    args = parser.parse_args(argv)
    if args.live:
        if not os.environ.get("TRENZ_API_KEY"):
            parser.error("--live needs TRENZ_API_KEY in the environment")
        if args.max_coins is None:
            parser.error("--live spends real coins: give a budget with --max-coins")
    return args


if __name__ == "__main__":
    try:
        anyio.run(main, parse_args())
    except trenz_async.BudgetExceededError as exc:
        sys.exit(f"stopped before overspending: {exc}")

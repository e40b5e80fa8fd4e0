"""Every Python example of README.md, for a user's `mypy --strict` against the built wheel.

`test_user_types.py` checks that each README block appears here verbatim (indented into a
function giving it the names it uses but does not define), that nothing else is here, and
type-checks this file in a clean virtual environment holding only the wheel. Never run.
"""

import asyncio

import trenz_async


async def main() -> None:
    async with trenz_async.TrenzClient() as client:  # key from $TRENZ_API_KEY
        page = await client.products.search(country="us", keyword="lamp", page_size=20)
        print(page.data.total_count, page.request_id, page.usage.coin_cost)  # typed envelope
        task = await client.ai_analysis.video_content_analysis(video_id="7301")  # a Task
        try:
            analysis = await task.wait(timeout=600)  # polled for you; the job's result
            print(analysis)
        except trenz_async.TaskFailedError as exc:  # refunded by Trenz
            print("job", exc.task_id, "failed:", exc.error_message)
        except trenz_async.RateLimitError as exc:
            print("slow down for", exc.retry_after, "s")
    print(client.usage.snapshot())  # calls, coins, balance


asyncio.run(main())


async def paying_once() -> None:
    # Fragment: inside an async function.
    async with trenz_async.TrenzClient(cache=trenz_async.ReadCache()) as client:
        pages = await asyncio.gather(*(client.products.search(country="us") for _ in range(10)))
        again = await client.products.search(country="us", page=1)  # page 1 is the default
        fresh = await client.call("products.search", country="us", cache=False)
        snap = client.usage.snapshot()
        print(snap.calls, snap.calls_coalesced, snap.cache_hits, snap.coins_saved)  # 2 9 1 50


async def scaling_out() -> None:
    # Fragment: inside an async function.
    coordinator = trenz_async.RedisCoordinator("redis://redis.internal:6379/0", namespace="catalog")

    async with trenz_async.TrenzClient(coordinator=coordinator, max_coins=100_000) as client:
        task = await client.ai_analysis.video_content_analysis(video_id="7301")
        print(await task.wait(), await client.usage.fleet_snapshot())


async def aiohttp_transport() -> None:
    # Fragment: inside an async function.
    async with (
        trenz_async.AioHttpClient() as http,
        trenz_async.TrenzClient(http_client=http, max_in_flight=200) as client,
    ):
        page = await client.products.search(country="us", keyword="lamp")

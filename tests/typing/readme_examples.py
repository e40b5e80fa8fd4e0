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


async def waiting_for_jobs(client: trenz_async.TrenzClient, video_ids: list[str]) -> None:
    tasks = [await client.ai_analysis.video_scripts_breakdown(video_id=v) for v in video_ids]
    async for task in client.tasks.as_completed(tasks, timeout=1800):
        try:
            print(task.id, await task.wait())  # returns at once: the task is done
        except trenz_async.TaskFailedError as exc:
            print(task.id, "refunded:", exc.error_message)
    results = await client.tasks.wait_all(tasks, return_exceptions=True)  # gather-style


async def leaving_early(client: trenz_async.TrenzClient, tasks: list[trenz_async.Task[object]]) -> None:
    import contextlib

    async with contextlib.aclosing(client.tasks.as_completed(tasks, timeout=1800)) as finished:
        async for task in finished:
            if task.failed:
                break  # the tasks left stop being polled now, not when the generator is collected


async def budgets() -> None:
    async with trenz_async.TrenzClient(max_coins=20_000) as client:
        client.estimate("ai_video.sd_pro_generate", prompt="...", duration=10, resolution="480p")  # 600
        stage = client.with_options(scope="enrich")  # its calls count in scope "enrich" too
        await stage.products.search(country="us")
        assert stage.scope is not None
        print(stage.scope.snapshot().coins_spent, client.usage.snapshot())


async def crash_recovery() -> None:
    async with trenz_async.TrenzClient(journal="jobs.jsonl") as client:
        for task in await client.tasks.pending():  # created, id known: wait, never resubmit
            print(task.id, task.params, await task.wait())
        for submission in await client.tasks.unconfirmed():  # sent, no answer: maybe created
            # Look in your Trenz task list for a job with these parameters, then say what you found
            # (None: it does not exist); a found job comes back as a Task to wait on.
            await client.tasks.resolve(submission.id, task_id=None)


async def pagination(client: trenz_async.TrenzClient) -> None:
    page = await client.products.search(country="us", page_size=20)  # one call: the first page
    print(page.data.total_count)
    async for product in client.products.search(country="us"):  # every item, page after page
        print(product["title"])  # a trenz_async.models.ProductsSearchItem
    comments = client.social_comments.query(platform_account_id=1, platform_video_id="v")
    async for envelope in comments.pages():  # each page's envelope
        print(envelope.request_id, envelope.usage.coin_cost)
    async for item in client.paginate("products.search", country="us", max_items=200):
        print(item["title"])  # by id, accessor or typed method: for pipelines configured by data


async def pagers_and_coins(client: trenz_async.TrenzClient) -> None:
    search = client.material_search.search(query="desk lamp")  # an AI search: a dear page
    try:
        async for item in search:  # given no limit: at most 1,000 coins
            print(item)
    except trenz_async.PaginationLimitError as stopped:
        print(f"{stopped.pages_fetched} pages, {stopped.coins_spent} coins; more would pass")
    async for item in search.items(max_coins=5_000):  # or max_items=, max_pages=, None
        print(item)


async def per_request_options(client: trenz_async.TrenzClient) -> None:
    try:
        page = await client.products.search(
            country="us",
            timeout=5.0,  # this request's timeout: seconds, or an httpx.Timeout
            max_retries=0,  # instead of the client's 3
            extra_headers={"X-Trace-Id": "nightly-42"},
            extra_query={"region": "eu"},  # sent as given, after the typed parameters
        )
        print(page.usage.coin_cost)
    except trenz_async.APITimeoutError:
        print("no answer within 5 s")


async def raw_responses(client: trenz_async.TrenzClient) -> None:
    raw = await client.products.with_raw_response.search(country="us")
    print(raw.status_code, raw.headers["X-RateLimit-Limit"], raw.request_id, raw.elapsed)
    first_page = raw.parse()  # what awaiting client.products.search(country="us") gives
    print(first_page.usage.coin_cost)


def models() -> None:
    from trenz_async.models import ProductsSearchItem, ProductsSearchResponse


    def titles(page: ProductsSearchResponse) -> list[str]:
        items: list[ProductsSearchItem] = page.data.items or []  # optional fields may be Unset
        return [str(item["title"]) for item in items]


async def scaling_out() -> None:
    coordinator = trenz_async.RedisCoordinator("redis://redis.internal:6379/0", namespace="catalog")

    async with trenz_async.TrenzClient(coordinator=coordinator, max_coins=100_000) as client:
        task = await client.ai_analysis.video_content_analysis(video_id="7301")
        print(await task.wait(), await client.usage.fleet_snapshot())

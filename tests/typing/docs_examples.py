"""Every Python example of the guides (docs/*.md) not already in README.md, for a user's
`mypy --strict` against the built wheel, as `readme_examples.py` holds the README's.

`test_user_types.py` checks that each guide block appears here verbatim (indented into a
function giving it the names it uses but does not define), that nothing else is here, and
type-checks this file in a clean virtual environment holding only the wheel. Never run.
"""

import trenz_async


async def budgets() -> None:
    # Fragment: inside an async function.
    async with trenz_async.TrenzClient(max_coins=20_000) as client:
        client.estimate("ai_video.sd_pro_generate", prompt="...", duration=10, resolution="480p")  # 600
        stage = client.with_options(scope="enrich")  # its calls count in scope "enrich" too
        await stage.products.search(country="us")
        assert stage.scope is not None
        print(stage.scope.snapshot().coins_spent, client.usage.snapshot())


async def pagers_and_coins(client: trenz_async.TrenzClient) -> None:
    # Fragment: inside an async function, with a client.
    search = client.material_search.search(query="desk lamp")  # an AI search: a dear page
    try:
        async for item in search:  # given no limit: at most 1,000 coins
            print(item)
    except trenz_async.PaginationLimitError as stopped:
        print(f"{stopped.pages_fetched} pages, {stopped.coins_spent} coins; more would pass")
    async for item in search.items(max_coins=5_000):  # or max_items=, max_pages=, None
        print(item)


async def per_request_options(client: trenz_async.TrenzClient) -> None:
    # Fragment: inside an async function, with a client.
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
    # Fragment: inside an async function, with a client.
    raw = await client.products.with_raw_response.search(country="us")
    print(raw.status_code, raw.headers["X-RateLimit-Limit"], raw.request_id, raw.elapsed)
    first_page = raw.parse()  # what awaiting client.products.search(country="us") gives
    print(first_page.usage.coin_cost)


async def pagination(client: trenz_async.TrenzClient) -> None:
    # Fragment: inside an async function, with a client.
    page = await client.products.search(country="us", page_size=20)  # one call: the first page
    print(page.data.total_count)
    async for product in client.products.search(country="us"):  # every item, page after page
        print(product["title"])  # a trenz_async.models.ProductsSearchItem
    comments = client.social_comments.query(platform_account_id=1, platform_video_id="v")
    async for envelope in comments.pages():  # each page's envelope
        print(envelope.request_id, envelope.usage.coin_cost)
    async for item in client.paginate("products.search", country="us", max_items=200):
        print(item["title"])  # by id, accessor or typed method: for pipelines configured by data


def models() -> None:
    # Fragment: a helper of your own, typed with the models.
    from trenz_async.models import ProductsSearchItem, ProductsSearchResponse


    def titles(page: ProductsSearchResponse) -> list[str]:
        items: list[ProductsSearchItem] = page.data.items or []  # optional fields may be Unset
        return [str(item["title"]) for item in items]


async def waiting_for_jobs(client: trenz_async.TrenzClient, video_ids: list[str]) -> None:
    # Fragment: inside an async function, with a client and a list of video ids.
    tasks = [await client.ai_analysis.video_scripts_breakdown(video_id=v) for v in video_ids]
    async for task in client.tasks.as_completed(tasks, timeout=1800):
        try:
            print(task.id, await task.wait())  # returns at once: the task is done
        except trenz_async.TaskFailedError as exc:
            print(task.id, "refunded:", exc.error_message)
    results = await client.tasks.wait_all(tasks, return_exceptions=True)  # gather-style


async def leaving_early(client: trenz_async.TrenzClient, tasks: list[trenz_async.Task[object]]) -> None:
    # Fragment: inside an async function, with a client and a list of tasks.
    import contextlib

    async with contextlib.aclosing(client.tasks.as_completed(tasks, timeout=1800)) as finished:
        async for task in finished:
            if task.failed:
                break  # the tasks left stop being polled now, not when the generator is collected


async def crash_recovery() -> None:
    # Fragment: inside an async function.
    async with trenz_async.TrenzClient(journal="jobs.jsonl") as client:
        for task in await client.tasks.pending():  # created, id known: wait, never resubmit
            print(task.id, task.params, await task.wait())
        for submission in await client.tasks.unconfirmed():  # sent, no answer: maybe created
            # Look in your Trenz task list for a job with these parameters, then say what you found
            # (None: it does not exist); a found job comes back as a Task to wait on.
            await client.tasks.resolve(submission.id, task_id=None)


async def calling_by_name(client: trenz_async.TrenzClient) -> None:
    # Fragment: inside an async function, with a client.
    page = await client.call("trenz-products-search", country="us")  # same as client.products.search
    info = trenz_async.OPERATIONS["trenz-products-search"]
    print(info.accessor, info.method, info.path, info.coin_cost, info.billing_mode, info.pagination)
    print([param.python_name for param in info.params if param.required])  # ['country']


async def read_cache_settings() -> None:
    # Fragment: inside an async function.
    cache = trenz_async.ReadCache(
        ttl={"products.detail": 3600, "social_analytics": 300, "*": 60},
        max_entries=50_000,
        max_bytes=256 * 1024 * 1024,
    )
    async with trenz_async.TrenzClient(cache=cache) as client:
        uncached = client.with_options(cache=None)  # this copy neither reads nor fills it
        await uncached.sellers.detail(country="us", id="7495")
        print(cache.ttl_for("sellers.detail"), cache.statistics())  # 60.0 CacheStatistics(...)

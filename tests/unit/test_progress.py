"""Progress reports for waits on many tasks, and the ready-made bar."""

from __future__ import annotations

import io

import httpx
import pytest
import respx

from trenz_async import PollPolicy, Progress, TrenzClient, progress_bar

from .helpers import API_KEY, BASE_URL, envelope

pytestmark = pytest.mark.anyio

SUBMIT = f"{BASE_URL}/open/v1/ai/videos/content-analysis"


def _status(request: httpx.Request) -> httpx.Response:
    task_id = request.url.path.rsplit("/", 1)[1]
    status = "refunded" if task_id.endswith("0") else "completed"
    data = {"task_id": task_id, "status": status, "result": {"ok": True}, "error_message": "boom"}
    return httpx.Response(200, json=envelope(data=data, coins=0))


async def test_as_completed_reports_progress_after_each_task() -> None:
    """The callback sees 0/N first, then each finished task with failures and coins."""
    seen: list[Progress] = []
    ids = iter(f"t{index}" for index in range(1, 5))
    with respx.mock() as router:
        router.post(SUBMIT).mock(
            side_effect=lambda request: httpx.Response(
                200, json=envelope(data={"task_id": next(ids)}, coins=1000)
            )
        )
        router.get(url__startswith=f"{BASE_URL}/open/v1/tasks/").mock(side_effect=_status)
        async with TrenzClient(
            api_key=API_KEY, base_url=BASE_URL, poll=PollPolicy(initial=0.0, maximum=0.01)
        ) as client:
            tasks = [
                await client.ai_analysis.video_content_analysis(video_id="v") for _ in range(3)
            ]
            tasks.append(client.tasks.get("t10"))
            await client.tasks.wait_all(tasks, return_exceptions=True, progress=seen.append)
    assert [(update.done, update.total) for update in seen] == [
        (0, 4),
        (1, 4),
        (2, 4),
        (3, 4),
        (4, 4),
    ]
    assert seen[-1].failed == 1
    assert seen[0].coins_held == 3000
    assert (seen[-1].coins_spent, seen[-1].coins_held) == (3000, 0)


def test_progress_bar_draws_updates() -> None:
    """progress_bar() yields a callback that renders done/total and coins."""
    out = io.StringIO()
    with progress_bar("jobs", file=out) as update:
        update(Progress(done=2, failed=1, total=5, coins_spent=20, coins_held=10))
    assert "2/5" in out.getvalue()
    assert "20 coins spent" in out.getvalue()


async def test_progress_counts_the_batchs_coins_not_the_clients() -> None:
    """Coins in a Progress are the waited tasks' own, whatever else the client spent."""
    seen: list[Progress] = []
    with respx.mock() as router:
        router.post(SUBMIT).respond(200, json=envelope(data={"task_id": "t1"}, coins=1000))
        router.get(url__startswith=f"{BASE_URL}/open/v1/products/search").respond(
            200, json=envelope(data={"items": []}, coins=5)
        )
        router.get(url__startswith=f"{BASE_URL}/open/v1/tasks/").mock(side_effect=_status)
        async with TrenzClient(
            api_key=API_KEY, base_url=BASE_URL, poll=PollPolicy(initial=0.0, maximum=0.01)
        ) as client:
            await client.products.search(country="us")  # spent outside the batch
            task = await client.ai_analysis.video_content_analysis(video_id="v")
            await client.tasks.wait_all([task], progress=seen.append)
            assert client.usage.snapshot().coins_spent == 1005
    assert (seen[-1].coins_spent, seen[-1].coins_held) == (1000, 0)

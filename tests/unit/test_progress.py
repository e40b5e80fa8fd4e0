"""Progress reports for waits on many tasks, and the ready-made bar."""

from __future__ import annotations

import io

import httpx
import pytest
import respx

from trenz_async import PollPolicy, Progress, TrenzClient, progress_bar

from .helpers import (
    API_KEY,
    BASE_URL,
    cheap_read,
    envelope,
    job,
    minimal_arguments,
    task_status_url,
    typed,
    url_of,
)

pytestmark = pytest.mark.anyio

JOB = job()
SEARCH = cheap_read()
SUBMIT = url_of(JOB)
STATUS = task_status_url("")


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
                200, json=envelope(JOB, {str(JOB.job_id_field): next(ids)})
            )
        )
        router.get(url__startswith=STATUS).mock(side_effect=_status)
        async with TrenzClient(
            api_key=API_KEY, base_url=BASE_URL, poll=PollPolicy(initial=0.0, maximum=0.01)
        ) as client:
            tasks = [await typed(client, JOB)(**minimal_arguments(JOB)) for _ in range(3)]
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
    assert seen[0].coins_held == 3 * JOB.coin_cost
    assert (seen[-1].coins_spent, seen[-1].coins_held) == (3 * JOB.coin_cost, 0)


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
        router.post(SUBMIT).respond(200, json=envelope(JOB, {str(JOB.job_id_field): "t1"}))
        router.get(url__startswith=url_of(SEARCH)).respond(200, json=envelope(SEARCH))
        router.get(url__startswith=STATUS).mock(side_effect=_status)
        async with TrenzClient(
            api_key=API_KEY, base_url=BASE_URL, poll=PollPolicy(initial=0.0, maximum=0.01)
        ) as client:
            await typed(client, SEARCH)(**minimal_arguments(SEARCH))  # spent outside the batch
            task = await typed(client, JOB)(**minimal_arguments(JOB))
            await client.tasks.wait_all([task], progress=seen.append)
            assert client.usage.snapshot().coins_spent == SEARCH.coin_cost + JOB.coin_cost
    assert (seen[-1].coins_spent, seen[-1].coins_held) == (JOB.coin_cost, 0)


async def test_a_task_finished_before_the_wait_holds_nothing() -> None:
    """A task already finished when the wait starts (a journal's job, refreshed first) was
    never held by the wait: held starts without it and never goes negative."""
    seen: list[Progress] = []
    ids = iter(["t1", "t2"])
    with respx.mock() as router:
        router.post(SUBMIT).mock(
            side_effect=lambda request: httpx.Response(
                200, json=envelope(JOB, {str(JOB.job_id_field): next(ids)})
            )
        )
        router.get(url__startswith=STATUS).mock(side_effect=_status)
        async with TrenzClient(
            api_key=API_KEY, base_url=BASE_URL, poll=PollPolicy(initial=0.0, maximum=0.01)
        ) as client:
            finished = await typed(client, JOB)(**minimal_arguments(JOB))
            running = await typed(client, JOB)(**minimal_arguments(JOB))
            await finished.refresh()
            assert finished.done
            await client.tasks.wait_all([finished, running], progress=seen.append)
    # The finished task comes out first, releasing nothing; the running one then settles.
    assert [update.coins_held for update in seen] == [JOB.coin_cost, JOB.coin_cost, 0]
    assert (seen[-1].coins_spent, seen[-1].coins_held) == (2 * JOB.coin_cost, 0)

"""Async jobs: `Task`, waiting (one, many, cancelled, timed out), resume from the journal."""

from __future__ import annotations

import json
import logging
import re
import time
from collections import Counter, deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import respx

from trenz_async import (
    OPERATIONS,
    AuthenticationError,
    BadRequestError,
    InvalidParameterError,
    JournalError,
    OperationInfo,
    OutcomeUnknownError,
    PermissionDeniedError,
    PollPolicy,
    RateLimit,
    RetryPolicy,
    Task,
    TaskFailedError,
    TaskNotFoundError,
    TaskTimeoutError,
    TrenzClient,
)

from .helpers import BASE_URL, envelope, error_body, job, minimal_arguments, task_status_url
from .helpers import make_client as client

pytestmark = pytest.mark.anyio

JOBS = sorted(
    (op for op in OPERATIONS.values() if op.is_async and not op.deprecated),
    key=lambda op: op.operation_id,
)
JOB = job("task_id")  # a job answering data.task_id
OTHER_JOB = job("job_id")  # a job answering data.job_id
FAST = PollPolicy(initial=0.0, maximum=0.0, jitter=0.0)
SLOW_ENOUGH = PollPolicy(initial=0.01, maximum=0.02, jitter=0.0)
NO_RETRY = RetryPolicy(max_retries=0)
STATUS_URL = re.compile("^" + re.escape(task_status_url("")) + "(?P<task_id>[^/?]+)$")


class JobServer:
    """Async jobs served through respx: each job answers a planned status sequence.

    A job answers `plan[i]` to its i-th poll and repeats the last status after that;
    the coins a submission reports are charged at completion and refunded on failure,
    like the real API, so tests can compare the client's ledger with `charged`.
    """

    def __init__(
        self, router: respx.MockRouter, *, plan: Sequence[str] = ("running", "completed")
    ) -> None:
        self.default_plan = list(plan)
        self.plans: dict[str, list[str]] = {}
        self.polls: Counter[str] = Counter()
        self.after_terminal: Counter[str] = Counter()
        self.costs: dict[str, int] = {}
        self.charged = 0
        self.submitted: list[str] = []
        self.changed = anyio.Event()
        self._ids = iter(range(1, 1_000_000))
        router.get(url__regex=STATUS_URL).mock(side_effect=self.status)
        self._router = router

    def accept(self, info: OperationInfo, *, coins: int | None = None) -> respx.Route:
        """Serve submissions of `info`, reporting `coins` (default: its x-coin-cost)."""
        cost = info.coin_cost if coins is None else coins

        def submit(request: httpx.Request) -> httpx.Response:
            job_id = f"{info.job_id_field}-{next(self._ids)}"
            self.submitted.append(job_id)
            self.costs[job_id] = cost
            self.plans.setdefault(job_id, list(self.default_plan))
            return httpx.Response(200, json=envelope(info, {info.job_id_field: job_id}, coins=cost))

        return self._router.route(method=info.method, url=f"{BASE_URL}{info.path}").mock(
            side_effect=submit
        )

    def status(self, request: httpx.Request, task_id: str) -> httpx.Response:
        plan = self.plans.get(task_id)
        if plan is None:
            return httpx.Response(404, json=error_body("TASK_NOT_FOUND"))
        index = self.polls[task_id]
        self.polls[task_id] += 1
        if index >= len(plan):
            self.after_terminal[task_id] += 1
        status = plan[min(index, len(plan) - 1)]
        data: dict[str, Any] = {"task_id": task_id, "status": status}
        if status in ("completed", "success"):
            data["result"] = {"url": f"https://cdn.test/{task_id}.mp4"}
            if index == len(plan) - 1:
                self.charged += self.costs.get(task_id, 0)
        elif status in ("refunded", "failed"):
            data["error_message"] = f"{task_id} could not be rendered"
        self.changed.set()
        self.changed = anyio.Event()
        return httpx.Response(200, json=envelope(data=data, coins=0))


async def submit(trenz: TrenzClient, info: OperationInfo = JOB) -> Task:
    task = await trenz.call(info.operation_id, **minimal_arguments(info))
    assert isinstance(task, Task)
    return task


# ----------------------------------------------------------------- vocabularies


@pytest.mark.parametrize(
    "plan",
    [
        ("completed",),
        ("success",),
        ("pending", "completed"),
        ("pending", "running", "running", "success"),
    ],
)
async def test_wait_returns_the_result_after_in_progress_statuses(
    router: respx.MockRouter, plan: tuple[str, ...]
) -> None:
    """pending/running keep waiting; completed and success end the wait with `result`."""
    jobs = JobServer(router, plan=plan)
    jobs.accept(JOB)
    async with client() as trenz:
        task = await submit(trenz)
        result = await task.wait(timeout=5)
    assert result == {"url": f"https://cdn.test/{task.id}.mp4"}
    assert task.done
    assert task.status == plan[-1]
    assert jobs.polls[task.id] == len(plan)  # every in-progress answer polled, none after


@pytest.mark.parametrize("final", ["refunded", "failed"])
async def test_failed_vocabularies_raise_task_failed_error(
    router: respx.MockRouter, final: str
) -> None:
    """refunded and failed raise TaskFailedError with error_message, task id and operation."""
    jobs = JobServer(router, plan=("running", final))
    jobs.accept(JOB)
    async with client() as trenz:
        task = await submit(trenz)
        with pytest.raises(TaskFailedError) as caught:
            await task.wait(timeout=5)
        with pytest.raises(TaskFailedError):
            await task.wait()  # a finished task answers again without polling
    error = caught.value
    assert error.task_id == task.id
    assert error.operation_id == JOB.operation_id
    assert error.status == final
    assert error.error_message == f"{task.id} could not be rendered"
    assert jobs.polls[task.id] == 2


async def test_unknown_status_counts_as_running_and_warns_once_per_task(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """An unknown status keeps the task waiting and logs exactly one warning per task."""
    jobs = JobServer(router, plan=("queued_on_gpu", "queued_on_gpu", "rendering", "completed"))
    jobs.accept(JOB)
    caplog.set_level(logging.WARNING, logger="trenz_async")
    async with client() as trenz:
        first, second = await submit(trenz), await submit(trenz)
        await trenz.tasks.wait_all([first, second], timeout=5)
    warnings = [record for record in caplog.records if "unknown status" in record.getMessage()]
    assert sorted(record.getMessage().split()[1] for record in warnings) == sorted(
        [first.id, second.id]
    )
    assert all(
        record.name == "trenz_async" and record.levelno == logging.WARNING for record in warnings
    )
    assert jobs.polls[first.id] == jobs.polls[second.id] == 4


async def test_a_task_the_server_does_not_know_ends_the_wait(router: respx.MockRouter) -> None:
    """A 404 TASK_NOT_FOUND on a poll ends the wait with TaskNotFoundError, not a hang."""
    JobServer(router)
    async with client() as trenz:
        task = trenz.tasks.get("never-submitted")
        with pytest.raises(TaskNotFoundError):
            await task.wait(timeout=5)
        assert trenz.tasks.statistics().watching == 0


async def test_a_failing_poll_is_retried_later_instead_of_ending_the_wait(
    router: respx.MockRouter,
) -> None:
    """A 5xx on a poll (after the transport's retries) only delays the next poll."""
    answers = iter([httpx.Response(503, json=error_body("BACKEND_UNAVAILABLE"))] * 2)

    def flaky(request: httpx.Request, task_id: str) -> httpx.Response:
        return next(answers, None) or httpx.Response(
            200,
            json=envelope(data={"task_id": task_id, "status": "completed", "result": {"ok": 1}}),
        )

    router.get(url__regex=STATUS_URL).mock(side_effect=flaky)
    async with client() as trenz:
        assert await trenz.tasks.get("t-1").wait(timeout=5) == {"ok": 1}


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (401, "AUTH_KEY_REVOKED", AuthenticationError),
        (403, "FORBIDDEN_SCOPE", PermissionDeniedError),
        (400, "INVALID_PARAM", BadRequestError),
    ],
)
async def test_a_permanent_error_while_polling_ends_the_wait_with_it(
    router: respx.MockRouter, status: int, code: str, error: type[Exception]
) -> None:
    """A revoked key (401), a 403 or a 400 on a poll ends the wait with that error, not a timeout."""
    answers = [httpx.Response(200, json=envelope(data={"task_id": "t-1", "status": "running"}))]
    answers += [httpx.Response(status, json=error_body(code))] * 10
    route = router.get(url__regex=STATUS_URL).mock(side_effect=answers)
    async with client(poll=SLOW_ENOUGH) as trenz:
        task = trenz.tasks.get("t-1")
        with anyio.fail_after(10), pytest.raises(error):
            await task.wait(timeout=3600)
        assert not task.done  # the job itself may still be running
        assert trenz.tasks.statistics().watching == 0
    assert route.call_count == 2  # one poll saw the error; nobody polled again


async def test_task_not_found_is_polled_again_within_the_grace(router: respx.MockRouter) -> None:
    """Right after submission a TASK_NOT_FOUND means the server lags: polling goes on."""
    answers = [httpx.Response(404, json=error_body("TASK_NOT_FOUND"))] * 2
    answers += [
        httpx.Response(
            200, json=envelope(data={"task_id": "job_id-1", "status": "completed", "result": 7})
        )
    ]
    router.get(url__regex=STATUS_URL).mock(side_effect=answers)
    router.route(method=OTHER_JOB.method, url=f"{BASE_URL}{OTHER_JOB.path}").respond(
        200, json=envelope(OTHER_JOB, {str(OTHER_JOB.job_id_field): "job_id-1"})
    )
    async with client(poll=PollPolicy(initial=0.0, maximum=0.0, not_found_grace=60.0)) as trenz:
        task = await submit(trenz, OTHER_JOB)
        assert await task.wait(timeout=5) == 7


async def test_task_not_found_after_the_grace_ends_the_task(router: respx.MockRouter) -> None:
    """Once the grace after submission has passed, TASK_NOT_FOUND ends the task."""
    router.get(url__regex=STATUS_URL).respond(404, json=error_body("TASK_NOT_FOUND"))
    async with client(poll=PollPolicy(initial=0.0, maximum=0.0, not_found_grace=0.0)) as trenz:
        task = trenz.tasks.get("gone")
        task.submitted_at = 0.0  # long ago
        with pytest.raises(TaskNotFoundError):
            await task.wait(timeout=5)
        assert task.done
        assert task.failed


async def test_an_id_that_would_change_the_path_is_refused(router: respx.MockRouter) -> None:
    """tasks.get() refuses an unsafe id; a job answered with one fails its wait without polling."""
    jobs = JobServer(router)
    router.route(method=JOB.method, url=f"{BASE_URL}{JOB.path}").respond(
        200, json=envelope(JOB, {str(JOB.job_id_field): "../../admin"})
    )
    async with client() as trenz:
        with pytest.raises(InvalidParameterError):
            trenz.tasks.get("a/b")
        task = await submit(trenz)
        with pytest.raises(InvalidParameterError):
            await task.wait(timeout=5)
    assert not jobs.polls


# ----------------------------------------------------------------- the 18 jobs


@pytest.mark.parametrize("info", JOBS, ids=[op.operation_id for op in JOBS])
@pytest.mark.parametrize("final", ["completed", "refunded"])
async def test_every_job_returns_a_task_and_holds_then_settles_its_coins(
    router: respx.MockRouter, info: OperationInfo, final: str
) -> None:
    """Each async job yields a Task with the id from its registry field; coins are held, then settled or released."""
    arguments = minimal_arguments(info)
    other = "task_id" if info.job_id_field == "job_id" else "job_id"
    decoy = {info.job_id_field: "the-right-id", other: "a-decoy"}
    route = router.route(method=info.method, url=f"{BASE_URL}{info.path}").respond(
        200, json=envelope(info, decoy, coins=info.coin_cost)
    )
    router.get(task_status_url("the-right-id")).respond(
        200,
        json=envelope(
            data={"task_id": "the-right-id", "status": final, "result": {}, "error_message": "no"}
        ),
    )
    async with client() as trenz:
        resource, method = info.accessor.split(".")
        task = await getattr(getattr(trenz, resource), method)(**arguments)
        assert isinstance(task, Task)
        assert route.call_count == 1
        assert (task.id, task.operation_id) == ("the-right-id", info.operation_id)
        assert task.estimated_coins == trenz.estimate(info.operation_id, **arguments)
        assert task.submitted_at is not None
        held = trenz.usage.snapshot()
        assert (held.coins_held, held.coins_spent) == (info.coin_cost, 0)
        if final == "completed":
            await task.wait(timeout=5)
        else:
            with pytest.raises(TaskFailedError):
                await task.wait(timeout=5)
        after = trenz.usage.snapshot()
    assert after.coins_held == 0
    assert after.coins_spent == (info.coin_cost if final == "completed" else 0)
    assert after.by_operation[info.operation_id].calls == 1


async def test_a_submission_that_reports_no_cost_is_held_at_its_estimate(
    router: respx.MockRouter,
) -> None:
    """A job whose submission reports coin_cost 0 is still held (at the estimate) until it settles."""
    jobs = JobServer(router, plan=("completed",))
    jobs.accept(JOB, coins=0)
    async with client() as trenz:
        task = await submit(trenz)
        assert trenz.usage.snapshot().coins_held == task.estimated_coins == JOB.coin_cost
        await task.wait(timeout=5)
        assert trenz.usage.snapshot().coins_spent == JOB.coin_cost


# ----------------------------------------------------------------- deadlines, cancellation


async def test_wait_timeout_raises_with_the_task_id_and_stops_polling(
    router: respx.MockRouter,
) -> None:
    """A wait that reaches its deadline raises TaskTimeoutError naming the task; polling stops."""
    jobs = JobServer(router, plan=("running",))
    jobs.accept(JOB)
    async with client(poll=SLOW_ENOUGH) as trenz:
        task = await submit(trenz)
        with pytest.raises(TaskTimeoutError) as caught:
            await task.wait(timeout=0.05)
        assert (caught.value.task_id, caught.value.operation_id) == (task.id, JOB.operation_id)
        assert isinstance(caught.value, TimeoutError)
        assert trenz.tasks.statistics().watching == 0
        assert not task.done


async def test_a_cancelled_wait_keeps_the_task_and_a_later_wait_completes(
    router: respx.MockRouter,
) -> None:
    """Cancelling a wait loses nothing: `tasks.get(id).wait()` later returns the result."""
    jobs = JobServer(router, plan=("running",))
    jobs.accept(JOB)
    async with client(poll=SLOW_ENOUGH) as trenz:
        task = await submit(trenz)
        with anyio.CancelScope() as scope:
            async with anyio.create_task_group() as group:
                group.start_soon(task.wait)
                while jobs.polls[task.id] < 2:
                    await jobs.changed.wait()
                scope.cancel()
        assert scope.cancelled_caught
        assert trenz.tasks.statistics().watching == 0
        jobs.plans[task.id] = ["completed"]
        jobs.polls[task.id] = 0
        again = trenz.tasks.get(task.id)
        assert again.id == task.id
        assert again.operation_id == JOB.operation_id
        assert await again.wait(timeout=5) == {"url": f"https://cdn.test/{task.id}.mp4"}
        assert trenz.usage.snapshot().coins_held == 0


async def test_cancelling_one_waiter_does_not_stop_another(router: respx.MockRouter) -> None:
    """With the polling waiter cancelled, another waiter on another task still gets its result."""
    jobs = JobServer(router, plan=("running",))
    jobs.accept(JOB)
    results: list[Any] = []
    async with client(poll=SLOW_ENOUGH) as trenz:
        first, second = await submit(trenz), await submit(trenz)

        async def wait_second() -> None:
            results.append(await second.wait(timeout=5))

        async with anyio.create_task_group() as group:
            first_scope = anyio.CancelScope()

            async def wait_first() -> None:
                with first_scope:
                    await first.wait(timeout=5)

            group.start_soon(wait_first)  # starts first: it drives the polls
            group.start_soon(wait_second)
            while jobs.polls[first.id] < 2 or jobs.polls[second.id] < 2:
                await jobs.changed.wait()
            first_scope.cancel()
            polled_first = jobs.polls[first.id]
            # Several more polling rounds for the second task: had the first stayed
            # watched, it would have been polled in them too.
            jobs.plans[second.id] = ["running"] * 4 + ["completed"]
            jobs.polls[second.id] = 0
        assert results == [{"url": f"https://cdn.test/{second.id}.mp4"}]
        # nobody waits on it any more: at most the poll in flight at the cancel lands
        assert jobs.polls[first.id] <= polled_first + 1
        assert not first.done
        assert trenz.tasks.get(first.id) is first


async def test_two_handles_of_one_task_both_see_it_finish(router: respx.MockRouter) -> None:
    """Two Task objects for one id, waited on together, both return the result."""
    jobs = JobServer(router, plan=("running", "running", "completed"))
    jobs.plans["shared"] = jobs.default_plan
    async with client() as trenz:
        one, two = Task(trenz._runtime.tracker, "shared"), Task(trenz._runtime.tracker, "shared")
        async with anyio.create_task_group() as group:
            group.start_soon(one.wait, 5)
            group.start_soon(two.wait, 5)
        assert await one.wait() == await two.wait() == {"url": "https://cdn.test/shared.mp4"}
    assert jobs.polls["shared"] == 3


# ----------------------------------------------------------------- many tasks


async def test_200_tasks_through_as_completed_under_a_small_rate_limit(
    router: respx.MockRouter,
) -> None:
    """200 jobs: each yielded once, no 429, no poll after completion, polls reported."""
    limit = RateLimit(50, 0.1)
    window = limit.period * 0.8  # the server's window is narrower: arrival jitter is no overshoot
    arrivals: deque[float] = deque()
    rejected = 0

    def rate_limited(request: httpx.Request) -> httpx.Response | None:
        nonlocal rejected
        now = time.monotonic()
        while arrivals and arrivals[0] <= now - window:
            arrivals.popleft()
        if len(arrivals) >= limit.requests:
            rejected += 1
            return httpx.Response(
                429, json=error_body("RATE_LIMITED"), headers={"Retry-After": "1"}
            )
        arrivals.append(now)
        return None  # within the limit: fall through to the job routes

    router.route().mock(side_effect=rate_limited)  # first route: sees every request
    jobs = JobServer(router, plan=("pending", "running", "completed"))
    jobs.accept(JOB)
    policy = PollPolicy(initial=0.0, maximum=0.05, jitter=0.5, poll_share=0.5, concurrency=16)
    async with client(rate_limit=limit, poll=policy) as trenz:
        tasks: list[Task] = []

        async def one() -> None:
            tasks.append(await submit(trenz))

        async with anyio.create_task_group() as group:
            for _ in range(200):
                group.start_soon(one)
        seen = [task async for task in trenz.tasks.as_completed(tasks, timeout=20)]
        statistics = trenz.tasks.statistics()
    assert rejected == 0
    assert sorted(task.id for task in seen) == sorted(task.id for task in tasks)
    assert len({task.id for task in seen}) == 200
    assert all(task.status == "completed" for task in seen)
    assert sum(jobs.after_terminal.values()) == 0  # completion detected by the poll that saw it
    assert statistics.polls_sent == sum(jobs.polls.values()) == 200 * 3
    assert statistics.watching == 0


@pytest.mark.parametrize("return_exceptions", [True, False])
async def test_wait_all_gathers_results_or_raises_the_failure(
    router: respx.MockRouter, return_exceptions: bool
) -> None:
    """wait_all keeps order; a failure takes its place or raises after every task finished."""
    jobs = JobServer(router)
    jobs.accept(JOB)
    async with client() as trenz:
        tasks = [await submit(trenz) for _ in range(3)]
        jobs.plans[tasks[1].id] = ["running", "refunded"]
        jobs.plans[tasks[2].id] = ["running"] * 4 + ["completed"]
        if return_exceptions:
            results = await trenz.tasks.wait_all(tasks, return_exceptions=True, timeout=5)
            assert results[0] == {"url": f"https://cdn.test/{tasks[0].id}.mp4"}
            assert isinstance(results[1], TaskFailedError)
            assert results[1].task_id == tasks[1].id
            assert results[2] == {"url": f"https://cdn.test/{tasks[2].id}.mp4"}
        else:
            with pytest.raises(TaskFailedError) as caught:
                await trenz.tasks.wait_all(tasks, timeout=5)
            assert caught.value.task_id == tasks[1].id
        assert all(task.done for task in tasks)


async def test_as_completed_timeout_names_a_task_still_running(router: respx.MockRouter) -> None:
    """as_completed raises TaskTimeoutError naming an unfinished task when its deadline passes."""
    jobs = JobServer(router)
    jobs.accept(JOB)
    async with client(poll=SLOW_ENOUGH) as trenz:
        done, stuck = await submit(trenz), await submit(trenz)
        jobs.plans[stuck.id] = ["running"]
        await done.wait(timeout=5)  # finished before the deadline starts: no race with it
        seen: list[Task] = []

        async def collect() -> None:
            async for task in trenz.tasks.as_completed([done, stuck], timeout=0.1):
                seen.append(task)

        with pytest.raises(TaskTimeoutError) as caught:
            await collect()
        assert seen == [done]
        assert caught.value.task_id == stuck.id
        assert caught.value.timeout == 0.1


# ----------------------------------------------------------------- journal


async def test_a_second_client_resumes_the_first_clients_jobs_from_the_journal(
    router: respx.MockRouter, tmp_path: Path
) -> None:
    """The journal holds a job before its Task returns; another client resumes and finishes it."""
    path = tmp_path / "jobs.jsonl"
    jobs = JobServer(router, plan=("running", "completed"))
    jobs.accept(OTHER_JOB)
    async with client(journal=path) as first:
        task = await submit(first, OTHER_JOB)
        lines = [json.loads(line) for line in path.read_text().splitlines()]
        intent = {
            "event": "intent",
            "id": lines[0]["id"],
            "operation_id": OTHER_JOB.operation_id,
            "params": minimal_arguments(OTHER_JOB),
            "estimated_coins": OTHER_JOB.coin_cost,
            "at": task.submitted_at,
        }
        assert lines == [
            intent,
            {
                "event": "submitted",
                "id": intent["id"],
                "task_id": task.id,
                "operation_id": OTHER_JOB.operation_id,
                "params": minimal_arguments(OTHER_JOB),
                "submitted_at": task.submitted_at,
                "estimated_coins": OTHER_JOB.coin_cost,
            },
        ]
        # the program "crashes" here: nobody waits for the job
    assert jobs.polls[task.id] == 0
    async with client(journal=path) as second:
        pending = await second.tasks.pending()
        assert [(t.id, t.operation_id, t.estimated_coins, t.params) for t in pending] == [
            (task.id, OTHER_JOB.operation_id, OTHER_JOB.coin_cost, minimal_arguments(OTHER_JOB))
        ]
        assert second.usage.snapshot().coins_held == OTHER_JOB.coin_cost
        assert await pending[0].wait(timeout=5) == {"url": f"https://cdn.test/{task.id}.mp4"}
        assert await second.tasks.pending() == []
        assert second.usage.snapshot().coins_spent == OTHER_JOB.coin_cost
    async with client(journal=path) as third:
        assert await third.tasks.pending() == []
    assert len(jobs.submitted) == 1  # resumed, not paid for again


async def test_a_journal_that_cannot_be_written_sends_nothing(
    router: respx.MockRouter, tmp_path: Path
) -> None:
    """If the intent cannot be journaled the submission is not sent, and its reservation is freed."""
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    jobs = JobServer(router, plan=("completed",))
    jobs.accept(JOB)
    async with client(journal=blocker / "jobs.jsonl", max_coins=JOB.coin_cost) as trenz:
        with pytest.raises(JournalError, match="not sent"):
            await submit(trenz)
        assert jobs.submitted == []
        snap = trenz.usage.snapshot()
        assert (snap.coins_held, snap.coins_uncertain) == (0, 0)
        trenz._runtime.core.journal = None  # the disk is fixed: the whole budget is free again
        await submit(trenz)
    assert len(jobs.submitted) == 1


async def test_a_confirmation_that_cannot_be_written_still_returns_the_task(
    router: respx.MockRouter, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """If the id cannot be journaled after a paid submission, the Task is returned and the failure logged."""
    path = tmp_path / "jobs.jsonl"
    jobs = JobServer(router, plan=("completed",))
    jobs.accept(JOB)
    async with client(journal=path) as trenz:
        journal = trenz._runtime.core.journal
        assert journal is not None

        async def broken(*args: Any) -> None:
            raise OSError("disk full")

        journal.confirmed = broken  # type: ignore[method-assign]
        journal.finished = broken  # type: ignore[method-assign]
        task = await submit(trenz)
        assert task.id == jobs.submitted[0]
        assert await task.wait(timeout=5) == {"url": f"https://cdn.test/{task.id}.mp4"}
    logged = [record.getMessage() for record in caplog.records if record.levelno == logging.ERROR]
    assert any(f"could not journal job {task.id}" in message for message in logged)
    assert any(f"could not journal the end of task {task.id}" in message for message in logged)


async def test_one_bad_journal_entry_does_not_block_resuming(
    router: respx.MockRouter, tmp_path: Path
) -> None:
    """An entry whose id the SDK refuses (`batch/42`) is skipped and reported; the rest resume."""
    path = tmp_path / "jobs.jsonl"
    path.write_text(
        '{"event": "submitted", "task_id": "batch/42"}\n'
        + json.dumps({"event": "submitted", "task_id": "good-1", "operation_id": JOB.operation_id})
        + "\n"
    )
    JobServer(router)
    async with client(journal=path) as trenz:
        pending = await trenz.tasks.pending()
        assert [task.id for task in pending] == ["good-1"]
        [skipped] = trenz.tasks.skipped
        assert skipped.record["task_id"] == "batch/42"
        assert "path" in skipped.reason


async def test_unconfirmed_submissions_are_listed_and_resolved(
    router: respx.MockRouter, tmp_path: Path
) -> None:
    """A submission dropped after sending is unconfirmed; resolving it to a job id resumes it."""
    path = tmp_path / "jobs.jsonl"
    jobs = JobServer(router, plan=("completed",))
    router.route(method=JOB.method, url=f"{BASE_URL}{JOB.path}").mock(
        side_effect=httpx.RemoteProtocolError("dropped after processing")
    )
    async with client(journal=path, max_coins=JOB.coin_cost) as trenz:
        with pytest.raises(OutcomeUnknownError) as caught:
            await submit(trenz)
    async with client(journal=path, max_coins=JOB.coin_cost) as restarted:
        [submission] = await restarted.tasks.unconfirmed()
        assert submission.id == caught.value.submission_id
        assert (submission.operation_id, submission.estimated_coins) == (
            JOB.operation_id,
            JOB.coin_cost,
        )
        assert submission.params == minimal_arguments(JOB)
        jobs.plans["found-it"] = ["completed"]  # the user found the job in their Trenz account
        task = await restarted.tasks.resolve(submission.id, task_id="found-it")
        assert task is not None
        assert await task.wait(timeout=5) == {"url": "https://cdn.test/found-it.mp4"}
        assert await restarted.tasks.unconfirmed() == []
        assert await restarted.tasks.pending() == []

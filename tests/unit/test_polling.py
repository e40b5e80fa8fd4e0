"""The poll policy and the one-per-client poll scheduler."""

from __future__ import annotations

import itertools
import random
import re
import time
from collections import Counter, deque
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx

from trenz_async import APIConnectionError, RateLimit, RetryPolicy, TrenzClient
from trenz_async._jobs.polling import PollPolicy, PollScheduler, classify_status

from .helpers import API_KEY, BASE_URL, envelope, task_status_url

pytestmark = pytest.mark.anyio

INSTANT = PollPolicy(initial=0.0, maximum=0.0, jitter=0.0, concurrency=4)


# ----------------------------------------------------------------- policy


def test_defaults_match_the_contract() -> None:
    """PollPolicy() starts at 2 s and backs off toward 15 s."""
    policy = PollPolicy()
    assert (policy.initial, policy.maximum) == (2.0, 15.0)


@pytest.mark.parametrize("draw", [0.0, 0.25, 0.5, 0.999999])
def test_intervals_grow_from_initial_and_never_pass_maximum(draw: float) -> None:
    """Each interval is the backoff schedule shortened by at most `jitter`, capped at maximum."""
    policy = PollPolicy(initial=2.0, maximum=15.0, multiplier=1.5, jitter=0.2)
    intervals = [policy.interval(polls, lambda: draw) for polls in range(200)]
    assert 1.6 <= intervals[0] <= 2.0
    assert all(interval <= 15.0 for interval in intervals)
    assert all(earlier <= later for earlier, later in itertools.pairwise(intervals))
    assert intervals[-1] >= 15.0 * 0.8


def test_a_long_wait_does_not_overflow_the_backoff() -> None:
    """A task polled thousands of times still gets the maximum interval, not an OverflowError."""
    policy = PollPolicy(initial=0.01, maximum=0.05, jitter=0.0)
    assert policy.interval(5_000) == 0.05


def test_jitter_keeps_tasks_out_of_lockstep() -> None:
    """Tasks polled the same number of times get different intervals."""
    policy = PollPolicy()
    rng = random.Random(4).random
    assert len({policy.interval(3, rng) for _ in range(100)}) > 90


@pytest.mark.parametrize(
    "options",
    [
        {"initial": 3.0, "maximum": 2.0},
        {"initial": -1.0},
        {"multiplier": 0.5},
        {"jitter": 1.0},
        {"poll_share": -0.1},
        {"poll_share": 1.0},
        {"call_reserve": 1.5},
        {"not_found_grace": -1.0},
        {"concurrency": 0},
    ],
)
def test_invalid_policies_are_refused(options: dict[str, Any]) -> None:
    """A policy that could poll in a loop, or never, raises ValueError."""
    with pytest.raises(ValueError, match="PollPolicy"):
        PollPolicy(**options)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        ("pending", "running"),
        ("running", "running"),
        ("completed", "done"),
        ("success", "done"),
        ("refunded", "failed"),
        ("failed", "failed"),
        ("queued", "running"),
        ("", "running"),
    ],
)
def test_both_status_vocabularies_are_classified(status: str, kind: str) -> None:
    """Schema and tag-text statuses both classify; unknown ones count as running."""
    assert classify_status(status) == kind


# ----------------------------------------------------------------- scheduler


class FakeTasks:
    """Tasks that finish after a set number of polls, recording how they were polled."""

    def __init__(self, needed: dict[str, int]) -> None:
        self.needed = needed
        self.polls: Counter[str] = Counter()
        self.active: Counter[str] = Counter()
        self.most_at_once = 0
        self.most_per_task = 0
        self.done: set[str] = set()
        self.scheduler = PollScheduler(self.poll, INSTANT)

    async def poll(self, task_id: str) -> None:
        self.active[task_id] += 1
        self.most_per_task = max(self.most_per_task, self.active[task_id])
        self.most_at_once = max(self.most_at_once, sum(self.active.values()))
        try:
            await anyio.lowlevel.checkpoint()  # a request in flight
            self.polls[task_id] += 1
            if self.polls[task_id] >= self.needed[task_id]:
                self.done.add(task_id)
                self.scheduler.mark_finished(task_id)
        finally:
            self.active[task_id] -= 1

    async def wait(self, task_id: str) -> None:
        with self.scheduler.holding([task_id]):
            await self.scheduler.wait_until(lambda: task_id in self.done)


async def test_one_scheduler_polls_for_all_waiters() -> None:
    """50 waiters share one poller: each task is polled exactly as often as needed, one poll at a time."""
    fake = FakeTasks({f"t{i}": 1 + i % 5 for i in range(50)})
    async with anyio.create_task_group() as group:
        for task_id in fake.needed:
            group.start_soon(fake.wait, task_id)
    assert fake.done == set(fake.needed)
    assert fake.polls == Counter(fake.needed)
    assert fake.scheduler.polls_sent == sum(fake.needed.values())
    assert fake.most_per_task == 1
    assert 1 < fake.most_at_once <= INSTANT.concurrency
    assert fake.scheduler.watching == 0


async def test_when_the_polling_waiter_leaves_another_takes_over() -> None:
    """The waiter that drove the polls returns; the remaining waiter's task still gets polled."""
    fake = FakeTasks({"quick": 1, "slow": 6})
    async with anyio.create_task_group() as group:
        group.start_soon(fake.wait, "quick")  # first in: it drives
        group.start_soon(fake.wait, "slow")
    assert fake.polls == Counter({"quick": 1, "slow": 6})


async def test_a_cancelled_driver_hands_over_and_its_task_stops_being_polled() -> None:
    """Cancelling the driving wait stops polling its task; the other wait still completes."""
    fake = FakeTasks({"abandoned": 1_000_000, "kept": 8})
    scope = anyio.CancelScope()

    async def abandoned() -> None:
        with scope:
            await fake.wait("abandoned")

    async with anyio.create_task_group() as group:
        group.start_soon(abandoned)  # first in: it drives
        group.start_soon(fake.wait, "kept")
        while fake.polls["kept"] < 2:
            await anyio.lowlevel.checkpoint()
        scope.cancel()
        polled = fake.polls["abandoned"]
    assert fake.polls["kept"] == 8
    assert fake.polls["abandoned"] <= polled + 1  # at most the poll in flight at the cancel
    assert fake.scheduler.watching == 0


async def test_poll_errors_are_logged_and_polled_again(caplog: pytest.LogCaptureFixture) -> None:
    """A TrenzError from a poll logs a warning and the task is polled again later."""
    attempts = 0
    done = False

    async def poll(task_id: str) -> None:
        nonlocal attempts, done
        attempts += 1
        if attempts < 3:
            raise APIConnectionError("network down")
        done = True
        scheduler.mark_finished(task_id)

    scheduler = PollScheduler(poll, INSTANT)
    with scheduler.holding(["t"]):
        await scheduler.wait_until(lambda: done)
    assert attempts == 3
    assert sum("polling task t failed" in record.getMessage() for record in caplog.records) == 2


async def test_polls_alone_use_the_idle_window_but_its_reserve() -> None:
    """With no other traffic polls use the window up to its reserve for calls, and never more."""
    limit = RateLimit(10, 0.2)
    window = limit.period * 0.8  # narrower than the client's: arrival jitter is no overshoot
    arrivals: deque[float] = deque()
    busiest = 0
    polls: Counter[str] = Counter()

    def status(request: httpx.Request, task_id: str) -> httpx.Response:
        nonlocal busiest
        now = time.monotonic()
        arrivals.append(now)
        while arrivals[0] <= now - window:
            arrivals.popleft()
        busiest = max(busiest, len(arrivals))
        polls[task_id] += 1
        state = "completed" if polls[task_id] >= 3 else "running"
        return httpx.Response(
            200, json=envelope(data={"task_id": task_id, "status": state, "result": {}})
        )

    policy = PollPolicy(initial=0.0, maximum=0.0, jitter=0.0, poll_share=0.1, call_reserve=0.2)
    with respx.mock() as router:
        router.get(url__regex="^" + re.escape(task_status_url("")) + "(?P<task_id>[^/?]+)$").mock(
            side_effect=status
        )
        async with TrenzClient(
            api_key=API_KEY,
            base_url=BASE_URL,
            rate_limit=limit,
            poll=policy,
            retry=RetryPolicy(max_retries=0),
        ) as trenz:
            tasks = [trenz.tasks.get(f"t{i}") for i in range(6)]
            await trenz.tasks.wait_all(tasks, timeout=10)
    assert sum(polls.values()) == 18
    assert 5 < busiest <= 8  # more than the old half-share cap, less than the whole window

"""One poll scheduler per client: every waiting task is polled by it, not by its waiter.

There is no background task to start or stop: whichever waiter finds nobody driving
becomes the driver and polls *all* watched tasks whose turn has come, then hands the
role on when its own wait ends (completed, timed out or cancelled). Each task keeps
its own jittered, growing interval (`PollPolicy`), so tasks never poll in lockstep.
Polls go through the client's request gate as polls: ordinary calls go first, polls use
the idle capacity of the rate limit (see `RateLimiter`). In a fleet, a `claim` hook picks
which due tasks this client polls (the ones whose poll lease it holds) before each round;
without one, every due task is polled and the hook costs nothing.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator

import anyio
import attrs

from .._errors import TrenzError
from .._support import number, whole

logger = logging.getLogger("trenz_async")

DONE_STATUSES = frozenset({"completed", "success"})
FAILED_STATUSES = frozenset({"refunded", "failed"})
RUNNING_STATUSES = frozenset({"pending", "running"})


@attrs.frozen
class PollPolicy:
    """How often a waiting task is polled.

    Args:
        initial: seconds before the first poll and the first interval.
        maximum: the interval grows by `multiplier` per poll up to this.
        multiplier: growth per poll.
        jitter: each interval is scaled by a random factor in [1 - jitter, 1], so tasks
            never poll in lockstep and no interval ever exceeds `maximum` (a completed
            task is seen within one `maximum` of its last poll).
        poll_share: the share of the rate limit polls are guaranteed when ordinary calls
            compete for it (beyond it, calls go first).
        call_reserve: the share of the rate limit polls leave free for ordinary calls
            when they borrow idle capacity.
        concurrency: polls sent at once by the scheduler.
        max_wait: the deadline of a `wait()` given no timeout: no wait polls forever.
        not_found_grace: seconds after submission during which a `TASK_NOT_FOUND` answer
            is taken for a server still catching up (polled again) rather than an end.

    Raises:
        ValueError: a setting out of range, not finite (NaN, infinities), a bool, or a
            count that is not an int.
    """

    initial: float = attrs.field(default=2.0, validator=number())
    maximum: float = attrs.field(default=15.0, validator=number())
    multiplier: float = attrs.field(default=1.5, validator=number(minimum=1.0))
    jitter: float = attrs.field(default=0.2, validator=number(below=1.0))
    poll_share: float = attrs.field(default=0.1, validator=number(below=1.0))
    call_reserve: float = attrs.field(default=0.1, validator=number(below=1.0))
    concurrency: int = attrs.field(default=8, validator=whole(minimum=1))
    max_wait: float = attrs.field(default=3600.0, validator=number(above=True))
    not_found_grace: float = attrs.field(default=30.0, validator=number())

    def __attrs_post_init__(self) -> None:
        if self.initial > self.maximum:
            raise ValueError("PollPolicy needs initial <= maximum")

    def interval(self, polls: int, rng: Callable[[], float] = random.random) -> float:
        """The wait before the next poll of a task polled `polls` times already."""
        # Jitter only shortens: jittering upwards would stretch the longest interval
        # (and so the detection latency) past `maximum`.
        base = min(self.maximum, self.initial * self.multiplier ** min(polls, 64))
        return base * (1 - self.jitter * rng())


def classify_status(status: str) -> str:
    """`"done"`, `"failed"` or `"running"` for a status of either vocabulary.

    Unknown statuses count as running: a new server state must never crash a wait.
    """
    if status in DONE_STATUSES:
        return "done"
    if status in FAILED_STATUSES:
        return "failed"
    return "running"


@attrs.define(eq=False)
class Watch:
    """Scheduler state of one watched task."""

    task_id: str
    due: float
    polls: int = 0
    waiters: int = 0
    finished: bool = False


Poll = Callable[[str], Awaitable[None]]
Claim = Callable[[list[str]], Awaitable[list[str]]]


class PollScheduler:
    """Polls every watched task when its turn comes, on behalf of all waiters.

    Args:
        poll: refreshes one task by id (updates the `Task` and raises on failure).
        policy: intervals and poll concurrency.
        claim: in a fleet, given the due task ids, returns those to poll here; it has
            dealt with the others (another worker polls them). `None`: poll them all.
        clock: monotonic seconds (injectable for tests).
        rng: uniform [0, 1) source for jitter.
    """

    def __init__(
        self,
        poll: Poll,
        policy: PollPolicy,
        *,
        claim: Claim | None = None,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self._poll = poll
        self._claim = claim
        self.policy = policy
        self._clock = clock
        self._rng = rng
        self._watches: dict[str, Watch] = {}
        self._driving = False
        self._changed: anyio.Event | None = None
        self.polls_sent = 0

    def _event(self) -> anyio.Event:
        if self._changed is None:
            self._changed = anyio.Event()
        return self._changed

    def _notify(self) -> None:
        """Wake everyone waiting for a change; they re-check their condition."""
        if self._changed is not None:
            self._changed.set()
        self._changed = None

    def watch(self, task_id: str) -> Watch:
        """Start (or join) watching a task; the first poll is `initial` seconds away."""
        watch = self._watches.get(task_id)
        if watch is None:
            watch = Watch(task_id, due=self._clock() + self.policy.interval(0, self._rng))
            self._watches[task_id] = watch
            self._notify()
        return watch

    def mark_finished(self, task_id: str) -> None:
        """The task reached a terminal state (seen by a poll or a direct refresh)."""
        watch = self._watches.pop(task_id, None)
        if watch is not None:
            watch.finished = True
        self._notify()

    @property
    def watching(self) -> int:
        """Tasks currently being polled for someone."""
        return len(self._watches)

    def is_watching(self, task_id: str) -> bool:
        """Someone still waits on `task_id` (and it has not finished)."""
        return task_id in self._watches

    @contextlib.contextmanager
    def holding(self, task_ids: Iterable[str]) -> Iterator[list[Watch]]:
        """Keep these tasks polled for the duration of the block.

        When the last holder of a task leaves (its wait returned, timed out or was
        cancelled) the task stops being polled; its id stays on its `Task`.
        """
        watches = [self.watch(task_id) for task_id in task_ids]
        for watch in watches:
            watch.waiters += 1
        try:
            yield watches
        finally:
            for watch in watches:
                watch.waiters -= 1
                if watch.waiters == 0 and not watch.finished:
                    self._watches.pop(watch.task_id, None)

    async def wait_until(self, done: Callable[[], bool]) -> None:
        """Return once `done()` holds, polling on everyone's behalf while driving."""
        while not done():
            if self._driving:
                await self._event().wait()
                continue
            self._driving = True
            try:
                await self._drive(done)
            finally:
                self._driving = False
                self._notify()  # hand the driver role to another waiter

    async def _drive(self, done: Callable[[], bool]) -> None:
        while not done():
            wanted = [watch for watch in self._watches.values() if watch.waiters > 0]
            if not wanted:
                await self._event().wait()
                continue
            now = self._clock()
            due = [watch for watch in wanted if watch.due <= now]
            if not due:
                delay = min(watch.due for watch in wanted) - now
                with anyio.move_on_after(delay):
                    await self._event().wait()  # a new watch or a finished task
                continue
            due.sort(key=lambda watch: watch.due)
            batch = due[: self.policy.concurrency]
            if self._claim is not None:
                batch = await self._claimed(batch)
            if batch:
                await self._poll_many(batch)

    async def _claimed(self, due: list[Watch]) -> list[Watch]:
        """The due watches to poll here; the others' next look follows the poll schedule."""
        assert self._claim is not None
        mine = set(await self._claim([watch.task_id for watch in due]))
        now = self._clock()
        for watch in due:
            if watch.task_id not in mine:
                watch.polls += 1
                watch.due = now + self.policy.interval(watch.polls, self._rng)
        if len(mine) < len(due):
            self._notify()  # an outcome may have finished a task someone waits on
        return [watch for watch in due if watch.task_id in mine]

    async def _poll_many(self, due: list[Watch]) -> None:
        async def poll_one(watch: Watch) -> None:
            try:
                await self._poll(watch.task_id)
            except TrenzError as exc:
                # The poll function settles what it can; anything left is transient:
                # keep waiting and poll again later.
                logger.warning("polling task %s failed: %s", watch.task_id, exc)
            finally:
                self.polls_sent += 1
                watch.polls += 1
                watch.due = self._clock() + self.policy.interval(watch.polls, self._rng)

        async with anyio.create_task_group() as group:
            for watch in due:
                group.start_soon(poll_one, watch)
        self._notify()

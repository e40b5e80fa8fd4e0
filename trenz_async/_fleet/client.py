"""A client's side of a `RedisCoordinator`: what a failing Redis means for its calls.

`TrenzClient(coordinator=...)` binds the coordinator's stores for its key (`bind`) and
wraps them here, so that one rule holds everywhere:

- **before anything is sent** (a slot of the fleet's window, the call's coins, a paid
  job's intent) a Redis failure raises `CoordinatorError`: nothing was sent;
- **after an answer arrived** (giving the slot back, committing the coins, journaling the
  job's id or its end, a poll's lease or outcome) a failure is logged and the call goes
  on: a paid success stays a success and no job id is lost. What Redis missed is
  recovered: a permit stops counting as in flight and a reservation turns uncertain
  after the coordinator's `lease_timeout`; a job whose id missed the journal is listed
  by `tasks.unconfirmed()`;
- with `local_fallback=True`, the first failure switches the client to its own
  `RateLimiter` and ledger for the rest of its life, with one WARNING. Its budget is then
  its share of what the fleet had left (`FleetLedger`): the remainder divided by the
  workers seen at its last reply from Redis. Paid job submissions still need Redis:
  their journal lives there, and a job is never sent without a durable intent.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .._errors import CoordinatorError
from .._jobs import (
    DONE_STATUSES,
    FAILED_STATUSES,
    JournalReplay,
    PollPolicy,
    Submission,
    TaskOutcome,
)
from .._support import Telemetry
from .._transport import RateLimit, RateLimiter
from .ledger import FleetLedger
from .reads import FleetReads, shared_reads
from .starts import CallStarts

if TYPE_CHECKING:
    from .coordinator import RedisCoordinator
    from .redis.gate import GateStatistics, RedisGate
    from .redis.journal import RedisJournal
    from .redis.leases import RedisPollLeases

logger = logging.getLogger("trenz_async")

_TERMINAL = DONE_STATUSES | FAILED_STATUSES


class LocalFallback:
    """The switch to per-process limits a client with `local_fallback=True` makes once."""

    def __init__(self, limiter: RateLimiter, coordinator: str) -> None:
        self.limiter = limiter
        self.engaged = False
        self.ledger: FleetLedger | None = None
        self._coordinator = coordinator

    def engage(self, error: CoordinatorError) -> None:
        """From now on this client uses its own limiter and ledger (logged once)."""
        if self.engaged:
            return
        self.engaged = True
        share = self.ledger.detach() if self.ledger is not None else None
        logger.warning(
            "%s failed (%s): local_fallback is on, so this client now uses its own rate "
            "limiter and budget%s; the fleet's shared limits no longer bind it (create a new "
            "client to rejoin the fleet)",
            self._coordinator,
            error,
            f" ({share})" if share else "",
        )


class FleetGate:
    """The fleet's `RequestGate` as a client uses it: see the module docs for failures."""

    def __init__(
        self,
        remote: RedisGate,
        fallback: LocalFallback | None,
        starts: CallStarts | None = None,
    ) -> None:
        self.remote = remote
        self._fallback = fallback
        self._starts = starts

    async def acquire(self, *, poll: bool = False) -> object:
        """A slot of the fleet's window (or, after a fallback, of the client's own).

        A call whose reservation took its slot already (`starts`) gets that one.

        Raises:
            CoordinatorError: Redis failed and there is no local fallback; nothing sent.
        """
        fallback = self._fallback
        starts = self._starts
        taken = None
        if starts is not None and not poll:
            pending = starts.take_reservation()
            if pending is not None and not (fallback is not None and fallback.engaged):
                # A job's coins its intent never carried: never past the gate unreserved.
                await starts.reserve_now(pending)
            taken = starts.take()
        if fallback is not None and fallback.engaged:
            if taken is not None:
                self.remote.release_later(taken, on_error=lambda exc: None)
            return await fallback.limiter.acquire(poll=poll)
        if taken is not None:
            return taken
        try:
            return await self.remote.acquire(poll=poll)
        except CoordinatorError as exc:
            if fallback is None:
                raise
            fallback.engage(exc)
            return await fallback.limiter.acquire(poll=poll)

    async def release(self, permit: object) -> None:
        """Give the slot back where it came from; a Redis failure is only logged."""
        if isinstance(permit, bool):  # a `RateLimiter` permit: the fallback's
            assert self._fallback is not None
            await self._fallback.limiter.release(permit)
            return
        # Deferred to this process's next round trip (a failure is only logged there).
        await self.remote.release(permit, on_error=lambda exc: self._lost(exc, "a request's end"))

    async def pause(self, seconds: float) -> None:
        """Pause the fleet (a 429's `Retry-After`); a Redis failure is only logged."""
        fallback = self._fallback
        if fallback is not None and fallback.engaged:
            await fallback.limiter.pause(seconds)
            return
        try:
            await self.remote.pause(seconds)
        except CoordinatorError as exc:
            self._lost(exc, "a 429 pause")
            if fallback is not None:
                await fallback.limiter.pause(seconds)

    async def observe_limit(self, limit: int) -> None:
        """Follow the server's announced limit; a Redis failure is only logged."""
        fallback = self._fallback
        if fallback is not None and fallback.engaged:
            await fallback.limiter.observe_limit(limit)
            return
        try:
            await self.remote.observe_limit(limit)
        except CoordinatorError as exc:
            self._lost(exc, "the announced rate limit")

    async def statistics(self) -> GateStatistics:
        """The fleet-wide state of the gate (window, in flight, pause, waiting workers).

        Raises:
            CoordinatorError: Redis failed.
        """
        return await self.remote.statistics()

    def _lost(self, error: CoordinatorError, what: str) -> None:
        logger.warning("the fleet's rate limit missed %s: %s", what, error)
        if self._fallback is not None:
            self._fallback.engage(error)

    def __repr__(self) -> str:
        return f"FleetGate({self.remote!r})"


class FleetJournal:
    """The fleet's `Journal` as a client uses it: see the module docs for failures."""

    def __init__(
        self,
        remote: RedisJournal,
        fallback: LocalFallback | None,
        starts: CallStarts | None = None,
    ) -> None:
        self.remote = remote
        self._fallback = fallback
        self._starts = starts

    async def intent(self, submission: Submission) -> None:
        """Journal a paid submission before it is sent.

        A paid job's coins and its slot of the window are taken in the same round trip,
        the intent written only if the coins were granted (`starts`).

        Raises:
            BudgetExceededError: the fleet's budget refused the job's coins; not sent.
            CoordinatorError: Redis failed: the job is not sent (with or without a local
                fallback, which has no journal).
        """
        starts = self._starts
        pending = starts.take_reservation(submission.id) if starts is not None else None
        try:
            if pending is None:
                await self.remote.intent(submission)
            else:
                assert starts is not None
                await starts.start_job(pending, self.remote.intent_step(submission))
        except CoordinatorError as exc:
            if self._fallback is not None:
                self._fallback.engage(exc)
            raise

    async def confirmed(self, submission: Submission, task_id: str) -> None:
        """Journal the job's id; a Redis failure is logged (the caller still gets its Task)."""
        try:
            await self.remote.confirmed(submission, task_id)
        except CoordinatorError as exc:
            logger.error(
                "job %s (%s) was created but the fleet journal could not record its id (%s); "
                "tasks.unconfirmed() will list submission %s until "
                "client.tasks.resolve(%r, task_id=%r)",
                task_id,
                submission.operation_id,
                exc,
                submission.id,
                submission.id,
                task_id,
            )
            self._engage(exc)

    async def not_created(self, submission_id: str) -> None:
        """Journal that a submission created nothing; a failure leaves it unconfirmed."""
        try:
            await self.remote.not_created(submission_id)
        except CoordinatorError as exc:
            logger.warning(
                "the fleet journal could not record that submission %s created nothing (%s); "
                "tasks.unconfirmed() will list it",
                submission_id,
                exc,
            )
            self._engage(exc)

    async def finished(self, task_id: str, status: str) -> None:
        """Journal a job's end; a failure leaves it pending (a resume polls it once more)."""

        def missed(exc: CoordinatorError) -> None:
            logger.warning("the fleet journal missed the end of task %s: %s", task_id, exc)
            self._engage(exc)

        # Deferred to this process's next round trip (the job stays pending until then).
        await self.remote.finished(task_id, status, on_error=missed)

    async def resolved(self, submission_id: str, task_id: str | None) -> None:
        """Journal the user's verdict on an unconfirmed submission.

        Raises:
            CoordinatorError: Redis failed.
        """
        await self.remote.resolved(submission_id, task_id)

    async def replay(self) -> JournalReplay:
        """Every worker's open jobs and unconfirmed submissions.

        Raises:
            CoordinatorError: Redis failed.
        """
        return await self.remote.replay()

    def _engage(self, error: CoordinatorError) -> None:
        if self._fallback is not None:
            self._fallback.engage(error)

    def __repr__(self) -> str:
        return f"FleetJournal({self.remote!r})"


class FleetPolls:
    """Which of a client's due tasks it polls itself, and what others saw of the rest.

    A task is polled by the worker holding its lease (`PollLeases`); every poll's result
    is published, and a worker waiting on a task another worker polls takes its outcome
    from there. A Redis failure is logged, and the client then polls the tasks itself
    (through its gate, which decides whether anything can be sent).

    Args:
        leases: the fleet's poll leases.
        owner: this client's id in the fleet.
        ttl: seconds a lease lasts unless renewed (a dead worker's tasks pass on after it).
        fallback: the client's local fallback, if any.
    """

    def __init__(
        self,
        leases: RedisPollLeases,
        *,
        owner: str,
        ttl: float,
        fallback: LocalFallback | None,
    ) -> None:
        self.leases = leases
        self.owner = owner
        self.ttl = ttl
        self.held: set[str] = set()
        """Task ids this client holds the poll lease of (as far as it knows)."""
        self._fallback = fallback

    async def claim(self, task_ids: list[str]) -> tuple[Collection[str], Mapping[str, TaskOutcome]]:
        """The ids to poll now, and the published outcomes of all `task_ids`.

        A task whose published outcome is final is not leased (nor polled): its outcome
        is enough. Of the others, those whose lease this client holds (or just took) are
        to be polled; the rest are another worker's to poll.
        """
        fallback = self._fallback
        if fallback is not None and fallback.engaged:
            return task_ids, {}
        try:
            outcomes = await self.leases.outcomes(task_ids)
            open_ids = [
                task_id
                for task_id in task_ids
                if task_id not in outcomes or outcomes[task_id].status not in _TERMINAL
            ]
            granted = (
                await self.leases.lease(open_ids, owner=self.owner, ttl=self.ttl)
                if open_ids
                else frozenset()
            )
        except CoordinatorError as exc:
            logger.warning("could not take poll leases, polling the tasks here: %s", exc)
            self._engage(exc)
            return task_ids, {}
        self.held.difference_update(open_ids)
        self.held.update(granted)
        return granted, outcomes

    async def publish(self, task_id: str, data: Mapping[str, Any]) -> None:
        """Share what a poll of `task_id` saw; a failure is logged (others poll it later)."""
        fallback = self._fallback
        if fallback is not None and fallback.engaged:
            return

        def missed(exc: CoordinatorError) -> None:
            logger.warning("could not publish the status of task %s: %s", task_id, exc)
            self._engage(exc)

        # Deferred to this process's next round trip (others see it that much later).
        await self.leases.publish(task_id, str(data.get("status", "")), data, on_error=missed)

    async def release(self, task_ids: Collection[str]) -> None:
        """Give up this client's leases on `task_ids` (it stopped waiting, or they ended)."""
        mine = [task_id for task_id in task_ids if task_id in self.held]
        if not mine:
            return
        self.held.difference_update(mine)
        fallback = self._fallback
        if fallback is not None and fallback.engaged:
            return

        def missed(exc: CoordinatorError) -> None:
            logger.warning("could not release poll leases (they expire on their own): %s", exc)
            self._engage(exc)

        # Deferred to this process's next round trip.
        await self.leases.release(mine, owner=self.owner, on_error=missed)

    def _engage(self, error: CoordinatorError) -> None:
        if self._fallback is not None:
            self._fallback.engage(error)


@attrs.frozen
class Fleet:
    """What `bind` gives a client: its gate, ledger, journal, poll leases and shared reads."""

    gate: FleetGate
    usage: FleetLedger
    journal: FleetJournal
    polls: FleetPolls
    reads: FleetReads


def bind(
    coordinator: RedisCoordinator,
    api_key: str,
    *,
    rate_limit: RateLimit | None,
    max_in_flight: int | None,
    max_coins: int | None,
    poll: PollPolicy,
    low_balance_threshold: int | None,
    on_low_balance: Any,
    telemetry: Telemetry | None = None,
) -> Fleet:
    """Bind `coordinator` for one client (one blocking round trip to Redis).

    Raises:
        ConfigurationError: the namespace holds other limits, or Redis failed.
    """
    stores = coordinator.bind(
        api_key,
        rate_limit=rate_limit,
        max_in_flight=max_in_flight,
        max_coins=max_coins,
        poll_share=poll.poll_share,
        call_reserve=poll.call_reserve,
    )
    fallback = None
    if coordinator.local_fallback:
        fallback = LocalFallback(
            RateLimiter(
                rate_limit,
                max_in_flight=max_in_flight,
                poll_share=poll.poll_share,
                call_reserve=poll.call_reserve,
            ),
            repr(coordinator),
        )
    coins = stores.coins
    starts = CallStarts(stores.gate, stores.coins)
    usage = FleetLedger(
        coins,
        on_store_lost=None if fallback is None else fallback.engage,
        max_coins=max_coins,
        low_balance_threshold=low_balance_threshold,
        on_low_balance=on_low_balance,
        telemetry=telemetry,
        view=lambda: coins.view,
        view_ttl=coordinator.lease_timeout,
        starts=starts,
    )
    if fallback is not None:
        fallback.ledger = usage
    # A lease outlives the longest wait between two polls of its holder, so a living
    # worker keeps its tasks; a dead one's pass on after the coordinator's lease_timeout.
    ttl = max(coordinator.lease_timeout, 2 * poll.maximum, 1.0)
    return Fleet(
        gate=FleetGate(stores.gate, fallback, starts),
        usage=usage,
        journal=FleetJournal(stores.journal, fallback, starts),
        polls=FleetPolls(
            stores.leases,
            owner=stores.owner,
            ttl=ttl if math.isfinite(ttl) else coordinator.lease_timeout,
            fallback=fallback,
        ),
        # Shared reads degrade on their own (never an error), whatever `local_fallback` says.
        reads=shared_reads(coordinator, api_key, owner=stores.owner),
    )

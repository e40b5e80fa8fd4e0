"""A call's start in one round trip: its coins and its slot of the fleet's window together.

A paid call reserves its coins (`FleetLedger`) and, moments later in the same task, asks
the gate for a slot (`FleetGate`). Both must be settled before it is sent, so each used to
be a round trip. Here the reservation's round trip carries the acquire as a second step
(`RedisCoinStore.reserve(then=...)`, in one `fleet.batch` script): it runs only if the
coins were reserved, and a slot it granted waits here, under the task that reserved it,
until that task's `acquire` takes it.

A paid job goes one step further: its reservation waits (`defer_reservation`) for the
journal's intent, which must reach Redis before the job is sent anyway, and the intent's
round trip carries the reservation, then the slot and the intent if the coins were
granted (`FleetJournal.intent`): a refused budget raises `BudgetExceededError` from
there, before anything is sent. Should a job's call reach the gate with its reservation
still waiting (no intent was written: no code path does that today), the gate makes the
reservation first, so that no request ever passes the gate with its coins unreserved.

What stays the same:

- the window counts the slot from the moment it was granted, a few microseconds before
  the request leaves: earlier than the send, never later (the safe side);
- a call of this worker never jumps its local queue: while calls queue for a slot, no
  slot is taken ahead (`RedisGate.start_step`), and a refused one leaves the call to
  queue as usual;
- a slot whose call never reached the gate (it failed in between, or was cancelled) is
  given back when the call's reservation closes (`drop`), or when the same task takes
  another; a worker that dies holding one loses it as any permit, to `lease_timeout`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import anyio
import attrs

from .._errors import CoordinatorError
from .._registry import lookup

if TYPE_CHECKING:
    from .redis.coins import RedisCoinStore
    from .redis.gate import FleetPermit, RedisGate
    from .redis.link import Deferred

logger = logging.getLogger("trenz_async")


@attrs.frozen
class PendingReservation:
    """A paid job's reservation, waiting to ride on the round trip of its intent."""

    call_id: str
    operation_id: str
    estimate: int
    task: int


class CallStarts:
    """Slots granted with a call's reservation, waiting for the task's `acquire`; paid
    jobs' reservations waiting for their intent."""

    def __init__(self, gate: RedisGate, coins: RedisCoinStore) -> None:
        self._gate = gate
        self._coins = coins
        self._held: dict[int, tuple[str, FleetPermit]] = {}  # task -> (call id, slot)
        self._tasks: dict[str, int] = {}  # call id -> task
        self._pending: dict[str, PendingReservation] = {}  # call id -> reservation
        self._pending_tasks: dict[int, str] = {}  # task -> call id
        self._jobs: dict[str, bool] = {}  # operation id -> submits a job

    def submits_job(self, operation_id: str) -> bool:
        """Whether `operation_id` submits an async job (whose intent is journaled first)."""
        known = self._jobs.get(operation_id)
        if known is None:
            try:
                known = lookup(operation_id).is_async
            except Exception:  # an operation the registry does not know: reserve at once
                known = False
            self._jobs[operation_id] = known
        return known

    def defer_reservation(self, call_id: str, operation_id: str, estimate: int) -> None:
        """Hold a paid job's reservation for its intent's round trip (`take_reservation`)."""
        task = anyio.get_current_task().id
        stale = self._pending_tasks.pop(task, None)
        if stale is not None:
            self._pending.pop(stale, None)
        self._pending[call_id] = PendingReservation(call_id, operation_id, estimate, task)
        self._pending_tasks[task] = call_id

    def take_reservation(self, call_id: str | None = None) -> PendingReservation | None:
        """The reservation waiting for `call_id`'s intent (or, without, this task's), once."""
        if not self._pending:
            return None
        if call_id is None:
            call_id = self._pending_tasks.get(anyio.get_current_task().id)
            if call_id is None:
                return None
        pending = self._pending.pop(call_id, None)
        if pending is not None and self._pending_tasks.get(pending.task) == call_id:
            del self._pending_tasks[pending.task]
        return pending

    async def start_job(self, pending: PendingReservation, intent: Deferred) -> None:
        """One round trip: the job's coins; if granted, its slot and its intent.

        Raises:
            BudgetExceededError: the coins were refused (no slot, no intent).
            CoordinatorError: Redis failed, lost the namespace, or the intent failed.
        """
        steps = [self._coins.reserve_step(pending.call_id, pending.operation_id, pending.estimate)]
        slot = self._gate.start_step()
        if slot is not None:
            steps.append(attrs.evolve(slot[1], after=1))
        steps.append(attrs.evolve(intent, after=len(steps)))  # after the reservation
        replies = await self._coins.link.steps(steps)
        self._coins.reserved(replies[0], pending.operation_id, pending.estimate)
        if slot is not None:
            self.keep(pending.call_id, slot[0], replies[1])
        if replies[-1] is None:
            raise CoordinatorError(
                f"journal.intent failed on Redis for submission {pending.call_id}: not sent",
                operation=intent.operation,
            )

    async def reserve_now(self, pending: PendingReservation) -> None:
        """A job's reservation its intent never carried: made now, with its slot.

        Raises:
            BudgetExceededError: the coins were refused.
            CoordinatorError: Redis failed.
        """
        slot = self._gate.start_step()
        reply = await self._coins.reserve(
            pending.call_id,
            pending.operation_id,
            pending.estimate,
            then=None if slot is None else slot[1],
        )
        if slot is not None:
            self.keep(pending.call_id, slot[0], reply)

    def step(self) -> tuple[str, Deferred] | None:
        """The acquire to carry in a reservation's round trip (`None`: not now)."""
        return self._gate.start_step()

    def keep(self, call_id: str, permit_id: str, reply: object) -> None:
        """Hold what the carried acquire granted for this task's next `take`."""
        permit = self._gate.granted(permit_id, reply)
        if permit is None:
            return
        task = anyio.get_current_task().id
        stale = self._held.pop(task, None)
        if stale is not None:
            self._give_back(*stale)
        self._held[task] = (call_id, permit)
        self._tasks[call_id] = task

    def take(self) -> FleetPermit | None:
        """The slot this task's reservation took, if any (once)."""
        if not self._held:
            return None
        held = self._held.pop(anyio.get_current_task().id, None)
        if held is None:
            return None
        self._tasks.pop(held[0], None)
        return held[1]

    def drop(self, call_id: str) -> None:
        """The call's reservation closed: a slot it never took goes back, and a
        reservation that never reached Redis is forgotten."""
        self.take_reservation(call_id)
        task = self._tasks.pop(call_id, None)
        if task is None:
            return
        held = self._held.get(task)
        if held is not None and held[0] == call_id:
            del self._held[task]
            self._give_back(*held)

    def _give_back(self, call_id: str, permit: FleetPermit) -> None:
        self._tasks.pop(call_id, None)
        self._gate.release_later(permit, on_error=_missed)


def _missed(error: CoordinatorError) -> None:
    logger.warning("the fleet's rate limit missed an unused slot's return: %s", error)

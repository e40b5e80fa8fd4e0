"""A call's start in one round trip: its coins and its slot of the fleet's window together.

A paid call reserves its coins (`FleetLedger`) and, moments later in the same task, asks
the gate for a slot (`FleetGate`). Both must be settled before it is sent, so each used to
be a round trip. Here the reservation's round trip carries the acquire as a second step
(`RedisCoinStore.reserve(then=...)`, in one `fleet.batch` script): it runs only if the
coins were reserved, and a slot it granted waits here, under the task that reserved it,
until that task's `acquire` takes it.

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

from .._errors import CoordinatorError

if TYPE_CHECKING:
    from .redis.gate import FleetPermit, RedisGate
    from .redis.link import Deferred

logger = logging.getLogger("trenz_async")


class CallStarts:
    """Slots granted with a call's reservation, waiting for the task's `acquire`."""

    def __init__(self, gate: RedisGate) -> None:
        self._gate = gate
        self._held: dict[int, tuple[str, FleetPermit]] = {}  # task -> (call id, slot)
        self._tasks: dict[str, int] = {}  # call id -> task

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
        """The call's reservation closed: a slot it never took goes back."""
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

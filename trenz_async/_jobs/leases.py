"""Poll leases: in a fleet, which worker polls which job, and what it saw.

It has no local counterpart: a client without a coordinator polls every task it waits on.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, Protocol

import attrs


@attrs.frozen
class TaskOutcome:
    """A job's status as last seen by the worker polling it, published for the others.

    Attributes:
        task_id: the job id.
        status: the status the poll saw (`completed`, `refunded`, `running`...).
        data: the status response's `data` object, as received.
        at: when it was published, in seconds since the epoch on the store's clock.
    """

    task_id: str
    status: str
    data: Mapping[str, Any]
    at: float


class PollLeases(Protocol):
    """Who polls which job: one worker at a time, and what it saw, for the others.

    A lease lasts `ttl` seconds unless renewed, so a dead worker's jobs pass to the next
    worker that asks. Workers that wait on a job they do not poll read its outcome.
    """

    async def lease(self, task_ids: Collection[str], *, owner: str, ttl: float) -> frozenset[str]:
        """Take or renew the poll lease of each task; return the ids `owner` now holds."""
        ...

    async def release(self, task_ids: Collection[str], *, owner: str) -> None:
        """Give up the leases `owner` holds on `task_ids` (others' leases are untouched)."""
        ...

    async def publish(self, task_id: str, status: str, data: Mapping[str, Any]) -> None:
        """Record what a poll of `task_id` saw, for workers waiting on it without polling."""
        ...

    async def outcomes(self, task_ids: Collection[str]) -> Mapping[str, TaskOutcome]:
        """The last published outcome of each of `task_ids` that has one."""
        ...


class PollSharing(Protocol):
    """A client's side of the fleet's poll leases, as the task tracker uses it.

    Attributes:
        held: ids of the tasks whose lease this client holds (as far as it knows).
    """

    held: set[str]

    async def claim(self, task_ids: list[str]) -> tuple[Collection[str], Mapping[str, TaskOutcome]]:
        """The ids to poll here now, and the published outcomes of all `task_ids`."""
        ...

    async def publish(self, task_id: str, data: Mapping[str, Any]) -> None:
        """Share what a poll of `task_id` saw."""
        ...

    async def release(self, task_ids: Collection[str]) -> None:
        """Give up this client's leases on `task_ids`."""
        ...

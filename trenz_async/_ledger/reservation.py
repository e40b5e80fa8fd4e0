"""`Reservation`: one call's share of the budget, and the ids calls are known by."""

from __future__ import annotations

import itertools
import os

from .snapshots import Tally


class Reservation:
    """The budget share of one call, from before it is sent until its outcome is known.

    Only the ledger changes a reservation; everyone else reads it.

    Attributes:
        id: the call's id (also the journal's submission id for an async job).
        operation_id: the operation called.
        estimate: the coins reserved.
        open: the reservation still counts as reserved (the call has not ended).
        job_id: the job the call created, once an answer named it.
        uncertain_attempts: how many of its attempts may have been processed without a
            usable answer (each counts the estimate as uncertain).
    """

    __slots__ = (
        "_tallies",
        "estimate",
        "id",
        "job_id",
        "open",
        "operation_id",
        "uncertain_attempts",
    )

    def __init__(
        self, call_id: str, operation_id: str, estimate: int, tallies: tuple[Tally, ...]
    ) -> None:
        self.id = call_id
        self.operation_id = operation_id
        self.estimate = estimate
        self._tallies = tallies
        self.open = True
        self.job_id: str | None = None
        self.uncertain_attempts = 0


# Call ids must be unique across every process sharing a journal or a coordinator, and
# cheap: a random prefix per process, then a counter (reading the OS RNG per call is not).
_ID_PREFIX = os.urandom(8).hex()
_ID_COUNTER = itertools.count(1)


def new_id() -> str:
    """A call id unique across processes (and forks) sharing a journal or a coordinator."""
    return f"{_ID_PREFIX}{next(_ID_COUNTER):08x}"


def _reseed_ids() -> None:
    """A forked worker (Celery, multiprocessing) must not repeat its parent's ids."""
    global _ID_PREFIX, _ID_COUNTER
    _ID_PREFIX = os.urandom(8).hex()
    _ID_COUNTER = itertools.count(1)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reseed_ids)

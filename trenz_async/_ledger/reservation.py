"""`Reservation`: one call's share of the budget, and the ids calls are known by."""

from __future__ import annotations

import itertools
import os

from .snapshots import Tally


class Reservation:
    """The budget share of one call, from before it is sent until its outcome is known.

    Attributes:
        id: the call's id (also the journal's submission id for an async job).
        operation_id: the operation called.
        estimate: the coins reserved.
        job_id: the job the call created, once its answer arrived.
        maybe_sent: the latest attempt may have reached the server and not been
            accounted for yet: if the call ends now (cancelled, failed), its outcome is
            unknown.
    """

    __slots__ = (
        "_retries",
        "_tallies",
        "estimate",
        "id",
        "job_id",
        "maybe_sent",
        "open",
        "operation_id",
    )

    def __init__(
        self, call_id: str, operation_id: str, estimate: int, tallies: tuple[Tally, ...]
    ) -> None:
        self.id = call_id
        self.operation_id = operation_id
        self.estimate = estimate
        self._tallies = tallies
        self.maybe_sent = False
        self.open = True
        self.job_id: str | None = None
        self._retries = itertools.count(1)


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

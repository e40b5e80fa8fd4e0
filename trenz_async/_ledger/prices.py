"""Prices that moved: a per-call charge that differs from the bundled spec's estimate."""

from __future__ import annotations

import logging

from .entries import coins_of
from .reservation import Reservation

logger = logging.getLogger("trenz_async")


class PriceWatch:
    """Counts and reports charges that differ from the spec's estimate.

    A difference means Trenz changed its prices before the spec bundled here did: it is
    counted (`cost_mismatches`) and logged once per operation, so a pipeline hears of a
    price rise before the SDK ships it.
    """

    def __init__(self) -> None:
        self._reported: set[str] = set()

    def check(self, reservation: Reservation, reported: object) -> None:
        """Count a per-call charge `reported` for `reservation` if it is not the estimate."""
        coins = coins_of(reported)
        if coins is None or coins == reservation.estimate:
            return
        for tally in reservation._tallies:
            tally.cost_mismatches += 1
        operation_id = reservation.operation_id
        if operation_id in self._reported:
            return
        self._reported.add(operation_id)
        logger.warning(
            "%s charged %d coins where the bundled spec estimates %d: Trenz's prices may "
            "have changed; take its current openapi.json with `make update-spec`",
            operation_id,
            coins,
            reservation.estimate,
            extra={"operation_id": operation_id, "coins": coins, "estimate": reservation.estimate},
        )

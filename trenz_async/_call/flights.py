"""Single-flight: the identical reads of one client in flight at once, and how they end.

The first call of a request leads: it is the one request (and the one reservation and
charge). Calls of the same request that arrive while it runs follow: they wait for its
end, reserve nothing and send nothing. A flight ends one of three ways:

- **answered**: every follower gets the answer's body, to decode for itself;
- **failed**: the leader's error reaches every follower (nothing is kept);
- **abandoned**: the leader was cancelled (or interrupted); its followers wake, and the
  first of them to run leads a new flight which the others follow. No follower fails
  because another caller gave up.

A flight is not a task: nothing runs in the background, and the leader's own cancel
scope bounds the request, as it would without coalescing. `Flight.wait` creates its
event on first use, so a call that finds no flight to join costs a dict lookup and an
insert, never an await.
"""

from __future__ import annotations

from collections.abc import Hashable
from types import TracebackType
from typing import Any

import anyio
import httpx

_PENDING, _ANSWERED, _FAILED, _ABANDONED = range(4)


class Flight:
    """One request in flight, and what its followers need when it ends.

    Attributes:
        key: what identifies the request (see `Flights`).
        followers: calls that waited on it (the leader excluded).
        body: the answer's body, once answered.
        coins: what the answer was charged (what each follower saved), once answered.
        response: the leader's `httpx.Response` (for raw callers), once answered.
        error: the leader's error, once failed.
    """

    __slots__ = (
        "_event",
        "_state",
        "_traceback",
        "body",
        "coins",
        "error",
        "followers",
        "key",
        "response",
    )

    def __init__(self, key: Hashable) -> None:
        self.key = key
        self.followers = 0
        self.body = b""
        self.coins = 0
        self.response: httpx.Response | None = None
        self.error: BaseException | None = None
        self._traceback: TracebackType | None = None
        self._event: anyio.Event | None = None
        self._state = _PENDING

    async def wait(self) -> None:
        """Wait until the flight ends (cancelling a follower only stops its own wait)."""
        self.followers += 1
        if self._event is None:
            self._event = anyio.Event()
        await self._event.wait()

    @property
    def abandoned(self) -> bool:
        """The leader gave up: a follower must lead again."""
        return self._state == _ABANDONED

    def outcome(self) -> tuple[bytes, int, httpx.Response | None]:
        """What a follower gets: the body, the coins it saved, the leader's response.

        Raises:
            BaseException: the leader's error, as the leader got it.
        """
        error = self.error
        if error is not None:
            # As asyncio's futures do: every waiter raises the one error, each time with
            # the traceback it had where the leader caught it.
            raise error.with_traceback(self._traceback)
        return self.body, self.coins, self.response

    def answered(self, body: bytes, coins: int, response: httpx.Response | None) -> None:
        self.body, self.coins, self.response = body, coins, response
        self._end(_ANSWERED)

    def failed(self, error: BaseException) -> None:
        self.error, self._traceback = error, error.__traceback__
        self._end(_FAILED)

    def abandon(self) -> None:
        self._end(_ABANDONED)

    def _end(self, state: int) -> None:
        self._state = state
        if self._event is not None:
            self._event.set()

    def __repr__(self) -> str:
        return f"Flight(followers={self.followers}, state={self._state})"


class Flights:
    """The flights of one client (shared by its `with_options` copies: one key, one table)."""

    __slots__ = ("_flights",)

    def __init__(self) -> None:
        self._flights: dict[Hashable, Flight] = {}

    def get(self, key: Hashable) -> Flight | None:
        """The flight of `key` in progress, if any."""
        return self._flights.get(key)

    def lead(self, key: Hashable) -> Flight:
        """Start the flight of `key` (the caller leads it)."""
        flight = self._flights[key] = Flight(key)
        return flight

    def land(self, flight: Flight, *, answer: tuple[bytes, int, Any] | None = None) -> None:
        """End `flight`: answered with `answer` (body, coins, response), else abandoned.

        It leaves the table first, so a call arriving afterwards starts a new flight.
        """
        if self._flights.get(flight.key) is flight:
            del self._flights[flight.key]
        if answer is None:
            flight.abandon()
        else:
            flight.answered(*answer)

    def crash(self, flight: Flight, error: BaseException) -> None:
        """End `flight` with the leader's error: every follower raises it."""
        if self._flights.get(flight.key) is flight:
            del self._flights[flight.key]
        flight.failed(error)

    def __len__(self) -> int:
        return len(self._flights)

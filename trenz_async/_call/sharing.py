"""The contract of reads shared beyond one client: what the call path asks a fleet.

With a coordinator, a client's single-flight and read cache reach every worker of its
namespace and key (`_fleet.reads` implements this on Redis; the two packages do not
import each other, the client hands one to the other). Before sending a read the
client `claim`s it: the fleet answers with another worker's answer (one it stored, or
one it was fetching and finished while this worker waited), or with none, and the
client sends. After sending, the client `finish`es its claim: with the answer's body
(kept for the others), or with nothing (it failed or was cancelled: the others go
themselves).

An implementation never raises for its own failures: a fleet it cannot reach makes
the worker go alone (its local flights and cache still work), never fail a call.
"""

from __future__ import annotations

from typing import Protocol


class Claimed(Protocol):
    """What the fleet said of a read about to be sent."""

    @property
    def body(self) -> bytes | None:
        """Another worker's answer (the body as the server sent it), or `None`: send."""
        ...

    @property
    def age(self) -> float:
        """Seconds since that answer was stored (0 for a flight this worker waited on)."""
        ...

    @property
    def cached(self) -> bool:
        """The answer came from the fleet's cache (else from a flight in progress)."""
        ...


class SharedReads(Protocol):
    """A fleet's single-flight and cache for one namespace and key."""

    async def claim(self, request: str, *, max_age: float, wait: float) -> Claimed:
        """Before sending `request`: another worker's answer, or none (this worker sends).

        Args:
            request: the read's canonical text (`readkey.request_text`).
            max_age: the oldest stored answer the caller takes, in seconds (0: none,
                only the answer of a flight in progress).
            wait: the longest the caller waits for another worker's flight; after it,
                the caller sends without announcing a flight. 0: announce nothing,
                wait for nobody (a lookup in the fleet's cache only).
        """
        ...

    async def finish(
        self, claimed: Claimed, body: bytes | None, *, ttl: float, max_bytes: int, max_entries: int
    ) -> None:
        """After sending what `claimed` let this worker send: keep `body` for `ttl`
        seconds (0: only for workers waiting on it now) within the fleet cache's bounds;
        `None` withdraws the flight (the others go themselves)."""
        ...

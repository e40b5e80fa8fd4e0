"""`FleetReads`: the fleet's answers, waiting with a deadline, and a lost Redis that fails nothing."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from typing import Any

import pytest

from trenz_async import CoordinatorError
from trenz_async._fleet.reads import RESULT_TTL, Claim, FleetReads

pytestmark = pytest.mark.anyio

BODY = b'{"data": {"items": []}, "usage": {"coin_cost": 5}}'


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


class Store:
    """A scripted `RedisReads`: replies in order, or Redis failing."""

    def __init__(self) -> None:
        self.claims: list[tuple[str, int, bytes | None]] = []
        self.polls: list[tuple[str, bytes | None]] = []
        self.finishes: list[dict[str, Any]] = []
        self.finish_replies: list[str] = []
        self.down = False
        self.asked = 0

    def _check(self) -> None:
        self.asked += 1
        if self.down:
            raise CoordinatorError("reads.claim failed: Redis down", operation="reads.claim")

    async def claim(self, digest: str, **options: Any) -> tuple[str, int, bytes | None]:
        self._check()
        return self.claims.pop(0)

    async def poll(self, digest: str, **options: Any) -> tuple[str, bytes | None]:
        self._check()
        return self.polls.pop(0)

    def finish_later(
        self,
        digest: str,
        *,
        on_reply: Callable[[str], None],
        on_error: Callable[[CoordinatorError], None],
        **options: Any,
    ) -> None:
        """As the link delivers a deferred write: its reply, or its error, to the callbacks."""
        try:
            self._check()
        except CoordinatorError as exc:
            on_error(exc)
            return
        self.finishes.append(options)
        on_reply(self.finish_replies.pop(0) if self.finish_replies else "stored")


def reads(store: Store, clock: Clock) -> FleetReads:
    return FleetReads(store, owner="me", clock=clock, sleep=clock.sleep)  # type: ignore[arg-type]


async def test_a_stored_answer_comes_back_decompressed_with_its_age() -> None:
    """A hit is the body as the server sent it, its age in seconds, marked cached."""
    store, clock = Store(), Clock()
    store.claims.append(("hit", 1500, zlib.compress(BODY)))
    claimed = await reads(store, clock).claim("req", max_age=60, wait=5)
    assert (claimed.body, claimed.age, claimed.cached) == (BODY, 1.5, True)


async def test_a_damaged_answer_is_no_answer() -> None:
    """A value that does not decompress: the caller sends (and may replace it)."""
    store, clock = Store(), Clock()
    store.claims.append(("hit", 0, b"not zlib"))
    claimed = await reads(store, clock).claim("req", max_age=60, wait=5)
    assert claimed.body is None
    assert claimed.digest is not None


async def test_a_waiting_worker_polls_until_the_answer_lands() -> None:
    """Another worker's flight: polled with backoff until its answer is there."""
    store, clock = Store(), Clock()
    store.claims.append(("wait", 123, None))
    store.polls += [("wait", None), ("wait", None), ("done", zlib.compress(BODY))]
    claimed = await reads(store, clock).claim("req", max_age=0, wait=5)
    assert (claimed.body, claimed.cached) == (BODY, False)
    assert clock.now - 1000.0 == pytest.approx(0.01 + 0.02 + 0.04)


async def test_a_waiting_worker_claims_again_when_the_flight_ends_without_an_answer() -> None:
    """The other worker failed: this one claims again and leads."""
    store, clock = Store(), Clock()
    store.claims += [("wait", 1, None), ("lead", 2, None)]
    store.polls.append(("gone", None))
    claimed = await reads(store, clock).claim("req", max_age=0, wait=5)
    assert claimed.body is None
    assert len(store.claims) == 0


async def test_waiting_stops_at_the_deadline() -> None:
    """A flight that never lands: the worker goes itself once `wait` has passed."""
    store, clock = Store(), Clock()
    store.claims.append(("wait", 1, None))
    store.polls += [("wait", None)] * 100
    claimed = await reads(store, clock).claim("req", max_age=0, wait=2.0)
    assert claimed.body is None
    assert clock.now - 1000.0 == pytest.approx(2.0)


async def test_an_answer_with_a_ttl_is_stored_in_one_round_trip() -> None:
    """With a cache TTL the body goes with the one `finish`."""
    store, clock = Store(), Clock()
    await reads(store, clock).finish(
        Claim(digest="d"), BODY, ttl=300, max_bytes=1000, max_entries=10
    )
    [finish] = store.finishes
    assert zlib.decompress(finish["body"]) == BODY
    assert (finish["ttl_ms"], finish["offer"]) == (300_000, False)


async def test_without_a_ttl_the_answer_is_sent_only_to_waiting_workers() -> None:
    """No TTL: one `finish` without the body; only if workers wait, a second one with it."""
    store, clock = Store(), Clock()
    fleet = reads(store, clock)
    await fleet.finish(Claim(digest="d"), BODY, ttl=0, max_bytes=1000, max_entries=10)
    assert [f["body"] for f in store.finishes] == [b""]
    store.finishes.clear()
    store.finish_replies.append("want")
    await fleet.finish(Claim(digest="d"), BODY, ttl=0, max_bytes=1000, max_entries=10)
    assert [f["offer"] for f in store.finishes] == [True, False]
    assert store.finishes[1]["ttl_ms"] == RESULT_TTL * 1000


async def test_a_claim_that_asked_nothing_finishes_nothing() -> None:
    """A claim made while Redis was out of use (no digest) sends no `finish`."""
    store, clock = Store(), Clock()
    await reads(store, clock).finish(Claim(), BODY, ttl=300, max_bytes=1000, max_entries=10)
    assert store.asked == 0


async def test_a_lost_redis_means_going_alone_for_a_while_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Redis fails: no error, one WARNING, Redis left alone 1 s (then 2 s...), back when it answers."""
    store, clock = Store(), Clock()
    fleet = reads(store, clock)
    store.down = True
    with caplog.at_level(logging.WARNING, logger="trenz_async"):
        assert (await fleet.claim("req", max_age=60, wait=5)).body is None
        await fleet.finish(Claim(digest="d"), BODY, ttl=60, max_bytes=1000, max_entries=10)
        assert store.asked == 1  # the finish did not even try
        clock.now += 1.0
        assert (await fleet.claim("req", max_age=60, wait=5)).body is None
        assert store.asked == 2
        clock.now += 1.0
        await fleet.claim("req", max_age=60, wait=5)
        assert store.asked == 2  # the pause doubled
        store.down = False
        clock.now += 1.0
        store.claims.append(("lead", 1, None))
        assert (await fleet.claim("req", max_age=60, wait=5)).digest is not None
    messages = [record.getMessage() for record in caplog.records]
    assert sum("shared reads failed" in message for message in messages) == 1
    assert sum("work again" in message for message in messages) == 1

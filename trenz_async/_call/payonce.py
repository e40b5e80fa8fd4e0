"""Paying once: a read identical to one in flight, or recently answered, is not sent again.

For a shareable read (`readkey.shareable`), in this order:

1. **the read cache** (`ReadCache`, if the client copy has one and the operation's TTL
   is not 0; a per-request `cache=False` skips the lookup): a fresh answer there is the
   result, decoded for this caller;
2. **single-flight** (on unless `coalesce=False`): an identical call in flight in this
   client (same request text, raw or not, same cache freshness) is followed; the
   follower reserves and sends nothing and gets the leader's answer, its error, or (if
   the leader was cancelled) a turn to lead;
3. **the fleet** (with a coordinator): the leader asks the fleet, which may hand it
   another worker's stored answer or the answer of that worker's identical flight
   (waiting at most the call's read timeout), or let it lead;
4. **the request**, as any call: validated, reserved, sent, counted. Its body goes into
   the cache and to the followers (and the fleet); errors go to the followers only.

Every caller gets its own result: the leader parses the decoded envelope, everyone
else decodes the body afresh (`answers`). Followers and cache hits count in the
ledger's `calls_coalesced` / `cache_hits` and `coins_saved` (the charge of the request
whose answer they got), never in `calls` or the budget.

A follower shares the leader's request as it is: its own `timeout` and `max_retries`
do not apply (they do not split a flight), and an error the leader got (a timeout
included) is its error too. Raw calls (`with_raw_response`) coalesce only with raw
calls (each gets a `RawResponse` over the one HTTP response and parses its own model);
they never use the cache or the fleet, whose answers have no HTTP response.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, NamedTuple

import anyio
import httpx

from .._registry import OperationInfo
from .answers import charged, parse, request_id_of
from .cache import DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES, ReadCache
from .flights import Flight
from .raw import RawResponse
from .runtime import Runtime
from .sharing import Claimed

DEFAULT_WAIT = 60.0
"""Seconds a call without a read timeout waits for another worker's identical read."""


class Answer(NamedTuple):
    """What the request of a shared read brought back (`invoke._send(shared=True)`)."""

    envelope: dict[str, Any]
    body: bytes
    response: httpx.Response | None  # kept for raw callers only


async def read_once(
    runtime: Runtime,
    info: OperationInfo,
    request: str,
    *,
    raw: bool,
    fresh: bool,
    estimate: int,
    wait: float,
    send: Callable[..., Awaitable[Any]],
) -> Any:
    """The result of a shareable read, paying for it at most once.

    Args:
        runtime: the calling client copy.
        info: the operation.
        request: the read's canonical text (`readkey.request_text`).
        raw: the caller wants a `RawResponse`.
        fresh: the caller takes no stored answer (`cache=False`).
        estimate: the call's estimate (what a shared answer saved, if it reports no cost).
        wait: seconds it would wait for another worker's identical read.
        send: sends the call, answering an `Answer` (`invoke._call`, given `raw=` and
            `shared=True`).
    """
    core = runtime.core
    cache = None if raw else runtime.cache
    ttl = 0.0
    cache_key = ""
    if cache is not None:
        ttl = cache.ttl_for(info)
        if ttl:
            cache_key = f"{core.identity}\n{request}"
            if not fresh:
                found = cache.get(cache_key)
                if found is not None:
                    core.check_usable()  # a closed client answers nothing, not even this
                    with _answered(runtime, info, estimate, "cache") as span:
                        return _deliver(
                            runtime, info, found[0], None, estimate, cached=True, span=span
                        )
    max_age = 0.0 if fresh else ttl
    flight = None
    if runtime.coalesce:
        flights = core.flights
        key = (request, raw, max_age)
        flight = flights.get(key)
        while flight is not None:
            core.check_usable()  # a flight belongs to the client's loop, as its connections
            with _answered(runtime, info, estimate, "flight") as span:
                await flight.wait()
                if not flight.abandoned:
                    body, coins, response = flight.outcome()
                    return _deliver(
                        runtime, info, body, response, coins, raw=raw, cached=False, span=span
                    )
                if span is not None:
                    span.set_attribute("trenz.outcome", "abandoned")
            flight = flights.get(key)  # the leader gave up: the first of us to run leads
        flight = flights.lead(key)
    return await _lead(
        runtime,
        info,
        request,
        flight,
        cache=cache,
        cache_key=cache_key,
        ttl=ttl,
        max_age=max_age,
        raw=raw,
        estimate=estimate,
        wait=wait,
        send=send,
    )


async def _lead(
    runtime: Runtime,
    info: OperationInfo,
    request: str,
    flight: Flight | None,
    *,
    cache: ReadCache | None,
    cache_key: str,
    ttl: float,
    max_age: float,
    raw: bool,
    estimate: int,
    wait: float,
    send: Callable[..., Awaitable[Any]],
) -> Any:
    """Ask the fleet, else send; then hand the answer to the cache, the followers, the fleet."""
    core = runtime.core
    shared = None if raw else core.shared_reads
    lead: Claimed | None = None
    try:
        if shared is not None and (flight is not None or max_age or ttl):
            # Without coalescing only the fleet's cache is asked: no flight is announced.
            lead = await shared.claim(
                request, max_age=max_age, wait=wait if flight is not None else 0.0
            )
            body = lead.body
            if body is not None:
                with _answered(runtime, info, estimate, "fleet") as span:
                    delivered = _from_fleet(runtime, info, lead, body, estimate, span)
                if delivered is not None:
                    result, coins = delivered
                    if cache is not None and ttl:
                        cache.put(cache_key, body, ttl, age=lead.age)
                    if flight is not None:
                        core.flights.land(flight, answer=(body, coins, None))
                    return result
        answer: Answer = await send(raw=raw, shared=True)
        envelope, body, response = answer
        endpoint = core.endpoint(info)
        if raw:
            result = RawResponse(
                response,  # type: ignore[arg-type]  # kept for raw calls
                request_id=request_id_of(envelope),
                parse=lambda: parse(info, endpoint, envelope),
            )
        else:
            result = parse(info, endpoint, envelope)  # a malformed answer is an error: not kept
    except BaseException as exc:
        if flight is not None:
            if isinstance(exc, Exception):
                core.flights.crash(flight, exc)
            else:  # cancelled (or interrupted): a follower leads in its place
                core.flights.land(flight)
        if lead is not None:
            assert shared is not None
            with anyio.CancelScope(shield=True):
                await shared.finish(lead, None, ttl=0.0, max_bytes=0, max_entries=0)
        raise
    if cache is not None and ttl:
        cache.put(cache_key, body, ttl)
    if flight is not None:
        # What each follower saved: worked out only when someone followed.
        coins = charged(envelope, estimate) if flight.followers else 0
        core.flights.land(flight, answer=(body, coins, response))
    if lead is not None:
        assert shared is not None
        with anyio.CancelScope(shield=True):  # the answer is paid for: let the others have it
            await shared.finish(
                lead,
                body,
                ttl=ttl,
                max_bytes=DEFAULT_MAX_BYTES if cache is None else cache.max_bytes,
                max_entries=DEFAULT_MAX_ENTRIES if cache is None else cache.max_entries,
            )
    return result


def _deliver(
    runtime: Runtime,
    info: OperationInfo,
    body: bytes,
    response: httpx.Response | None,
    coins: int,
    *,
    raw: bool = False,
    cached: bool,
    span: Any = None,
) -> Any:
    """A shared answer as this caller's own result, counted as saved (and on `span`).

    `coins` is what the answer was charged; for a cache hit (the body is all there is)
    it is the call's estimate, and the body's reported cost replaces it.
    """
    envelope = json.loads(body)
    if cached:
        coins = charged(envelope, coins)
    core = runtime.core
    core.usage.saved(info.operation_id, coins, scope=runtime.scope, cached=cached)
    _saved(span, coins)
    endpoint = core.endpoint(info)
    if raw:
        assert response is not None  # raw calls follow raw calls only
        return RawResponse(
            response,
            request_id=request_id_of(envelope),
            parse=lambda: parse(info, endpoint, envelope),
        )
    return parse(info, endpoint, envelope)


def _from_fleet(
    runtime: Runtime,
    info: OperationInfo,
    answer: Claimed,
    body: bytes,
    estimate: int,
    span: Any = None,
) -> tuple[Any, int] | None:
    """Another worker's answer as this caller's result and its charge, or `None` when it
    cannot be used (damaged, or a shape this SDK's models refuse): the caller sends."""
    try:
        envelope = json.loads(body)
        if not isinstance(envelope, dict):
            raise ValueError("not an envelope")
        result = parse(info, runtime.core.endpoint(info), envelope)
    except Exception:  # any doubt about a shared body: pay for a fresh one
        if span is not None:
            span.set_attribute("trenz.outcome", "unusable")
        return None
    coins = charged(envelope, estimate)
    runtime.core.usage.saved(info.operation_id, coins, scope=runtime.scope, cached=answer.cached)
    _saved(span, coins)
    return result, coins


@contextlib.contextmanager
def _answered(runtime: Runtime, info: OperationInfo, estimate: int, shared: str) -> Iterator[Any]:
    """The span of a read answered from `shared` (`Telemetry.call_span`), or `None`;
    an error ends it with the error's class name as `trenz.outcome`."""
    telemetry = runtime.core.telemetry
    with telemetry.call_span(info.operation_id, info.accessor, estimate, shared=shared) as span:
        try:
            yield span
        except BaseException as exc:
            if span is not None:
                span.set_attribute("trenz.outcome", type(exc).__name__)
            raise


def _saved(span: Any, coins: int) -> None:
    if span is not None:
        span.set_attribute("trenz.coins.saved", coins)
        span.set_attribute("trenz.outcome", "ok")

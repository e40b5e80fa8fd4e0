"""A new `TrenzClient`'s parts, made and joined: what its calls run with (`Runtime`).

The gate and the ledger (the client's own, or with a coordinator the fleet's, bound
here), the connection pool behind the SDK's transport and sized from the gate, the core
every copy of the client shares, and the tracker whose polls take the same transport.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ._call import ClientCore, ReadCache, Runtime, fetch_status
from ._errors import ConfigurationError
from ._jobs import Journal, PollPolicy, TaskJournal, TaskTracker
from ._ledger import UsageLedger
from ._support import Telemetry
from ._transport import RateLimit, RateLimiter, RequestGate, RetryPolicy, most_in_flight
from ._transport import build as build_http
from ._transport import layers as transport_layers

if TYPE_CHECKING:
    from ._fleet import Fleet, RedisCoordinator


def build_runtime(
    *,
    key: str,
    base_url: httpx.URL,
    auth: str,
    retry: RetryPolicy,
    timeout: httpx.Timeout,
    rate_limit: RateLimit | None,
    limiter: RateLimiter | None,
    max_in_flight: int | None,
    max_coins: int | None,
    low_balance_threshold: int | None,
    on_low_balance: Callable[[int], None] | None,
    poll: PollPolicy,
    journal: str | Path | Journal | None,
    coordinator: RedisCoordinator | None,
    max_response_bytes: int,
    transport: httpx.AsyncBaseTransport | None,
    http_client: httpx.AsyncClient | None,
    http_options: Mapping[str, Any] | None,
    trust_env: bool,
    telemetry: Telemetry,
    coalesce: bool,
    cache: ReadCache | None,
) -> Runtime:
    """The runtime of a new client, from its checked arguments (as `TrenzClient` takes them).

    Raises:
        ConfigurationError: `limiter=` or `journal=` with `coordinator=`, a namespace that
            holds other limits, or a Redis that failed.
    """
    fleet: Fleet | None = None
    gate: RequestGate
    usage: UsageLedger
    if coordinator is not None:
        from ._fleet import bind  # redis is imported only by clients that use it

        if limiter is not None or journal is not None:
            raise ConfigurationError(
                "coordinator= shares the rate limit, the budget and the journal between "
                "workers: it cannot be combined with limiter= or journal= (pass "
                "rate_limit=, max_in_flight= and max_coins= to configure the fleet)"
            )
        fleet = bind(
            coordinator,
            key,
            rate_limit=rate_limit,
            max_in_flight=max_in_flight,
            max_coins=max_coins,
            poll=poll,
            low_balance_threshold=low_balance_threshold,
            on_low_balance=on_low_balance,
            telemetry=telemetry,
        )
        gate, usage, journal = fleet.gate, fleet.usage, fleet.journal
    else:
        gate = limiter or RateLimiter(
            rate_limit,
            max_in_flight=max_in_flight,
            poll_share=poll.poll_share,
            call_reserve=poll.call_reserve,
        )
        usage = UsageLedger(
            max_coins=max_coins,
            low_balance_threshold=low_balance_threshold,
            on_low_balance=on_low_balance,
            telemetry=telemetry,
        )
    http = build_http(
        base_url=base_url,
        timeout=timeout,
        wrap=functools.partial(
            transport_layers,
            api_key=key,
            base_url=base_url,
            auth=auth,
            gate=gate,
            ledger=usage,
            retry=retry,
            max_response_bytes=max_response_bytes,
            telemetry=telemetry,
        ),
        transport=transport,
        http_client=http_client,
        http_options=http_options,
        trust_env=trust_env,
        # A shared limiter's settings, else the client's (a fleet's gate applies them).
        in_flight=most_in_flight(gate.rate_limit, gate.max_in_flight)
        if isinstance(gate, RateLimiter)
        else most_in_flight(rate_limit, max_in_flight),
    )
    core = ClientCore(
        http=http,
        gate=gate,
        usage=usage,
        journal=TaskJournal(journal) if isinstance(journal, str | Path) else journal,
        telemetry=telemetry,
        identity=key_identity(key),
        shared_reads=None if fleet is None else fleet.reads,
    )
    runtime = Runtime(core, retry=retry, timeout=timeout, coalesce=coalesce, cache=cache)
    # Polls go through the client's own transport, with the client's own defaults.
    core.tracker = TaskTracker(
        functools.partial(fetch_status, runtime),
        usage=usage,
        policy=poll,
        journal=core.journal,
        check_usable=core.check_usable,
        sharing=None if fleet is None else fleet.polls,
        # The local limiter can tell at once; a fleet's gate would need a round trip.
        rate_limit_wait=gate.expected_wait if isinstance(gate, RateLimiter) else None,
        telemetry=telemetry,
    )
    return runtime


def key_identity(api_key: str) -> str:
    """A fingerprint of the key for the read cache's keys (salted: not a plain hash of it)."""
    return hashlib.sha256(b"trenz_async read cache\x00" + api_key.encode()).hexdigest()[:16]

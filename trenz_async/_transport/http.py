"""The client's one `httpx.AsyncClient`, built so every route to the network passes the SDK.

Three ways to reach the network, none of which skips auth, the gate, retries or coin
accounting:
- the default: `httpx.AsyncHTTPTransport`s (options from `http_options`), their pool
  sized by `pool_limits` to what the client's gate lets fly at once and split into
  shards (`.pools`), with the
  environment's proxies (`HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`...) honoured as httpx
  does by default (`trust_env=True`), each proxy route wrapped in the SDK's transport too;
- `transport=`: a transport of your own (tests, a custom network);
- `http_client=`: your own `httpx.AsyncClient`, whose proxies, TLS settings, limits and
  event hooks then carry every request; the SDK sends through it (`send(stream=True)`)
  and never closes it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .._errors import ConfigurationError
from .._ledger import UsageLedger
from .._support import Telemetry
from .._version import __version__
from .accounting import AccountingTransport
from .aio import AioHttpClient, AioHttpRoute
from .auth import RESERVED_HEADERS, AuthTransport
from .body import BodyTransport
from .gate import GateTransport, RequestGate
from .limiter import RateLimit
from .pools import pool_limits, sharded
from .retry import RetryPolicy, RetryTransport
from .tls import default_context

USER_AGENT = (
    f"trenz_async/{__version__} python/{'.'.join(map(str, sys.version_info[:3]))} "
    f"httpx/{httpx.__version__}"
)
# Settings that would replace the SDK's own wiring: they have TrenzClient arguments.
_REFUSED = {
    "base_url": "base_url=",
    "transport": "transport=",
    "mounts": "transport= or http_client=",
    "auth": "api_key= and auth=",
    "timeout": "timeout=",
    "trust_env": "trust_env=",
}
_NETWORK_OPTIONS = ("limits", "proxy", "verify", "cert", "http1", "http2")


def most_in_flight(rate_limit: RateLimit | None, max_in_flight: int | None) -> int | None:
    """The most requests a gate with these settings can have in flight at once.

    A request counts in the rate limit's window from its start until a period after its
    end, so a window of N requests never has more than N in flight. `None`: unbounded.
    """
    window = None if rate_limit is None else rate_limit.requests
    bounds = [bound for bound in (max_in_flight, window) if bound is not None]
    return min(bounds) if bounds else None


class _ClientNetwork(httpx.AsyncBaseTransport):
    """Send through a user's `httpx.AsyncClient` (its proxies, TLS, limits, hooks)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        """The user's client is the user's to close."""


def layers(
    network: httpx.AsyncBaseTransport,
    *,
    api_key: str,
    base_url: httpx.URL,
    auth: str,
    gate: RequestGate,
    ledger: UsageLedger,
    retry: RetryPolicy,
    max_response_bytes: int,
    telemetry: Telemetry | None = None,
) -> httpx.AsyncBaseTransport:
    """The SDK's transports around `network`, each wrapping the next, in the order a
    request meets them:

        retry       bounded, by failure phase and cost; "outcome unknown" instead of paying twice
        gate        the rate limit and in-flight cap; a 429 pauses everyone
        accounting  what each attempt cost, or may have cost
        auth        the API key, only ever to the base URL's origin, never left on the request
        body        one attempt, bounded as a whole; size cap, typed errors, the envelope
    """
    body = BodyTransport(network, max_response_bytes=max_response_bytes)
    keyed = AuthTransport(body, api_key=api_key, base_url=base_url, auth=auth)
    counted = AccountingTransport(keyed, ledger=ledger)
    gated = GateTransport(counted, gate=gate, max_pause=retry.max_retry_after, telemetry=telemetry)
    return RetryTransport(gated, retry=retry)


def build(
    *,
    base_url: httpx.URL,
    timeout: httpx.Timeout,
    wrap: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport],
    transport: httpx.AsyncBaseTransport | None,
    http_client: httpx.AsyncClient | None,
    http_options: Mapping[str, Any] | None,
    trust_env: bool,
    in_flight: int | None = None,
) -> httpx.AsyncClient:
    """The `httpx.AsyncClient` a `TrenzClient` sends through.

    Args:
        base_url / timeout: the client's.
        wrap: puts the SDK's transport around a network transport.
        transport / http_client / http_options / trust_env: as `TrenzClient` takes them.
        in_flight: the most requests the client's gate lets fly at once (`None`:
            unbounded); the default pool keeps that many connections (`pool_limits`),
            unless `http_options` sets `limits`.

    Raises:
        ConfigurationError: a combination that would bypass the SDK's transport or
            silently drop a setting.
    """
    options = dict(http_options or {})
    for name, instead in _REFUSED.items():
        if name in options:
            raise ConfigurationError(f"http_options may not set {name!r}; use {instead}")
    network_options = {name: options.pop(name) for name in _NETWORK_OPTIONS if name in options}
    if http_client is not None and (transport is not None or network_options):
        raise ConfigurationError(
            "http_client= brings its own network settings: do not combine it with "
            f"transport= or http_options {sorted(network_options)}"
        )
    if transport is not None and network_options:
        raise ConfigurationError(
            f"http_options {sorted(network_options)} configure the SDK's own network "
            "transport; with transport= set them on that transport"
        )
    headers = _headers(options.pop("headers", None), http_client)
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    if http_client is not None:
        network: httpx.AsyncBaseTransport = (
            AioHttpRoute(http_client)
            if isinstance(http_client, AioHttpClient)
            else _ClientNetwork(http_client)
        )
    elif transport is not None:
        network = transport
    else:
        network_options.setdefault("limits", pool_limits(in_flight))
        if "verify" not in network_options and "cert" not in network_options:
            # One CA bundle load per process, not per client (see .tls).
            network_options["verify"] = default_context(trust_env=trust_env)

        def pool(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
            # Retries belong to the SDK's transport, which knows what is safe to repeat.
            return httpx.AsyncHTTPTransport(
                retries=0, trust_env=trust_env, **{**network_options, "limits": limits}
            )

        network = sharded(network_options["limits"], pool)
        if trust_env and "proxy" not in network_options:
            mounts = _environment_mounts(wrap, network_options)
    options.setdefault("follow_redirects", False)
    return httpx.AsyncClient(
        base_url=base_url,
        transport=wrap(network),
        mounts=mounts or None,
        timeout=timeout,
        headers=headers,
        trust_env=trust_env,
        **options,
    )


def _headers(
    extra: Mapping[str, str] | None, http_client: httpx.AsyncClient | None
) -> httpx.Headers:
    """The SDK's headers plus the caller's (which may not replace the SDK's)."""
    headers = httpx.Headers()
    if http_client is not None:
        for name, value in http_client.headers.items():
            if name.lower() not in RESERVED_HEADERS:
                headers[name] = value
    for name, value in (extra or {}).items():
        if name.lower() in RESERVED_HEADERS:
            raise ConfigurationError(
                f"http_options headers may not set {name!r}: the SDK sets it "
                "(the key comes from api_key=)"
            )
        headers[name] = value
    # Only encodings the SDK can decode under its size cap.
    headers["User-Agent"] = USER_AGENT
    headers["Accept-Encoding"] = "gzip, deflate"
    return headers


def _environment_mounts(
    wrap: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport],
    network_options: Mapping[str, Any],
) -> dict[str, httpx.AsyncBaseTransport | None]:
    """Proxy routes from the environment, each behind the SDK's transport.

    httpx applies environment proxies only when it builds its own transports; given
    ours, it would ignore them. So build them the way httpx does (with its own reading
    of the environment, pinned with httpx), and wrap each one.
    """
    from httpx._utils import get_environment_proxies

    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    for pattern, proxy in get_environment_proxies().items():
        if proxy is None:
            mounts[pattern] = None  # NO_PROXY: the default (direct) route
        else:
            mounts[pattern] = wrap(
                httpx.AsyncHTTPTransport(retries=0, proxy=proxy, **network_options)
            )
    return mounts

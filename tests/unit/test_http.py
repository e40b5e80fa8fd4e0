"""The client's HTTP wiring: headers, proxies from the environment, your own httpx client."""

from __future__ import annotations

import logging
import math
import platform
from typing import Any

import httpx
import pytest
import respx

import trenz_async
from trenz_async import (
    ConfigurationError,
    OperationInfo,
    RateLimitError,
    RetryPolicy,
    TrenzClient,
)
from trenz_async._transport import RetryTransport
from trenz_async._transport.pools import SHARD_SIZE

from .helpers import (
    API_KEY,
    BASE_URL,
    cheap_read,
    envelope,
    error_body,
    job,
    make_client,
    minimal_arguments,
    priced_jobs,
    typed,
    url_of,
)

pytestmark = pytest.mark.anyio

SEARCH = cheap_read()
SEARCH_URL = url_of(SEARCH)


async def test_the_user_agent_names_the_sdk_python_and_httpx(router: respx.MockRouter) -> None:
    """User-Agent is trenz_async/<version> python/<x.y.z> httpx/<x.y.z>."""
    route = router.get(url__startswith=SEARCH_URL).respond(200, json=envelope(SEARCH))
    async with make_client() as client:
        await typed(client, SEARCH)(**minimal_arguments(SEARCH))
    agent = route.calls.last.request.headers["user-agent"]
    assert agent == (
        f"trenz_async/{trenz_async.__version__} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )


async def test_extra_headers_are_merged_with_the_sdks(router: respx.MockRouter) -> None:
    """http_options headers are added to the SDK's own (which stay), on every request."""
    route = router.get(url__startswith=SEARCH_URL).respond(200, json=envelope(SEARCH))
    async with make_client(http_options={"headers": {"X-Team": "growth"}}) as client:
        await typed(client, SEARCH)(**minimal_arguments(SEARCH))
    headers = route.calls.last.request.headers
    assert headers["x-team"] == "growth"
    assert headers["user-agent"].startswith("trenz_async/")
    assert headers["x-api-key"] == API_KEY


@pytest.mark.parametrize(
    "options",
    [
        {"http_options": {"headers": {"X-API-Key": "other"}}},
        {"http_options": {"headers": {"User-Agent": "mine"}}},
        {"http_options": {"base_url": "https://elsewhere.test"}},
        {"http_options": {"mounts": {}}},
        {
            "transport": httpx.MockTransport(lambda r: httpx.Response(200)),
            "http_options": {"proxy": "http://p.test:1"},
        },
        {
            "http_client": httpx.AsyncClient(),
            "transport": httpx.MockTransport(lambda r: httpx.Response(200)),
        },
        {"http_client": httpx.AsyncClient(), "http_options": {"verify": False}},
    ],
    ids=[
        "key-header",
        "user-agent",
        "base-url",
        "mounts",
        "transport+proxy",
        "client+transport",
        "client+verify",
    ],
)
def test_combinations_that_would_bypass_the_sdk_are_refused(options: dict[str, Any]) -> None:
    """Settings that would replace the SDK's wiring, or be silently dropped, raise ConfigurationError."""
    with pytest.raises(ConfigurationError):
        TrenzClient(api_key=API_KEY, base_url=BASE_URL, **options)


def test_environment_proxies_are_honoured_unless_trust_env_is_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """HTTPS_PROXY adds a proxy route behind the SDK's transport; trust_env=False ignores it."""
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    trusting = TrenzClient(api_key=API_KEY, base_url=BASE_URL)._runtime.core.http
    assert any(isinstance(route, RetryTransport) for route in trusting._mounts.values())
    ignoring = TrenzClient(api_key=API_KEY, base_url=BASE_URL, trust_env=False)._runtime.core.http
    assert not ignoring._mounts


async def test_your_own_http_client_carries_every_request() -> None:
    """With http_client=, requests go through it (its hooks see them) and still get auth, retries and accounting."""
    seen: list[dict[str, str]] = []
    answers = iter(
        [
            httpx.Response(503, json=error_body("BACKEND_UNAVAILABLE")),
            httpx.Response(200, json=envelope(SEARCH)),
        ]
    )

    async def hook(request: httpx.Request) -> None:
        seen.append(dict(request.headers))  # as sent: the SDK takes the key off afterwards

    mine = httpx.AsyncClient(
        transport=httpx.MockTransport(lambda request: next(answers)),
        event_hooks={"request": [hook]},
        headers={"X-Team": "growth"},
    )
    async with TrenzClient(
        api_key=API_KEY,
        base_url=BASE_URL,
        http_client=mine,
        rate_limit=None,
        retry=RetryPolicy(max_retries=2, initial_backoff=0, max_backoff=0),
    ) as client:
        await typed(client, SEARCH)(**minimal_arguments(SEARCH))
        assert client.usage.snapshot().coins_spent == SEARCH.coin_cost
    assert len(seen) == 2  # retried through your client
    assert all(headers["x-api-key"] == API_KEY for headers in seen)
    assert seen[-1]["x-team"] == "growth"
    assert not mine.is_closed  # yours to close
    await mine.aclose()


async def test_a_429_pause_is_logged_at_warning(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """A 429 that pauses the client logs one WARNING with the pause and the code."""
    router.get(url__startswith=SEARCH_URL).respond(
        429, json=error_body("RATE_LIMITED"), headers={"Retry-After": "7"}
    )
    async with make_client() as client:
        with pytest.raises(RateLimitError):
            await typed(client, SEARCH)(**minimal_arguments(SEARCH))
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("pausing all requests for 7.0s" in m and "RATE_LIMITED" in m for m in warnings)


async def test_per_request_options_reach_that_request_only(router: respx.MockRouter) -> None:
    """call() extra headers, query and body are sent; the key header cannot be set that way."""
    info = job()  # a job with a JSON body
    route = router.post(url_of(info)).respond(200, json=envelope(info))
    async with make_client() as client:
        await client.call(
            info.operation_id,
            **minimal_arguments(info),
            extra_headers={"X-Trace": "t1"},
            extra_query={"debug": "1"},
            extra_body={"seed": 7},
        )
        with pytest.raises(trenz_async.InvalidParameterError, match="x-api-key"):
            await client.call(
                info.operation_id, **minimal_arguments(info), extra_headers={"x-api-key": "k"}
            )
    request = route.calls.last.request
    assert request.headers["x-trace"] == "t1"
    assert request.url.params["debug"] == "1"
    assert b'"seed": 7' in request.content or b'"seed":7' in request.content
    assert route.call_count == 1


async def test_extra_body_counts_in_the_estimate(router: respx.MockRouter) -> None:
    """A priced parameter sent through extra_body is priced: it cannot slip past the budget."""
    priced = priced_jobs()
    if not priced:
        pytest.skip("the bundled spec prices no operation per unit")
    info, pricing = priced[0], priced[0].pricing
    assert pricing is not None
    extra = {pricing.quantity_param: pricing.default_quantity + 1}
    within = client_estimate(info)  # at the default quantity: the whole budget
    assert client_estimate(info, **extra) > within
    route = router.post(url_of(info)).respond(200, json=envelope(info))
    async with make_client(max_coins=within) as client:
        with pytest.raises(trenz_async.BudgetExceededError):
            await client.call(info.operation_id, **minimal_arguments(info), extra_body=extra)
    assert route.call_count == 0


def client_estimate(info: OperationInfo, **params: Any) -> int:
    """What the budget check estimates a call of `info` with these arguments at."""
    return make_client().estimate(info.operation_id, **minimal_arguments(info), **params)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Limits]:
    """The pool limits of every network transport the SDK builds from now on."""
    limits_seen: list[httpx.Limits] = []

    class Spy(httpx.AsyncHTTPTransport):
        def __init__(self, *args: Any, limits: httpx.Limits, **kwargs: Any) -> None:
            limits_seen.append(limits)
            super().__init__(*args, limits=limits, **kwargs)

    monkeypatch.setattr(httpx, "AsyncHTTPTransport", Spy)
    return limits_seen


@pytest.mark.parametrize(
    ("options", "pool"),
    [
        pytest.param({}, 200, id="default-rate-limit"),
        pytest.param({"max_in_flight": 8}, 8, id="in-flight-cap"),
        pytest.param({"rate_limit": trenz_async.RateLimit(30, 1.0)}, 30, id="smaller-window"),
        pytest.param(
            {"rate_limit": trenz_async.RateLimit(30, 1.0), "max_in_flight": 50}, 30, id="both"
        ),
        pytest.param({"rate_limit": None}, 100, id="unbounded"),
        pytest.param(
            {
                "limiter": trenz_async.RateLimiter(
                    trenz_async.RateLimit(500, 60.0), max_in_flight=64
                )
            },
            64,
            id="shared-limiter",
        ),
    ],
)
def test_the_default_pool_keeps_a_connection_per_request_the_gate_lets_fly(
    asked: list[httpx.Limits], options: dict[str, Any], pool: int
) -> None:
    """The default pool's size and keep-alive follow max_in_flight and the rate limit, whichever is lower."""
    TrenzClient(api_key=API_KEY, base_url=BASE_URL, trust_env=False, **options)
    # Split into shards of at most SHARD_SIZE connections that add up to the pool.
    assert sum(limits.max_connections or 0 for limits in asked) == pool
    assert sum(limits.max_keepalive_connections or 0 for limits in asked) == pool
    assert all((limits.max_connections or 0) <= SHARD_SIZE for limits in asked)
    assert len(asked) == math.ceil(pool / SHARD_SIZE)


def test_explicit_limits_win_over_the_sizing_rule(asked: list[httpx.Limits]) -> None:
    """http_options={"limits": ...} is used as given (a small pool: one shard)."""
    mine = httpx.Limits(max_connections=3, max_keepalive_connections=1)
    TrenzClient(
        api_key=API_KEY,
        base_url=BASE_URL,
        trust_env=False,
        max_in_flight=40,
        http_options={"limits": mine},
    )
    assert asked == [mine]

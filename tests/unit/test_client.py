"""TrenzClient options: per-call overrides, limits, logging, and its one HTTP client."""

from __future__ import annotations

import logging
import subprocess
import sys

import httpx
import pytest
import respx

from trenz_async import RateLimit, RateLimiter, RetryPolicy, ServerError, TrenzClient

from .helpers import (
    API_KEY,
    BASE_URL,
    cheap_read,
    envelope,
    error_body,
    minimal_arguments,
    typed,
    url_of,
)

pytestmark = pytest.mark.anyio

SEARCH = cheap_read()
SEARCH_URL = url_of(SEARCH)
FAST = RetryPolicy(max_retries=3, initial_backoff=0.0, max_backoff=0.0)


async def test_with_options_overrides_retries_and_shares_the_pool() -> None:
    """with_options(max_retries=0) retries nothing, shares http, limiter and ledger."""
    with respx.mock() as router:
        route = router.get(url__startswith=SEARCH_URL).respond(
            503, json=error_body("BACKEND_UNAVAILABLE")
        )
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL, retry=FAST) as client:
            strict = client.with_options(max_retries=0)
            assert (strict._runtime.core, strict.limiter, strict.usage) == (
                client._runtime.core,
                client.limiter,
                client.usage,
            )
            task = client.tasks.get("shared-task")
            client._runtime.tracker.submitted(task)
            assert strict.tasks.get("shared-task") is task  # one tracker for every copy
            with pytest.raises(ServerError):
                await typed(strict, SEARCH)(**minimal_arguments(SEARCH))
            assert route.call_count == 1
            with pytest.raises(ServerError):
                await typed(client, SEARCH)(**minimal_arguments(SEARCH))
            assert route.call_count == 1 + 4


async def test_with_options_timeout_reaches_the_request() -> None:
    """A per-call timeout is set on the outgoing request."""
    with respx.mock() as router:
        route = router.get(url__startswith=SEARCH_URL).respond(200, json=envelope(SEARCH))
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            await typed(client.with_options(timeout=123.0), SEARCH)(**minimal_arguments(SEARCH))
            await typed(client, SEARCH)(**minimal_arguments(SEARCH))
    slow, default = (call.request for call in route.calls)
    assert slow.extensions["timeout"]["read"] == 123.0
    assert default.extensions["timeout"]["read"] == 60.0


async def test_with_options_copy_does_not_close_the_shared_pool() -> None:
    """Closing a with_options copy leaves the original usable."""
    async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
        await client.with_options(max_retries=1).aclose()
        assert not client._runtime.core.http.is_closed
    assert client._runtime.core.http.is_closed


async def test_server_rate_limit_header_lowers_the_limiter() -> None:
    """X-RateLimit-Limit below the configured limit lowers the effective limit."""
    with respx.mock() as router:
        router.get(url__startswith=SEARCH_URL).respond(
            200, json=envelope(SEARCH), headers={"X-RateLimit-Limit": "120"}
        )
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            await typed(client, SEARCH)(**minimal_arguments(SEARCH))
            assert client.limiter.statistics().effective_limit == 120


async def test_max_in_flight_and_shared_limiter_options() -> None:
    """max_in_flight reaches the limiter; an explicit limiter is shared as given."""
    shared = RateLimiter(RateLimit(10, 1.0), max_in_flight=2)
    first = TrenzClient(api_key=API_KEY, base_url=BASE_URL, limiter=shared)
    second = TrenzClient(api_key=API_KEY, base_url=BASE_URL, limiter=shared)
    capped = TrenzClient(api_key=API_KEY, base_url=BASE_URL, max_in_flight=3)
    assert first.limiter is second.limiter is shared
    assert capped.limiter.max_in_flight == 3
    for client in (first, second, capped):
        await client.aclose()


async def test_each_attempt_is_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    """One log line per attempt: method, path, operation, status, attempt, coins, request id."""
    caplog.set_level(logging.INFO, logger="trenz_async")
    with respx.mock() as router:
        router.get(url__startswith=SEARCH_URL).mock(
            side_effect=[
                httpx.Response(503, json=error_body("BACKEND_UNAVAILABLE")),
                httpx.Response(200, json=envelope(SEARCH)),
            ]
        )
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL, retry=FAST) as client:
            await typed(client, SEARCH)(**minimal_arguments(SEARCH))
    lines = [record.getMessage() for record in caplog.records if SEARCH.path in record.getMessage()]
    assert any("-> 503 attempt=0" in line and "request_id=req_err" in line for line in lines)
    assert any(
        "-> 200 attempt=1" in line
        and f"coins={SEARCH.coin_cost}" in line
        and "request_id=req_1" in line
        for line in lines
    )
    assert all(SEARCH.operation_id in line for line in lines)
    assert API_KEY not in caplog.text


def test_trenz_log_environment_variable_turns_logging_on() -> None:
    """TRENZ_LOG=debug attaches a stderr handler at DEBUG to the trenz_async logger."""
    code = (
        "import logging, trenz_async\n"
        "trenz_async.TrenzClient(api_key='sk_live_x', base_url='https://a.test')\n"
        "logger = logging.getLogger('trenz_async')\n"
        "print(logger.level, len(logger.handlers))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"TRENZ_LOG": "debug"},
        check=True,
    )
    assert result.stdout.split() == [str(logging.DEBUG), "1"]


async def test_repr_names_the_base_url_only() -> None:
    """repr(client) shows the base URL and auth mode."""
    async with TrenzClient(api_key=API_KEY, base_url=BASE_URL, auth="bearer") as client:
        assert repr(client) == f"TrenzClient(base_url='{BASE_URL}', auth='bearer')"


def test_default_base_url_is_the_spec_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without argument or TRENZ_BASE_URL, the client talks to the spec's server."""
    import json
    from pathlib import Path

    monkeypatch.delenv("TRENZ_BASE_URL", raising=False)
    spec = json.loads((Path(__file__).parents[2] / "openapi.json").read_text())
    assert str(TrenzClient(api_key=API_KEY).base_url) == spec["servers"][0]["url"]

"""`AioHttpClient`: aiohttp's failures by phase (sent or not), the extra, trio refused."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import aiohttp
import httpx
import pytest
from httpx_aiohttp.transport import map_aiohttp_exceptions

from trenz_async import AioHttpClient, APITimeoutError, ConfigurationError, TrenzClient
from trenz_async._transport.aio import translate
from trenz_async._transport.responses import connection_error_from
from trenz_async.testing import TEST_API_KEY, FakeTrenz

from .helpers import job, minimal_arguments

_KEY = SimpleNamespace(host="api.trenz.test", port=443, ssl=True)

NOT_SENT = [
    aiohttp.ClientConnectorError(_KEY, ConnectionRefusedError(111, "refused")),  # type: ignore[arg-type]
    aiohttp.ClientConnectorDNSError(_KEY, OSError(-2, "no such host")),  # type: ignore[arg-type]
    aiohttp.ClientProxyConnectionError(_KEY, OSError(111, "proxy refused")),  # type: ignore[arg-type]
    aiohttp.ConnectionTimeoutError("connection timeout to host"),
    aiohttp.ServerFingerprintMismatch(b"a", b"b", "api.trenz.test", 443),
    aiohttp.InvalidURL("ftp://api.trenz.test"),
]
MAYBE_SENT = [
    aiohttp.ServerDisconnectedError(),
    aiohttp.SocketTimeoutError("timeout on reading data from socket"),
    aiohttp.ServerTimeoutError("timeout"),
    aiohttp.ClientPayloadError("Response payload is not completed"),
    aiohttp.ClientOSError(104, "Connection reset by peer"),
    aiohttp.ClientConnectionResetError("Cannot write to closing transport"),
    aiohttp.ClientConnectionError("Connection closed"),
    TimeoutError(),
]


def _mapped(error: BaseException) -> BaseException:
    """What httpx-aiohttp raises for `error` (its own mapping, chained to the original)."""
    try:
        with map_aiohttp_exceptions():
            raise error
    except Exception as mapped:
        return mapped
    raise AssertionError("not raised")


@pytest.mark.parametrize("wrapped", [False, True], ids=["raw", "as-httpx-aiohttp-maps-it"])
@pytest.mark.parametrize(
    ("error", "sent"),
    [(error, False) for error in NOT_SENT] + [(error, True) for error in MAYBE_SENT],
    ids=[type(error).__name__ for error in NOT_SENT + MAYBE_SENT],
)
def test_only_a_connect_phase_failure_is_not_sent(
    error: BaseException, sent: bool, wrapped: bool
) -> None:
    """Failing to connect is "not sent"; any failure after connecting is "maybe sent"."""
    exc = _mapped(error) if wrapped else error
    translated = translate(exc)
    assert connection_error_from(translated).request_sent is sent
    assert translated.__cause__ is None  # aiohttp's error (with the request headers) is dropped


def test_a_timeout_stays_a_timeout() -> None:
    """aiohttp's timeouts become the SDK's APITimeoutError."""
    for error in (aiohttp.ConnectionTimeoutError("c"), aiohttp.SocketTimeoutError("r")):
        assert isinstance(connection_error_from(translate(error)), APITimeoutError)


def test_an_httpx_error_of_its_own_is_kept() -> None:
    """An httpx error that wraps no aiohttp one keeps its type and phase."""
    error = httpx.UnsupportedProtocol("no")
    assert translate(error) is error


def test_importing_the_sdk_does_not_import_aiohttp() -> None:
    """aiohttp is imported only when an AioHttpClient is made."""
    code = (
        "import sys, trenz_async; print('aiohttp' in sys.modules, 'httpx_aiohttp' in sys.modules)"
    )
    printed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert printed.split() == ["False", "False"]


@pytest.mark.parametrize("module", ["aiohttp", "httpx_aiohttp"])
def test_without_the_extra_the_error_says_what_to_install(
    module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing aiohttp or httpx-aiohttp is a ConfigurationError naming the extra."""
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ConfigurationError, match=r"pip install 'trenz_async\[aiohttp\]'"):
        AioHttpClient()


@pytest.mark.parametrize(
    "option",
    [
        {"transport": httpx.AsyncHTTPTransport()},
        {"mounts": {"all://": httpx.AsyncHTTPTransport()}},
        {"http2": True},
    ],
    ids=["transport", "mounts", "http2"],
)
def test_settings_that_would_bypass_aiohttp_are_refused(option: dict[str, object]) -> None:
    """transport=, mounts= and http2=True cannot be honoured on aiohttp."""
    with pytest.raises(ConfigurationError):
        AioHttpClient(**option)  # type: ignore[arg-type]


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_trio_is_refused_before_anything_is_sent() -> None:
    """Under trio the first call raises ConfigurationError; the server sees nothing, and
    no coin is counted."""
    info = job()
    fake = FakeTrenz()
    async with (
        fake.serve() as base_url,
        AioHttpClient() as http,
        TrenzClient(api_key=TEST_API_KEY, base_url=base_url, http_client=http) as client,
    ):
        with pytest.raises(ConfigurationError, match="asyncio only"):
            await client.call(info.operation_id, **minimal_arguments(info))
        snapshot = client.usage.snapshot()
    assert not fake.requests
    assert (snapshot.coins_uncertain, snapshot.coins_spent) == (0, 0)

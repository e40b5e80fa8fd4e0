"""`AioHttpClient`: an `httpx.AsyncClient` that sends through aiohttp, on asyncio only.

httpx stays the interface (the SDK's transports wrap it as they wrap any client), while
the network underneath is httpx-aiohttp's `AiohttpTransport`, which spends far less CPU
per request at high concurrency. It is opt-in (`TrenzClient(http_client=AioHttpClient())`)
rather than picked when aiohttp happens to be installed: the transport a program runs on
should not change with its environment, and trio cannot run aiohttp at all.

httpx-aiohttp maps every `aiohttp.ClientConnectionError` to `httpx.ConnectTimeout`, which
would make a connection dropped after the request went out look as if it was never sent
(and a paid job safe to send again). So each failure is translated here from the aiohttp
exception itself, into the httpx exception of its phase: connecting (not sent) or later
(maybe processed). The aiohttp exception is not chained: its `request_info` holds the
request's headers, the API key among them.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterator
from typing import Any, TypeAlias

import httpx

from .._errors import ConfigurationError

CertTypes: TypeAlias = str | tuple[str, str] | tuple[str, str, str]
EXTRA = "pip install 'trenz_async[aiohttp]'"
DEFAULT_AIOHTTP_LIMITS = httpx.Limits(
    max_connections=1000, max_keepalive_connections=1000, keepalive_expiry=5.0
)
"""Room for high concurrency: aiohttp keeps every connection it opened alive (it has no
separate keep-alive count), and the client's `max_in_flight` bounds the concurrency."""


class AioHttpClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` whose network is aiohttp (httpx-aiohttp), for asyncio.

    Pass it as `TrenzClient(http_client=AioHttpClient())` and close it yourself (or use
    `async with`): the SDK's auth, limits, retries, size cap and accounting wrap every
    request as they do on httpx's own transport. Proxies come from `proxy=` or, with
    `trust_env=True` (the default), from `HTTPS_PROXY`/`NO_PROXY`...; aiohttp speaks
    HTTP/1.1 only. Needs the `aiohttp` extra.

    Args:
        limits: `max_connections` caps the open connections and `keepalive_expiry` is
            how long an idle one is kept (aiohttp keeps every connection alive).
        **options: any other `httpx.AsyncClient` setting (`proxy`, `verify`, `cert`,
            `trust_env`, `headers`...), except `transport`, `mounts` and `http2`.

    Raises:
        ConfigurationError: the `aiohttp` extra is missing, or a setting it cannot honour.
    """

    def __init__(self, *, limits: httpx.Limits = DEFAULT_AIOHTTP_LIMITS, **options: Any) -> None:
        for name in ("transport", "mounts"):
            if options.get(name) is not None:
                raise ConfigurationError(
                    f"AioHttpClient builds its own transports; {name}= would bypass aiohttp"
                )
        if options.get("http2"):
            raise ConfigurationError("AioHttpClient speaks HTTP/1.1 only (aiohttp has no HTTP/2)")
        _require_extra()
        super().__init__(limits=limits, **options)

    def _init_transport(
        self,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = DEFAULT_AIOHTTP_LIMITS,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> httpx.AsyncBaseTransport:
        return _network(verify=verify, cert=cert, trust_env=trust_env, limits=limits)

    def _init_proxy_transport(
        self,
        proxy: httpx.Proxy,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = DEFAULT_AIOHTTP_LIMITS,
    ) -> httpx.AsyncBaseTransport:
        return _network(verify=verify, cert=cert, trust_env=trust_env, limits=limits, proxy=proxy)


class AioHttpRoute(httpx.AsyncBaseTransport):
    """The SDK's way through an `AioHttpClient`: the transport its routes pick for the URL
    (a proxy's, or the direct one), without a second `AsyncClient.send`.

    The SDK's own client already times, logs and keeps cookies for each request; doing it
    again costs a tenth of a call's CPU at high concurrency. With event hooks or auth set
    on the `AioHttpClient`, requests go through its `send`, which honours them.

    Args:
        client: the user's client; the SDK never closes it.
    """

    def __init__(self, client: AioHttpClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        client = self._client
        if client.is_closed or client.auth is not None or any(client.event_hooks.values()):
            return await client.send(request, stream=True, follow_redirects=False)
        # httpx's own routing (mounts from proxy= and the environment), pinned with httpx.
        return await client._transport_for_url(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        """The user's client is the user's to close."""


def _require_extra() -> None:
    try:
        import aiohttp  # noqa: F401
        import httpx_aiohttp  # noqa: F401
    except ImportError as exc:
        raise ConfigurationError(f"AioHttpClient needs the aiohttp extra: {EXTRA}") from exc


def _network(**options: Any) -> AioHttpNetwork:
    from httpx_aiohttp import AiohttpTransport

    # Retries belong to the SDK's transport, which knows what is safe to repeat.
    return AioHttpNetwork(AiohttpTransport(retries=0, **options))


class AioHttpNetwork(httpx.AsyncBaseTransport):
    """httpx-aiohttp's transport, refusing trio and translating failures by phase.

    Args:
        inner: the `httpx_aiohttp.AiohttpTransport` that sends.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # Imported here: `import trenz_async` should not pay for asyncio (~30 ms) when a
        # trio program never builds an AioHttpClient.
        import asyncio

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            raise ConfigurationError(
                "AioHttpClient runs on asyncio only (aiohttp needs an asyncio event loop); "
                "under trio, use the default transport"
            ) from None
        try:
            request.content  # noqa: B018
        except httpx.RequestNotRead:
            if (
                "content-length" not in request.headers
                and "transfer-encoding" not in request.headers
            ):
                # No framing means no body to httpx (a GET that httpx redirected keeps the
                # original's empty stream); aiohttp would send any stream chunked.
                await request.aread()
        try:
            response = await self._inner.handle_async_request(request)
        except _failures() as exc:
            error = translate(exc)
        else:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _TranslatedStream(response.stream)
            return response
        # Raised outside the handler, so the aiohttp exception is not kept as context.
        raise error


class _TranslatedStream(httpx.AsyncByteStream):
    """A response body whose read failures are translated like the request's."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = aiter(self._stream)
        error: httpx.TransportError | None = None
        try:
            async for chunk in chunks:
                yield chunk
        except _failures() as exc:
            error = translate(exc)
        finally:
            close = getattr(chunks, "aclose", None)
            if close is not None:  # end the inner generator now, not at garbage collection
                await close()
        if error is not None:
            raise error

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        except _failures() as exc:
            error = translate(exc)
        else:
            return
        raise error


@functools.cache
def _failures() -> tuple[type[BaseException], ...]:
    import aiohttp

    return (httpx.TransportError, aiohttp.ClientError, TimeoutError)


@functools.cache
def _phases() -> tuple[tuple[type[BaseException], type[httpx.TransportError]], ...]:
    """aiohttp's exceptions, most specific first, and the httpx exception of their phase."""
    import aiohttp

    return (
        # Connecting: nothing of the request was written.
        (aiohttp.ClientHttpProxyError, httpx.ProxyError),  # the proxy refused the tunnel
        (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
        (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS handshake
        (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # connecting or a pool slot
        (aiohttp.ServerFingerprintMismatch, httpx.ConnectError),  # checked before sending
        (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
        # Later: the request may have been sent, and processed.
        (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
        (aiohttp.ClientPayloadError, httpx.ReadError),
        (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
        (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # a malformed answer
        (aiohttp.ClientError, httpx.ReadError),  # reset, closed, OS errors after connecting
        (TimeoutError, httpx.ReadTimeout),
    )


def translate(exc: BaseException) -> httpx.TransportError:
    """The httpx exception for an aiohttp failure (or httpx-aiohttp's mapping of one).

    Only failures while connecting say "not sent"; any other is "maybe sent". An httpx
    exception that wraps no aiohttp one is kept as it is.
    """
    source = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    if source is None and isinstance(exc, httpx.TransportError):
        return exc
    for failure, error in _phases():
        if isinstance(source, failure):
            return error(f"{type(source).__name__}: {source}")
    # Neither aiohttp's nor a timeout: keep httpx's own judgement if it made one.
    return exc if isinstance(exc, httpx.TransportError) else httpx.ReadError(str(exc))

"""What the SDK promises, on `AioHttpClient` over real sockets: deadlines, the size cap,
redaction, the key only to the base origin, proxies, and "sent or not" after failures."""

from __future__ import annotations

import json
import logging
import socket
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

import anyio
import anyio.abc
import pytest
from anyio.streams.buffered import BufferedByteReceiveStream

from trenz_async import (
    AioHttpClient,
    APIConnectionError,
    APITimeoutError,
    NotFoundError,
    OutcomeUnknownError,
    ResponseTooLargeError,
    RetryPolicy,
    TrenzClient,
    TrenzError,
)

from ..unit.helpers import (
    API_KEY,
    cheap_read,
    envelope,
    error_body,
    job,
    minimal_arguments,
    task_status,
    typed,
)

pytestmark = [pytest.mark.anyio, pytest.mark.parametrize("anyio_backend", ["asyncio"])]

Handler = Callable[[anyio.abc.ByteStream, bytes], Awaitable[None]]
NO_RETRY = RetryPolicy(max_retries=0)
_READ, _JOB = cheap_read(), job()


def answer(status: int, body: bytes | dict[str, Any], *headers: str) -> bytes:
    """A whole HTTP/1.1 answer."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(data)}", *headers, "", ""]
    return "\r\n".join(head).encode() + data


@asynccontextmanager
async def raw_server(handle: Handler) -> AsyncIterator[tuple[str, list[bytes]]]:
    """A loopback server that reads each request whole, then lets `handle` act; yields
    its base URL and the request heads it read."""
    heads: list[bytes] = []

    async def serve(stream: anyio.abc.ByteStream) -> None:
        reader = BufferedByteReceiveStream(stream)
        async with stream:
            try:
                while True:
                    head = await reader.receive_until(b"\r\n\r\n", 65536)
                    heads.append(head)
                    for line in head.split(b"\r\n"):
                        if line.lower().startswith(b"content-length:"):
                            await reader.receive_exactly(int(line.split(b":")[1]))
                    await handle(stream, head)
            except (
                anyio.EndOfStream,
                anyio.BrokenResourceError,
                anyio.ClosedResourceError,
                anyio.IncompleteRead,
            ):
                pass

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with listener, anyio.create_task_group() as group:
        group.start_soon(listener.serve, serve)
        yield f"http://127.0.0.1:{port}", heads
        group.cancel_scope.cancel()


@asynccontextmanager
async def aio_client(base_url: str, **options: Any) -> AsyncIterator[TrenzClient]:
    """A `TrenzClient` on an `AioHttpClient` (taking its settings from `aiohttp=`)."""
    async with AsyncExitStack() as stack:
        http = await stack.enter_async_context(AioHttpClient(**options.pop("aiohttp", {})))
        options = {"retry": NO_RETRY, "rate_limit": None, **options}
        yield await stack.enter_async_context(
            TrenzClient(api_key=API_KEY, base_url=base_url, http_client=http, **options)
        )


async def read(client: TrenzClient) -> Any:
    return await client.call(_READ.operation_id, **minimal_arguments(_READ))


async def submit(client: TrenzClient) -> Any:
    return await client.call(_JOB.operation_id, **minimal_arguments(_JOB))


async def test_an_attempt_is_bounded_as_a_whole() -> None:
    """A server trickling its body cannot hold an attempt past the client's timeout."""

    async def trickle(stream: anyio.abc.ByteStream, head: bytes) -> None:
        await stream.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        while True:
            await stream.send(b" ")
            await anyio.sleep(0.02)

    async with raw_server(trickle) as (url, _), aio_client(url, timeout=0.3) as client:
        with anyio.fail_after(5), pytest.raises(APITimeoutError) as caught:
            await read(client)
    assert caught.value.request_sent


async def test_an_oversized_body_is_a_typed_error() -> None:
    """A body over max_response_bytes raises ResponseTooLargeError."""

    async def big(stream: anyio.abc.ByteStream, head: bytes) -> None:
        await stream.send(answer(200, b"x" * 200_000))

    async with raw_server(big) as (url, _), aio_client(url, max_response_bytes=4096) as client:
        with pytest.raises(ResponseTooLargeError):
            await read(client)


def _exception_texts(error: BaseException) -> list[str]:
    """The text of an error, of its traceback, and the attributes of each in its chain."""
    texts = ["".join(traceback.format_exception(error))]
    seen: BaseException | None = error
    while seen is not None:
        texts += [str(seen), repr(seen), repr(vars(seen))]
        seen = seen.__cause__ or seen.__context__
    return texts


@pytest.mark.parametrize(
    "reply",
    [
        answer(401, error_body("AUTH_INVALID_KEY", f"key {API_KEY} is invalid")),
        b"HTTP/1.1 2OO NOT A STATUS LINE\r\n\r\n",  # aiohttp's error keeps the request's headers
    ],
    ids=["echoed", "malformed"],
)
async def test_the_key_never_reaches_an_error(
    reply: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    """No error text, traceback or exception in the chain (aiohttp's included) holds the key."""
    caplog.set_level(logging.DEBUG)

    async def respond(stream: anyio.abc.ByteStream, head: bytes) -> None:
        await stream.send(reply)
        await stream.aclose()

    async with raw_server(respond) as (url, heads), aio_client(url) as client:
        with pytest.raises(TrenzError) as caught:
            await read(client)
    assert API_KEY.encode() in heads[0]  # the key did go, to the base origin
    for text in [*_exception_texts(caught.value), caplog.text]:
        assert API_KEY not in text


async def test_another_origin_never_gets_the_key() -> None:
    """The base origin gets the key; another port does not, by redirect or absolute URL."""
    landed = answer(200, envelope(data={"task_id": "t1", "status": "running"}))

    async def elsewhere(stream: anyio.abc.ByteStream, head: bytes) -> None:
        await stream.send(landed)

    async with raw_server(elsewhere) as (other, other_heads):

        async def redirect(stream: anyio.abc.ByteStream, head: bytes) -> None:
            await stream.send(answer(307, b"", f"Location: {other}/x"))

        async with (
            raw_server(redirect) as (url, heads),
            aio_client(url, http_options={"follow_redirects": True}) as client,
        ):
            await typed(client, task_status())(task_id="t1")
            # A request by absolute URL on the client's own httpx client (a presigned URL).
            await client._runtime.core.http.get(f"{other}/y")
    assert API_KEY.encode() in heads[0]
    assert [head.split(b" ")[1] for head in other_heads] == [b"/x", b"/y"]
    for head in other_heads:
        assert API_KEY.encode() not in head
        assert b"transfer-encoding" not in head.lower()  # a GET, redirected too, has no body


async def test_a_refused_connection_is_not_sent_and_is_retried(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Connection refused is "not sent": even a paid job is retried, nothing is uncertain."""
    caplog.set_level(logging.INFO, logger="trenz_async")
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
        retry = RetryPolicy(max_retries=2, initial_backoff=0.0)
        async with aio_client(url, retry=retry) as client:
            with pytest.raises(APIConnectionError) as caught:
                await submit(client)
            snapshot = client.usage.snapshot()
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert caught.value.request_sent is False
    assert sum(record.getMessage().startswith("retrying") for record in caplog.records) == 2
    assert snapshot.coins_uncertain == 0


async def _close(stream: anyio.abc.ByteStream, head: bytes) -> None:
    await stream.aclose()


async def _cut_short(stream: anyio.abc.ByteStream, head: bytes) -> None:
    await stream.send(b'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{"data": ')
    await stream.aclose()


@pytest.mark.parametrize("handle", [_close, _cut_short], ids=["no-answer", "body-cut-short"])
async def test_a_drop_after_sending_is_an_unknown_outcome(handle: Handler) -> None:
    """The server read the submission, then closed: maybe processed, so never sent again."""
    retry = RetryPolicy(max_retries=3, initial_backoff=0.0)
    async with raw_server(handle) as (url, heads), aio_client(url, retry=retry) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            await submit(client)
        snapshot = client.usage.snapshot()
    assert isinstance(caught.value.__cause__, APIConnectionError)
    assert caught.value.__cause__.request_sent
    assert len(heads) == 1
    assert snapshot.coins_uncertain == _JOB.coin_cost


@pytest.mark.parametrize("source", ["option", "environment"])
async def test_a_proxy_carries_the_requests(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`proxy=`, or HTTP_PROXY with trust_env, routes every request through the proxy."""

    async def proxy(stream: anyio.abc.ByteStream, head: bytes) -> None:
        await stream.send(answer(404, error_body("ROUTE_NOT_FOUND")))

    async with raw_server(proxy) as (proxy_url, heads):
        base = "http://127.0.0.1:9"  # nothing there: only the proxy can answer
        options: dict[str, Any] = {}
        if source == "option":
            options["proxy"] = proxy_url
        else:
            monkeypatch.setenv("HTTP_PROXY", proxy_url)
        async with aio_client(base, aiohttp=options) as client:
            with pytest.raises(NotFoundError):
                await read(client)
    assert heads[0].startswith(f"GET {base}/".encode())


async def test_trust_env_false_ignores_the_environment_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """AioHttpClient(trust_env=False) goes direct whatever HTTP_PROXY says."""

    async def origin(stream: anyio.abc.ByteStream, head: bytes) -> None:
        await stream.send(answer(404, error_body("ROUTE_NOT_FOUND")))

    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    async with (
        raw_server(origin) as (url, heads),
        aio_client(url, aiohttp={"trust_env": False}) as client,
    ):
        with pytest.raises(NotFoundError):
            await read(client)
    assert heads[0].startswith(b"GET /")


async def test_the_default_pool_holds_a_high_concurrency() -> None:
    """50 calls at once get 50 connections: the server answers none until all arrived."""
    calls = 50
    arrived = anyio.Event()
    heads_seen: list[bytes] = []

    async def gather(stream: anyio.abc.ByteStream, head: bytes) -> None:
        heads_seen.append(head)
        if len(heads_seen) == calls:
            arrived.set()
        await arrived.wait()
        await stream.send(answer(404, error_body("ROUTE_NOT_FOUND")))

    async def one(client: TrenzClient) -> None:
        with pytest.raises(NotFoundError):
            await read(client)

    async with (
        raw_server(gather) as (url, _),
        aio_client(url, max_in_flight=calls, coalesce=False) as client,
    ):
        with anyio.fail_after(10):
            async with anyio.create_task_group() as group:
                for _ in range(calls):
                    group.start_soon(one, client)
    assert len(heads_seen) == calls


async def test_the_clients_event_hooks_still_run() -> None:
    """Event hooks set on the AioHttpClient see each request the SDK sends."""
    seen: list[str] = []

    async def hook(request: Any) -> None:
        seen.append(request.method)

    async def respond(stream: anyio.abc.ByteStream, head: bytes) -> None:
        await stream.send(answer(404, error_body("ROUTE_NOT_FOUND")))

    hooks = {"event_hooks": {"request": [hook]}}
    async with raw_server(respond) as (url, _), aio_client(url, aiohttp=hooks) as client:
        with pytest.raises(NotFoundError):
            await read(client)
    assert seen == [_READ.method]

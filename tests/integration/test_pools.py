"""The default connection pool over real sockets: a client at its concurrency keeps its connections.

A minimal HTTP/1.1 server counts the TCP connections it accepts and holds each wave of
requests until the whole wave has arrived, so every round really has its full
concurrency in flight at once (fewer connections than that could not answer it).
"""

from __future__ import annotations

import json
from typing import Any

import anyio
import anyio.abc
import httpx
import pytest

from trenz_async import OperationInfo, TrenzClient
from trenz_async._registry import prepare
from trenz_async.testing import TEST_API_KEY, FakeTrenz

from ..unit.helpers import cheap_read, minimal_arguments

pytestmark = pytest.mark.anyio

SEARCH = cheap_read()
ROUNDS = 3


class CountingServer:
    """Answers every request with one body; counts connections; answers in waves of `wave`."""

    def __init__(self, body: bytes, *, wave: int) -> None:
        self.connections = 0
        self._answer = (
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\n\r\n%s" % (len(body), body)
        )
        self._wave = wave
        self._arrived = 0
        self._go = anyio.Event()

    async def handle(self, stream: anyio.abc.ByteStream) -> None:
        self.connections += 1
        buffer = b""
        async with stream:
            while True:
                try:
                    while b"\r\n\r\n" not in buffer:
                        buffer += await stream.receive()
                    head, _, buffer = buffer.partition(b"\r\n\r\n")
                    length = _content_length(head)
                    while len(buffer) < length:
                        buffer += await stream.receive()
                except (anyio.EndOfStream, anyio.BrokenResourceError):
                    return  # the client closed the connection
                buffer = buffer[length:]
                await self._whole_wave()
                await stream.send(self._answer)

    async def _whole_wave(self) -> None:
        go = self._go
        self._arrived += 1
        if self._arrived == self._wave:
            self._arrived = 0
            self._go = anyio.Event()
            go.set()
        else:
            await go.wait()


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


async def _answer_of(info: OperationInfo) -> bytes:
    """What the fake server answers to `info` with its minimal arguments."""
    wire = prepare(info, minimal_arguments(info)).wire
    fake = FakeTrenz(rate_limit=None)
    async with httpx.AsyncClient(
        transport=fake.transport(),
        base_url="http://127.0.0.1",
        headers={"X-API-Key": TEST_API_KEY},
    ) as client:
        response = await client.get(info.path, params=wire)
    assert response.status_code == 200, response.text
    return json.dumps(response.json()).encode()


async def _served(wave: int, client_options: dict[str, Any], calls: int) -> int:
    """The connections `calls` concurrent calls opened, the server answering in waves."""
    server = CountingServer(await _answer_of(SEARCH), wave=wave)
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    arguments = minimal_arguments(SEARCH)
    async with listener, anyio.create_task_group() as serving:
        serving.start_soon(listener.serve, server.handle)
        async with TrenzClient(
            api_key=TEST_API_KEY,
            base_url=f"http://127.0.0.1:{port}",
            coalesce=False,  # identical calls, each of them sent
            **client_options,
        ) as client:
            with anyio.fail_after(30):  # a pool smaller than a wave would never be answered
                for _ in range(ROUNDS):
                    async with anyio.create_task_group() as calls_group:
                        for _ in range(calls // ROUNDS):
                            calls_group.start_soon(
                                lambda: client.call(SEARCH.operation_id, **arguments)
                            )
        serving.cancel_scope.cancel()
    return server.connections


async def test_a_default_client_at_its_concurrency_keeps_its_connections() -> None:
    """Rounds of 50 concurrent calls on a default client open 50 connections, not more."""
    concurrency = 50
    connections = await _served(concurrency, {}, calls=concurrency * ROUNDS)
    assert connections <= concurrency


async def test_more_calls_than_max_in_flight_reuse_max_in_flight_connections() -> None:
    """3x more concurrent calls than max_in_flight open at most max_in_flight connections."""
    concurrency = 30  # more than httpx keeps alive by default (20)
    connections = await _served(
        concurrency,
        {"max_in_flight": concurrency, "rate_limit": None},
        calls=concurrency * 3 * ROUNDS,
    )
    assert connections <= concurrency

"""A minimal HTTP/1.1 server for benchmarks: its own process, pinned to the last core,
fixed answers, and a count of the connections it accepted.

Not uvicorn: on the h11 parser (the one installed) uvicorn's own CPU per request is
larger than the fastest clients', so on its one core it would cap their wall-clock
figures. This answers each request from a prepared byte string, keeps every connection
alive, and counts accepts (in `connection_made`), which is how "new connections per
5,000 calls" is measured from the server's side.

    with serving(envelopes()) as server:
        ... server.base_url ... server.accepts() ...
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

KEY = "sk_test_fake"
SEARCH = "/open/v1/products/search"


def envelopes() -> dict[str, bytes]:
    """A realistic envelope per route, synthesized once by the fake server."""
    import anyio
    import httpx

    from trenz_async.testing import FakeTrenz

    fake = FakeTrenz(rate_limit=None)

    async def fetch() -> dict[str, bytes]:
        async with httpx.AsyncClient(
            transport=fake.transport(), base_url="http://127.0.0.1", headers={"X-API-Key": KEY}
        ) as client:
            search = await client.get(SEARCH, params={"country": "us", "keyword": "lamp"})
        assert search.status_code == 200, search.text
        assert json.loads(search.content)["data"]["items"]
        return {SEARCH: search.content}

    return anyio.run(fetch)


def _answer(status: int, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
        "content-type: application/json\r\n"
        "x-ratelimit-limit: 1000000000\r\n"  # announced, never binding
        f"content-length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


class _Connection(asyncio.Protocol):
    """Answers each request on one connection, in order, from `answers` by path."""

    def __init__(self, answers: dict[bytes, bytes], accepts: Any) -> None:
        self._answers = answers
        self._accepts = accepts
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._accepts.value += 1

    def data_received(self, data: bytes) -> None:
        assert self._transport is not None
        buffer = self._buffer + data
        while (end := buffer.find(b"\r\n\r\n")) >= 0:
            head = buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if len(buffer) < end + 4 + length:
                break  # the body is still coming
            buffer = buffer[end + 4 + length :]
            target = head.split(b" ", 2)[1]
            path = target.split(b"?", 1)[0]
            self._transport.write(self._answers.get(path, self._answers[b""]))
        self._buffer = buffer


def _serve(bodies: dict[str, bytes], accepts: Any, port: Any, ready: Any) -> None:
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {(os.cpu_count() or 1) - 1})
    answers = {path.encode(): _answer(200, body) for path, body in bodies.items()}
    answers[b""] = _answer(404, b'{"code": "ROUTE_NOT_FOUND", "message": "no"}')
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port.value = sock.getsockname()[1]

    async def main() -> None:
        loop = asyncio.get_running_loop()
        # A backlog for hundreds of connects at once (asyncio's default is 100).
        server = await loop.create_server(
            lambda: _Connection(answers, accepts), sock=sock, backlog=4096
        )
        ready.set()
        await server.serve_forever()

    asyncio.run(main())


class Server:
    """The running server: its base URL and its accept count."""

    def __init__(self, base_url: str, accepts: Any) -> None:
        self.base_url = base_url
        self._accepts = accepts

    def accepts(self) -> int:
        """Connections accepted so far."""
        return int(self._accepts.value)


@contextmanager
def serving(bodies: dict[str, bytes]) -> Iterator[Server]:
    """Run the server in a child process on the last core while the block runs."""
    context = multiprocessing.get_context("spawn")
    accepts = context.Value("q", 0, lock=False)
    port = context.Value("i", 0, lock=False)
    ready = context.Event()
    process = context.Process(target=_serve, args=(bodies, accepts, port, ready), daemon=True)
    process.start()
    try:
        if not ready.wait(30):
            raise RuntimeError("the benchmark server did not start")
        yield Server(f"http://127.0.0.1:{port.value}", accepts)
    finally:
        process.terminate()
        process.join(5)

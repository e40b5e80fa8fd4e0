"""Serving the fake over real sockets with uvicorn, and dropping connections on purpose.

An ASGI app cannot close its connection: if it raises or returns without a response,
uvicorn answers 500 itself. So the fake runs uvicorn with a subclass of its h11 protocol
that hands each request a way to close the socket (an ASGI scope extension). A dropped
request closes it and waits for uvicorn to notice the disconnect; the client then sees the
connection end with no response at all, as when a gateway dies mid-request.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any, cast

import anyio
import uvicorn
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

CLOSE_EXTENSION = "trenz_async.testing.close"
_SHUTDOWN_GRACE = 2  # seconds uvicorn waits for in-flight requests when the fake stops
# uvicorn's default (5 s) closes idle keep-alive connections while a client polling every
# few seconds may be about to reuse them: a race no test should depend on.
_KEEP_ALIVE = 30


class ConnectionDroppedError(Exception):
    """The fake dropped the connection where no socket could be closed (in-process)."""


class DropConnection(Response):
    """A 'response' that closes the connection instead of answering."""

    def __init__(self) -> None:
        super().__init__(b"", status_code=500)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        extension = scope.get("extensions", {}).get(CLOSE_EXTENSION)
        if extension is None:
            raise ConnectionDroppedError("the fake dropped the connection")
        close: Callable[[], None] = extension["close"]
        close()
        # Returning before uvicorn has seen the disconnect would make it answer 500.
        while (await receive())["type"] != "http.disconnect":
            pass


class _ClosableH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, offering each request the `CLOSE_EXTENSION`."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        app = self.app

        async def with_close(scope: Any, receive: Any, send: Any) -> None:
            extensions = dict(scope.get("extensions") or {})
            extensions[CLOSE_EXTENSION] = {"close": transport.close}
            scope["extensions"] = extensions
            await app(scope, receive, send)

        self.app = with_close


class _Server(uvicorn.Server):
    """A uvicorn server that says when it is listening."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


def config(app: ASGIApp) -> uvicorn.Config:
    """uvicorn's configuration for the fake: h11 with closable connections, quiet logs."""
    return uvicorn.Config(
        cast(Any, app),
        http=_ClosableH11Protocol,
        ws="none",
        lifespan="off",
        loop="asyncio",
        log_config=None,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=_SHUTDOWN_GRACE,
        timeout_keep_alive=_KEEP_ALIVE,
    )


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on `host:port` (port 0: a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family)


def base_url(sock: socket.socket) -> str:
    """The `http://host:port` URL of a listening socket."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def run(app: ASGIApp, sock: socket.socket) -> None:
    """Serve on `sock` in this thread until interrupted (for `python -m`)."""
    _Server(config(app)).run(sockets=[sock])


@contextlib.asynccontextmanager
async def serve_in_thread(app: ASGIApp, *, host: str, port: int) -> AsyncIterator[str]:
    """Run uvicorn for `app` in a daemon thread while the block runs; yields the base URL."""
    sock = listen(host, port)
    server = _Server(config(app))
    failure: list[BaseException] = []

    def target() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # reported to the caller below
            failure.append(exc)
        finally:
            server.ready.set()

    thread = threading.Thread(target=target, name="trenz-fake-server", daemon=True)
    thread.start()
    try:
        await anyio.to_thread.run_sync(server.ready.wait, abandon_on_cancel=True)
        if not server.started:
            raise RuntimeError("the fake Trenz server did not start") from (
                failure[0] if failure else None
            )
        yield base_url(sock)
    finally:
        server.should_exit = True
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(thread.join)
        sock.close()

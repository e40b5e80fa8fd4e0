"""A server that does not play by the rules, for the command line's tests of hostile answers.

The fake (`trenz_async.testing`) is an honest Trenz. These tests need one that is not:
it never ends a listing, holds a page back until the test says, or answers with control
sequences and deeply nested data. `hostile(answer)` serves `answer` for every request on
a loopback port from a thread (the `trenz` command runs in a subprocess), and `Lines`
reads a subprocess's output a line at a time, with a deadline, as it is written.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO, Any

import attrs

from trenz_async import OperationInfo

from ..unit.helpers import envelope


@attrs.frozen
class Received:
    """One request the server got."""

    method: str
    path: str
    body: bytes


Answer = Callable[[Received], tuple[int, bytes]]


def success(info: OperationInfo, data: Any) -> tuple[int, bytes]:
    """A 200 with the envelope of `info` around `data`, costing the registry's price."""
    return 200, json.dumps(envelope(info, data)).encode()


def failure(status: int, code: str, message: str) -> tuple[int, bytes]:
    """An error answer with a Trenz error body."""
    body = {"code": code, "message": message, "request_id": "req_hostile", "docs_url": None}
    return status, json.dumps(body).encode()


@contextmanager
def hostile(answer: Answer) -> Iterator[str]:
    """Serve `answer` on a loopback port for the block; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            received = Received(self.command, self.path, self.rfile.read(length))
            status, body = answer(received)
            try:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client went away (a test that failed, a process it ended)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        def log_message(self, *args: Any) -> None:
            pass  # the tests read what the client printed, not the server's log

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class Lines:
    """The lines of a text stream, read by a thread as they are written.

    `next(timeout)` waits for the next line, so a test can see output arrive while the
    process that writes it is still running (and fail, not hang, when none comes).
    """

    def __init__(self, stream: IO[str]) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def next(self, timeout: float) -> str:
        """The next line; raises `queue.Empty` when none came within `timeout` seconds,
        `EOFError` at the end of the stream."""
        line = self._lines.get(timeout=timeout)
        if line is None:
            raise EOFError
        return line

    def rest(self, timeout: float) -> list[str]:
        """Every remaining line, up to the end of the stream."""
        lines = []
        while True:
            try:
                lines.append(self.next(timeout))
            except EOFError:
                return lines

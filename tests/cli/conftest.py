"""CLI fixtures: one fake Trenz API per test module, and a `trenz` runner."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import anyio.from_thread
import pytest
from click.testing import CliRunner

from trenz_async._cli._root import cli
from trenz_async.testing import FakeTrenz

from .helpers import Result, Served, environment, run_trenz

Trenz = Callable[..., Result]


@contextmanager
def serving(fake: FakeTrenz) -> Iterator[Served]:
    """Serve `fake` on a loopback port for the block (`async with fake.serve()`, driven from
    a portal: the tests run `trenz` as subprocesses, so they need no event loop of their own)."""
    with (
        anyio.from_thread.start_blocking_portal() as portal,
        portal.wrap_async_context_manager(fake.serve()) as base_url,
    ):
        yield Served(fake, base_url)


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    """The module's fake (quick jobs that all succeed, no rate limit)."""
    with serving(FakeTrenz(seed=0, job_duration=0.05, rate_limit=None)) as fake:
        yield fake


@pytest.fixture
def config_home(tmp_path: Path) -> Path:
    """A private XDG_CONFIG_HOME, so each test has its own balance file."""
    return tmp_path / "config"


@pytest.fixture
def trenz(config_home: Path) -> Trenz:
    """`trenz(*args, **env)`: run the console script with the test key (tests pass
    `--base-url` themselves, as a user would)."""

    def run(*args: str, **env: str) -> Result:
        return run_trenz(*args, env=environment(config_home, **env))

    return run


@pytest.fixture
def trenz_here(config_home: Path) -> Trenz:
    """`trenz_here(*args, **env)`: the same command run in this process by click's test
    runner, for checks that need no process of their own (parsing, usage errors, offline
    commands): each subprocess costs a Python start."""

    def run(*args: str, **env: str) -> Result:
        wanted = environment(config_home, **env)
        # CliRunner applies these over os.environ: None removes an inherited TRENZ_* too.
        overrides: dict[str, str | None] = {
            key: None for key in os.environ if key.startswith("TRENZ_") and key not in wanted
        }
        overrides.update(wanted)
        result = CliRunner().invoke(cli, list(args), env=overrides, catch_exceptions=False)
        return Result(result.exit_code, result.stdout, result.stderr)

    return run

"""The ways in and out: `python -m trenz_async`, completion, `--version`, `trenz fake`, Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from trenz_async import OPERATIONS, __version__

from ..unit.helpers import keyed_job
from .conftest import Trenz
from .helpers import TRENZ, Served, environment, run_trenz
from .picks import option, paging, region, required_args, search, size_param

SEARCH = search()  # a paged GET search routed by a required enum (products by country)
JOB, INPUT = keyed_job()  # a paid job per input (a video analysis per video id)


def unique_prefix(accessor: str) -> str:
    """The shortest prefix of `accessor` that no other accessor starts with."""
    others = [info.accessor for info in OPERATIONS.values() if info.accessor != accessor]
    for end in range(len(accessor.partition(".")[0]) + 2, len(accessor) + 1):
        if not any(other.startswith(accessor[:end]) for other in others):
            return accessor[:end]
    return accessor


def test_python_m_trenz_async_runs_the_same_command(config_home: Path) -> None:
    """`python -m trenz_async` is the `trenz` command, with its usage naming the module."""
    env = environment(config_home)
    listed = run_trenz("ops", "--json", env=env, command=(sys.executable, "-m", "trenz_async"))
    assert listed.code == 0, listed.stderr
    assert len(listed.json()) == len(OPERATIONS)
    bad = run_trenz("nope", env=env, command=(sys.executable, "-m", "trenz_async"))
    assert bad.code == 2
    assert "python -m trenz_async" in bad.stderr


def test_version(trenz_here: Trenz) -> None:
    """`--version` prints the package version."""
    result = trenz_here("--version")
    assert (result.code, result.stdout.strip()) == (0, f"trenz {__version__}")


def test_completion_offers_operations_options_and_enum_values(trenz: Trenz) -> None:
    """Shell completion (click's, via _TRENZ_COMPLETE) completes accessors, parameters and enums."""

    def complete(words: str) -> list[str]:
        parts = words.split(" ")
        result = trenz(
            _TRENZ_COMPLETE="bash_complete", COMP_WORDS=words, COMP_CWORD=str(len(parts) - 1)
        )
        assert result.code == 0, result.stderr
        return [line.split(",", 1)[1] for line in result.stdout.splitlines()]

    choice = region(SEARCH)
    assert choice.enum is not None
    assert complete(f"trenz call {unique_prefix(SEARCH.accessor)}") == [SEARCH.accessor]
    assert option(choice) in complete(f"trenz call {SEARCH.accessor} {option(choice)[:4]}")
    assert str(choice.enum[0]) in complete(f"trenz call {SEARCH.accessor} {option(choice)} ")
    script = trenz(_TRENZ_COMPLETE="bash_source")
    assert script.code == 0
    assert "_TRENZ_COMPLETE=bash_complete" in script.stdout


def test_fake_serves_the_api_until_stopped(config_home: Path) -> None:
    """`trenz fake --port 0` prints a base URL and a key that a `trenz call` can use."""
    env = environment(config_home)
    with subprocess.Popen(
        [TRENZ, "fake", "--port", "0"], env=env, stdout=subprocess.PIPE, text=True
    ) as server:
        try:
            assert server.stdout is not None
            lines = [server.stdout.readline() for _ in range(3)]
            settings = dict(line.strip().split("=", 1) for line in lines[1:])
            result = run_trenz(
                "call", SEARCH.accessor, *required_args(SEARCH), option(size_param(SEARCH)), "1",
                "--base-url", settings["TRENZ_BASE_URL"],
                env={**env, "TRENZ_API_KEY": settings["TRENZ_API_KEY"]},
            )  # fmt: skip
        finally:
            server.terminate()
    assert server.returncode is not None
    assert result.code == 0, result.stderr
    assert len(result.json()["data"][paging(SEARCH).items_field]) == 1


def test_fake_help_is_the_fake_servers_own(trenz_here: Trenz) -> None:
    """`trenz fake --help` shows the fake server's options, which it hands over untouched."""
    result = trenz_here("fake", "--help")
    assert result.code == 0
    assert "--job-duration" in result.stdout
    assert "--fault" in result.stdout


def test_ctrl_c_during_a_wait_exits_130_and_names_the_task(
    served: Served, config_home: Path
) -> None:
    """Ctrl-C while waiting for a job exits 130 after saying how to resume the wait."""
    env = environment(config_home)
    with subprocess.Popen(
        [
            TRENZ, "call", JOB.accessor, option(INPUT), "5", "--wait",
            "--base-url", served.base_url,
        ],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as waiting:  # fmt: skip
        assert waiting.stderr is not None
        # Written once the job is submitted; the first poll is seconds away.
        first = waiting.stderr.readline()
        waiting.send_signal(signal.SIGINT)
        out, err = waiting.communicate(timeout=10)
    assert waiting.returncode == 130
    assert out == ""
    assert "submitted task " in first
    assert "trenz tasks wait " in first
    assert "Interrupted." in err

"""The ways in and out: `python -m trenz_async`, completion, `--version`, `trenz fake`, Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from trenz_async import OPERATIONS, __version__

from .conftest import Trenz
from .helpers import TRENZ, Served, environment, run_trenz


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

    assert complete("trenz call products.se") == ["products.search"]
    assert "--country" in complete("trenz call products.search --co")
    assert "us" in complete("trenz call products.search --country ")
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
                "call", "products.search", "--country", "us", "--page-size", "1",
                "--base-url", settings["TRENZ_BASE_URL"],
                env={**env, "TRENZ_API_KEY": settings["TRENZ_API_KEY"]},
            )  # fmt: skip
        finally:
            server.terminate()
    assert server.returncode is not None
    assert result.code == 0, result.stderr
    assert len(result.json()["data"]["items"]) == 1


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
            TRENZ, "call", "ai_analysis.video_content_analysis", "--video-id", "5", "--wait",
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
    assert "submitted task task_" in first
    assert "trenz tasks wait task_" in first
    assert "Interrupted." in err

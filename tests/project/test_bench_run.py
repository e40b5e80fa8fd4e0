"""`make bench` shows its figures as it goes, and `make bench-quick` is the short run."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
# This virtual environment's install stamp: `make -n -o STAMP` shows a target's commands
# without installing (make runs the `$(MAKE)` lines of a dry run).
STAMP = str(Path(sys.prefix) / ".installed")


def load_runner() -> ModuleType:
    """bench/run.py as a module (bench/ is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_run", REPO / "bench" / "run.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_section_is_printed_when_it_finishes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first section's rows are on stdout before the second section starts."""
    runner = load_runner()
    seen_before_second: list[str] = []

    def first(quick: bool) -> list[tuple[str, str, str]]:
        return [("first figure", "1.00x", "<= 2x")]

    def second(quick: bool) -> list[tuple[str, str, str]]:
        seen_before_second.append(capsys.readouterr().out)
        return [("second figure", f"quick={quick}", "")]

    monkeypatch.setattr(runner, "SECTIONS", [first, second])
    assert runner.main(["--quick"]) == 0
    assert "first figure" in seen_before_second[0]
    assert "second figure" not in seen_before_second[0]
    assert "quick=True" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_bench_quick_runs_the_quick_benchmarks() -> None:
    """`make bench-quick` runs bench/run.py with --quick (the install step aside)."""
    printed = subprocess.run(
        ["make", "-n", "-o", STAMP, f"VENV={sys.prefix}", "bench-quick"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "bench/run.py --quick" in printed


def test_the_load_average_is_printed_before_and_after(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Figures from a busy machine are not comparable: the run says how busy it was."""
    runner = load_runner()
    monkeypatch.setattr(runner, "SECTIONS", [])
    assert runner.main([]) == 0
    out = capsys.readouterr().out
    assert "load average before: " in out
    assert "load average after: " in out


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(["task_memory.py", "--tasks", "50"], id="task_memory"),
        pytest.param(["soak.py", "--calls", "50"], id="soak"),
    ],
)
def test_the_benchmarks_that_reach_into_private_state_still_run(script: list[str]) -> None:
    """As scripts, the way `make bench` runs them: they break when the internals move."""
    finished = subprocess.run(
        [sys.executable, str(REPO / "bench" / script[0]), *script[1:], "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert finished.stdout.strip().splitlines()[-1].startswith("{")

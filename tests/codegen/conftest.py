"""Fixtures for the generator tests: the bundled spec, scratch roots and shared generations."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.generate import OUTPUTS

REPO = Path(__file__).resolve().parents[2]
GENERATED_DIRS = ("_generated", "resources", "models", "__pycache__")
GENERATED_FILES = ("_registry/table.py", "_registry/prose.py")


@pytest.fixture
def spec() -> dict[str, Any]:
    """The bundled openapi.json, parsed fresh for each test (tests may mutate it)."""
    return json.loads((REPO / "openapi.json").read_text())  # type: ignore[no-any-return]


def copy_hand_written(root: Path) -> Path:
    """README.md, the guides and the hand-written package under `root`, without generated
    code (the pages are copied for their generated passages)."""
    shutil.copy(REPO / "README.md", root / "README.md")
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns("reference"))
    shutil.copytree(
        REPO / "trenz_async",
        root / "trenz_async",
        ignore=lambda directory, names: [
            name
            for name in names
            if name in GENERATED_DIRS or f"{Path(directory).name}/{name}" in GENERATED_FILES
        ],
    )
    return root


def copy_outputs(source: Path, root: Path) -> Path:
    """The generated outputs of `source` (a repository or a generation) copied under `root`."""
    for output in OUTPUTS:
        if (source / output).is_dir():
            shutil.copytree(
                source / output, root / output, ignore=shutil.ignore_patterns("__pycache__")
            )
        elif (source / output).exists():
            (root / output).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source / output, root / output)
    return root


@pytest.fixture
def scratch_root(tmp_path: Path) -> Path:
    """A root holding README.md, the guides and the hand-written package, without generated code."""
    return copy_hand_written(tmp_path)


@pytest.fixture(scope="session")
def fresh_generation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generation of the bundled spec into a scratch root, shared by the whole session.

    `make generate` in another process, with its own hash seed and the C locale: the
    committed tree came from processes with other seeds, so matching it byte for byte
    shows that the output depends on neither.
    """
    root = copy_hand_written(tmp_path_factory.mktemp("fresh"))
    env = {**os.environ, "PYTHONHASHSEED": "12345", "LC_ALL": "C"}
    result = run_codegen("--root", str(root), env=env)
    assert result.returncode == 0, result.stderr
    return root


def run_codegen(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m codegen.generate *args` in another process, from the repository."""
    return subprocess.run(
        [sys.executable, "-m", "codegen.generate", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
    )

"""Fixtures for the generator tests: the bundled spec and a scratch copy of the package."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED_DIRS = ("_generated", "resources", "__pycache__")
GENERATED_FILES = ("_operations.py", "_operation_docs.py")


@pytest.fixture
def spec() -> dict[str, Any]:
    """The bundled openapi.json, parsed fresh for each test (tests may mutate it)."""
    return json.loads((REPO / "openapi.json").read_text())  # type: ignore[no-any-return]


@pytest.fixture
def scratch_root(tmp_path: Path) -> Path:
    """A root holding README.md and the hand-written package, without generated code."""
    shutil.copy(REPO / "README.md", tmp_path / "README.md")
    shutil.copytree(
        REPO / "trenz_async",
        tmp_path / "trenz_async",
        ignore=lambda directory, names: [
            name for name in names if name in GENERATED_DIRS or name in GENERATED_FILES
        ],
    )
    return tmp_path

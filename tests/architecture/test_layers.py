"""The layer contracts in pyproject.toml hold, and would catch an import pointing upward."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)},
    )


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package and its contracts, copied without the generated client (never imported)."""
    root = tmp_path_factory.mktemp("layers")
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(
        REPO / "trenz_async",
        root / "trenz_async",
        ignore=shutil.ignore_patterns("_generated", "__pycache__"),
    )
    return root


def test_the_package_keeps_its_layer_contracts(package_copy: Path) -> None:
    """Every import in the package points down the layers, and only the client imports the fleet."""
    result = _lint_imports(package_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "import_line", "contract"),
    [
        ("_transport/upward.py", "from .._call import invoke\n", "Layers import downward only"),
        ("_ledger/upward.py", "from .._jobs import Task\n", "Layers import downward only"),
        ("_jobs/fleet.py", "from .._fleet import bind\n", "Only the client"),
    ],
)
def test_a_wrong_import_breaks_a_contract(
    package_copy: Path, module: str, import_line: str, contract: str
) -> None:
    """An import against the layering fails `make lint`, naming the contract it breaks."""
    wrong = package_copy / "trenz_async" / module
    wrong.write_text(f'"""A deliberately wrong import."""\n\n{import_line}')
    try:
        result = _lint_imports(package_copy)
    finally:
        wrong.unlink()
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    assert contract in result.stdout.split("Broken contracts", 1)[1]

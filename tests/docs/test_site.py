"""`make docs`: the site builds with --strict, and documents every operation and public name."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import trenz_async

from .conftest import REPO

REFERENCE = REPO / "docs" / "reference"
DIRECTIVE = re.compile(r"^::: (trenz_async\.[\w.]+)$", re.M)
# mkdocs and Material print a banner about MkDocs 2.0 on every build; it is not ours.
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built as `make docs` builds it, into a scratch directory."""
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=REPO,
        env={**os.environ, **QUIET},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return target


def documented() -> list[str]:
    """Every `::: trenz_async.NAME` directive of the reference pages."""
    return [
        name
        for page in sorted(REFERENCE.glob("*.md"))
        for name in DIRECTIVE.findall(page.read_text())
    ]


def test_every_public_name_has_one_reference_entry() -> None:
    """Each name of `trenz_async.__all__` is documented once, under its public path."""
    names = [name for name in documented() if name.count(".") == 1]
    assert sorted(names) == sorted(f"trenz_async.{name}" for name in trenz_async.__all__)


def test_the_site_has_a_page_per_operation(site: Path) -> None:
    """The strict build wrote every operation's page and the index."""
    operations = site / "reference" / "operations"
    assert (operations / "index.html").is_file()
    for info in trenz_async.OPERATIONS.values():
        page = operations / info.resource / info.method_name / "index.html"
        assert info.operation_id in page.read_text(), page


def test_the_site_renders_every_reference_entry(site: Path) -> None:
    """mkdocstrings found each documented object (its heading anchor is in the HTML)."""
    html = "".join(path.read_text() for path in (site / "reference").glob("*/index.html"))
    missing = [name for name in documented() if f'id="{name}"' not in html]
    assert missing == []

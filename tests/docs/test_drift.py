"""No drift: what the README and the guides say about operations is what the registry holds.

`make check-generated` also regenerates every page and compares; these tests name the
page and the passage that went stale, and hold the README's costs to `trenz ops`.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

import trenz_async
from codegen import emit, passages
from trenz_async._cli._root import cli

from .conftest import REPO

REGISTRY = list(trenz_async.OPERATIONS.values())
README_ROW = re.compile(r"^\| `([\w.]+)` \| [A-Z]+ \| `[^`]+` \| ([^|]+) \| \w+ \|$", re.M)


@pytest.mark.parametrize("page", passages.pages(REPO))
def test_every_generated_passage_is_current(page: str) -> None:
    """Counts, tables and the README's operations table equal a fresh rendering."""
    text = (REPO / page).read_text()
    refresh = emit.refresh_readme if page == "README.md" else emit.refresh_page
    assert refresh(text, REGISTRY) == text, f"{page} is stale: run `make generate`"


def test_the_readme_table_costs_what_trenz_ops_says() -> None:
    """Each accessor's coins in the README are the `trenz ops` column, priced ones included."""
    result = CliRunner().invoke(cli, ["ops", "--table"], catch_exceptions=False)
    listed = {line.split()[0]: line.split()[3] for line in result.stdout.splitlines()[1:]}
    readme = {
        accessor: coins.strip()
        for accessor, coins in README_ROW.findall((REPO / "README.md").read_text())
    }
    assert readme == listed


def test_the_guides_use_the_generated_tables() -> None:
    """The passages registry facts live in are marked, so generation keeps them current."""
    text = "".join((REPO / page).read_text() for page in passages.pages(REPO))
    for name in passages.TABLES:
        assert f"<!-- table:{name} -->" in text
    assert "(per unit)" not in text


def test_a_table_marker_is_refreshed_and_an_unknown_one_refused() -> None:
    """A stale table between markers is replaced; an unknown table name is an error."""
    stale = "before\n<!-- table:priced -->\n| old |\n<!-- /table -->\nafter"
    fresh = passages.replace_tables(stale, REGISTRY)
    assert fresh.startswith("before\n<!-- table:priced -->\n| operation |")
    assert fresh.endswith("<!-- /table -->\nafter")
    priced = next(info for info in REGISTRY if info.pricing is not None)
    assert priced.accessor in fresh
    with pytest.raises(ValueError, match="unknown 'widgets'"):
        passages.replace_tables("<!-- table:widgets -->\n<!-- /table -->", REGISTRY)

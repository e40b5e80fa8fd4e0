"""Tables the registry knows, for the committed Markdown pages (README.md and docs/*.md).

A page asks for one with a pair of markers, and `make generate` fills in what lies
between them, as it does for the `count:` markers (`codegen.emit.refresh_page`):

    <!-- table:priced -->
    (anything: replaced on every run)
    <!-- /table -->

`make check-generated` fails when a committed page holds another table than the
registry gives, so a cost, an accessor or a pricing formula cannot drift. Cells use
`codegen.markdown` (the notation `trenz ops` uses) and avoid pipes inside code, which
GitHub and Python-Markdown read differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from codegen import markdown

TABLE_MARKER = re.compile(r"<!-- table:(\w+) -->\n.*?<!-- /table -->", re.S)
# The hand-written guides whose passages generation refreshes (the operation reference
# itself is written at build time: codegen/docs.py).
DOCS_DIR = "docs"


def pages(root: Path) -> tuple[str, ...]:
    """The Markdown files under `root` that may hold generated passages, relative to it."""
    found = [root / "README.md", *sorted((root / DOCS_DIR).glob("*.md"))]
    return tuple(str(path.relative_to(root)) for path in found if path.is_file())


def priced(infos: Iterable[Any]) -> list[str]:
    """The operations priced per unit (`x-pricing`): formula, prices, default and fallback."""
    rows = [
        [
            markdown.code(info.accessor),
            markdown.coins(info),
            ", ".join(
                f"{markdown.code(tier)}: {price}"
                for tier, price in sorted(info.pricing.unit_price_map.items())
            ),
            f"{markdown.code(info.pricing.tier_param)} = {markdown.code(info.pricing.default_tier)}, "
            f"{markdown.code(info.pricing.quantity_param)} = {info.pricing.default_quantity}: "
            f"{info.pricing.estimate({}):,}",
            f"{info.pricing.fallback_coin_cost:,}",
        ]
        for info in sorted(infos, key=lambda info: info.accessor)
        if info.pricing is not None
    ]
    return markdown.table(
        ["operation", "coins", "price per unit, by tier", "defaults: estimate", "unknown tier"],
        rows,
        right=[4],
    )


def jobs(infos: Iterable[Any]) -> list[str]:
    """The operations that start async jobs: cost and the field carrying the job id."""
    rows = [
        [
            markdown.code(info.accessor),
            markdown.coins(info),
            markdown.code(f"data.{info.job_id_field}"),
        ]
        for info in sorted(infos, key=lambda info: info.accessor)
        if info.is_async
    ]
    return markdown.table(["operation", "coins", "job id in"], rows, right=[1])


def pagination(infos: Iterable[Any]) -> list[str]:
    """The list operations by pagination style: the parameters that move and the operations."""
    by_style: dict[str, list[Any]] = {}
    for info in sorted(infos, key=lambda info: info.accessor):
        if info.pagination is not None:
            by_style.setdefault(info.pagination.style.value, []).append(info)
    rows = []
    for style, members in sorted(by_style.items()):
        # The parameter names of one style can differ from operation to operation.
        combinations = dict.fromkeys(
            " + ".join(
                markdown.code(name) for name in (paging.position_param, paging.size_param) if name
            )
            for paging in (info.pagination for info in members)
        )
        moving = " or ".join(combinations)
        rows.append(
            [
                markdown.code(style),
                moving,
                str(len(members)),
                ", ".join(markdown.code(info.accessor) for info in members),
            ]
        )
    return markdown.table(["style", "parameters", "operations", "accessors"], rows, right=[2])


def resources(infos: Iterable[Any]) -> list[str]:
    """Each resource (`client.<resource>`), its tag and how many operations it has."""
    grouped: dict[str, list[Any]] = {}
    for info in infos:
        grouped.setdefault(info.resource, []).append(info)
    rows = [
        [
            markdown.code(f"client.{resource}"),
            markdown.code(members[0].tag),
            str(len(members)),
            ", ".join(sorted(info.method_name for info in members)),
        ]
        for resource, members in sorted(grouped.items())
    ]
    return markdown.table(["resource", "tag", "operations", "methods"], rows, right=[2])


TABLES: Mapping[str, Callable[[Iterable[Any]], list[str]]] = {
    "priced": priced,
    "jobs": jobs,
    "pagination": pagination,
    "resources": resources,
}


def replace_tables(text: str, infos: Iterable[Any]) -> str:
    """`text` with every `<!-- table:NAME -->` passage brought up to date.

    Raises:
        ValueError: a marker names a table this module does not know.
    """
    registry = list(infos)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in TABLES:
            raise ValueError(f"a table marker names unknown {name!r}; known: {sorted(TABLES)}")
        body = "\n".join(TABLES[name](registry))
        return f"<!-- table:{name} -->\n{body}\n<!-- /table -->"

    return TABLE_MARKER.sub(fill, text)

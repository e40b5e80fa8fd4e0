"""The operation reference: one page per registry entry, with facts that match it and an
example call that works, and spec text that cannot become HTML, links or code."""

from __future__ import annotations

import ast
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

import trenz_async
from codegen import docs, markdown
from codegen.contract import TASK_STATUS_OPERATION
from trenz_async.testing import TEST_API_KEY, FakeTrenz

NORMALIZED = json.loads(
    (Path(trenz_async.__file__).parent / "_generated" / "openapi.json").read_text()
)
REGISTRY = sorted(trenz_async.OPERATIONS.values(), key=lambda info: info.accessor)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    """Every generated page, as the site build writes them."""
    facts = {info.operation_id: docs.facade_facts(info) for info in REGISTRY}
    return docs.pages(REGISTRY, NORMALIZED, facts)


def test_every_operation_has_a_page_and_a_row_in_the_index(pages: dict[str, str]) -> None:
    """87 pages (whatever the spec holds), each linked from the index."""
    index = pages[f"{docs.ROOT}/{docs.INDEX}"]
    for info in REGISTRY:
        assert docs.page_path(info) in pages
        assert f"]({info.resource}/{info.method_name}.md)" in index
    assert len(pages) == len(REGISTRY) + 1


@pytest.mark.parametrize("info", REGISTRY, ids=lambda info: info.accessor)
def test_a_page_states_what_the_registry_knows(info: Any, pages: dict[str, str]) -> None:
    """Spec id, method and path, cost (formula when priced), billing, parameters, pagination."""
    page = pages[docs.page_path(info)]
    assert page.startswith(f"# {info.accessor}\n")
    assert f"`{info.operation_id}`" in page
    assert f"`{info.method} {info.path}`" in page
    assert f"`{info.billing_mode.value}`" in page
    if info.pricing is None:
        assert f"- **cost**: {info.coin_cost:,} coins\n" in page
    else:
        assert markdown.coins(info) in page
        assert f"{info.pricing.estimate({}):,} coins" in page
    for param in info.params:
        assert f"| `{param.python_name}`" in page
        for choice in param.enum or ():
            assert markdown.code(choice) in page
    if info.pagination is not None:
        assert f"`{info.pagination.style.value}`" in page
    if info.is_async:
        assert f"`data.{info.job_id_field}`" in page


@pytest.mark.anyio
async def test_every_example_call_runs_against_the_fake() -> None:
    """Each page's example, executed as shown, succeeds against the fake server."""
    fake = FakeTrenz(job_duration=0.0, rate_limit=None)
    failures = []
    async with trenz_async.TrenzClient(
        api_key=TEST_API_KEY,
        base_url="http://localhost",
        transport=fake.transport(),
        poll=trenz_async.PollPolicy(initial=0.0, maximum=0.01),
    ) as client:
        for info in REGISTRY:
            source = docs.example(info, NORMALIZED)
            scope: dict[str, Any] = {}
            exec(f"async def example(client):\n{textwrap.indent(source, '    ')}\n", scope)
            try:
                await scope["example"](client)
            except trenz_async.TaskNotFoundError:
                # The status poll of a task the fake never made: sent, checked and answered.
                assert info.operation_id == TASK_STATUS_OPERATION
            except Exception as exc:  # collected: one report for every broken example
                failures.append(f"{info.accessor}: {source!r}: {exc!r}")
    assert failures == []
    assert fake.statistics().jobs_created == sum(info.is_async for info in REGISTRY)


def test_spec_prose_keeps_its_emphasis_but_not_its_html_or_links() -> None:
    """`<script>`, raw HTML comments and `[text][ref]` links reach the page as text."""
    text = markdown.prose(
        "**Bold** `code` <script>alert(1)</script> [x](javascript:1) [a][b] <!-- c -->"
    )
    assert "**Bold** `code`" in text
    assert "<" not in text
    assert "[" not in text
    assert "]" not in text


def test_code_spans_hold_any_backticks() -> None:
    """A value with backticks stays inside one code span, and a fence outlasts its content."""
    assert markdown.code("a`b") == "``a`b``"
    assert markdown.code("`x`") == "`` `x` ``"
    assert markdown.fence("x = '```'")[0] == "````python"


@pytest.mark.parametrize("value", ['it\'s "quoted"\n\\', {"a": [1, 2.5, True, None]}, ("x",), "é"])
def test_literals_are_python_source_for_their_value(value: Any) -> None:
    """`literal()` writes source that evaluates back to the value (tuples as lists)."""
    expected = list(value) if isinstance(value, tuple) else value
    assert ast.literal_eval(markdown.literal(value)) == expected


def test_priced_operations_read_as_trenz_ops_writes_them() -> None:
    """`60/130×duration`: the prices per unit and the quantity parameter, never the fallback."""
    info = next(info for info in trenz_async.OPERATIONS.values() if info.pricing is not None)
    assert info.pricing is not None
    prices = sorted(set(info.pricing.unit_price_map.values()))
    assert markdown.coins(info) == f"{'/'.join(map(str, prices))}×{info.pricing.quantity_param}"

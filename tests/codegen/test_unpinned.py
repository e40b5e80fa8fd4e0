"""No test names today's operations: a new spec from Trenz must not turn a suite red.

`make update-spec` regenerates the SDK and runs the tests; a test that says
`"trenz-products-search"` or `client.products.search(...)` breaks when Trenz renames or
retires that operation, and a spec update is abandoned for the test's sake, not the SDK's.
Tests choose operations by trait from the registry (`tests/unit/helpers.py`). Read with
`ast`: string literals equal to an operationId or accessor, and attribute chains
`<x>.<resource>.<method>` naming an accessor, are refused.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from codegen.contract import TASK_STATUS_OPERATION
from trenz_async import OPERATIONS

from .conftest import REPO

TESTS = REPO / "tests"
# Not ours to change here, or README text on purpose:
EXEMPT = (
    "tests/cli/",  # another engineer's, being de-pinned separately
    "tests/typing/readme_examples.py",  # README.md's blocks verbatim
    "tests/typing/docs_examples.py",  # the guides' blocks verbatim
    "tests/typing/test_user_types.py",  # mistakes users could make in README-style code
    "tests/plugin/test_readme_example.py",  # README.md's testing example, as written
)
# Pinned by the hand-written core's contract (codegen/contract.py), not by the spec.
CONTRACT = {TASK_STATUS_OPERATION}


def _names() -> set[str]:
    names = {*OPERATIONS, *(info.accessor for info in OPERATIONS.values())}
    return names - CONTRACT


def _pins(path: Path, names: set[str]) -> Iterator[str]:
    """`file:line: what` for each operation name `path` spells out."""
    label = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names:
            yield f"{label}:{node.lineno}: {node.value!r}"
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            accessor = f"{node.value.attr}.{node.attr}"
            if accessor in names:
                yield f"{label}:{node.lineno}: .{accessor}"


def test_no_test_names_an_operation_of_todays_spec() -> None:
    """Outside the README's own examples, tests pick operations by trait, never by name."""
    names = _names()
    found = [
        pin
        for path in sorted(TESTS.rglob("*.py"))
        if not str(path.relative_to(REPO)).startswith(EXEMPT)
        for pin in _pins(path, names)
    ]
    assert found == [], "tests pinned to today's spec:\n" + "\n".join(found)


def test_the_check_finds_a_pin(tmp_path: Path) -> None:
    """The scan is not vacuous: a literal id and a typed accessor are both found."""
    info = next(info for info in OPERATIONS.values() if info.operation_id not in CONTRACT)
    resource, method = info.accessor.split(".")
    probe = tmp_path / "probe.py"
    probe.write_text(f"OP = {info.operation_id!r}\nx = client.{resource}.{method}\n")
    assert len(list(_pins(probe, _names()))) == 2

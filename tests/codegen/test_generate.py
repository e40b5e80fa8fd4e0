"""Golden, determinism, type-checking and spec-change tests of `make generate`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from codegen.generate import compare, generate

from .conftest import REPO


def _run(root: Path, code: str) -> str:
    """Run `code` with `root` first on sys.path; return its stdout."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False, cwd=root
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_committed_output_matches_a_fresh_generation(scratch_root: Path) -> None:
    """Regenerating into a temp dir gives the committed tree byte for byte."""
    count = generate(REPO / "openapi.json", scratch_root)
    assert count == 87
    assert compare(scratch_root, REPO) == []


def test_generation_is_deterministic(scratch_root: Path, tmp_path_factory: Any) -> None:
    """Two runs produce byte-identical files."""
    generate(REPO / "openapi.json", scratch_root)
    second = tmp_path_factory.mktemp("second")
    (second / "README.md").write_text((REPO / "README.md").read_text())
    generate(REPO / "openapi.json", second)
    assert compare(second, scratch_root) == []


def test_every_generated_file_says_do_not_edit() -> None:
    """Each generated Python file starts with the do-not-edit header."""
    generated = [
        *(REPO / "trenz_async" / "_generated").rglob("*.py"),
        *(REPO / "trenz_async" / "resources").rglob("*.py"),
        REPO / "trenz_async" / "_operations.py",
    ]
    assert len(generated) > 400
    for path in generated:
        first = path.read_text().splitlines()[0]
        assert first == "# generated from openapi.json by codegen; do not edit", path


def test_generated_package_passes_mypy_strict() -> None:
    """`mypy --strict` accepts the generated package (post-hooks cannot break it)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "trenz_async/_generated",
            "trenz_async/resources",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_generated_fails_on_stale_output(scratch_root: Path) -> None:
    """`--check` exits 1 with a readable summary when committed output differs."""
    generate(REPO / "openapi.json", scratch_root)
    registry = scratch_root / "trenz_async" / "_operations.py"
    registry.write_text(
        registry.read_text().replace('"trenz-products-search"', '"trenz-products-find"', 1)
    )
    result = subprocess.run(
        [sys.executable, "-m", "codegen.generate", "--check", "--root", str(scratch_root)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 1
    assert "stale: trenz_async/_operations.py" in result.stderr
    assert "trenz-products-find" in result.stderr


def _add_widget_operation(spec: dict[str, Any]) -> None:
    """A new tag, path and query parameters, a paginated response and a cost."""
    spec["paths"]["/open/v1/widgets/search"] = {
        "get": {
            "operationId": "trenz-widgets-search",
            "summary": "Widget Search",
            "tags": ["Data/Widgets"],
            "x-coin-cost": 7,
            "x-billing-mode": "per_call",
            "x-scope": "trenz.widgets.read",
            "parameters": [
                {"in": "query", "name": "colour", "required": True, "schema": {"type": "string"}},
                {"in": "query", "name": "page", "schema": {"type": "integer", "default": 1}},
                {
                    "in": "query",
                    "name": "page_size",
                    "schema": {"type": "integer", "default": 10, "maximum": 50},
                },
                {
                    "in": "header",
                    "name": "X-API-Key",
                    "required": True,
                    "schema": {"type": "string"},
                },
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["data", "request_id"],
                                "properties": {
                                    "data": {
                                        "type": "object",
                                        "properties": {
                                            "widgets": {
                                                "type": "array",
                                                "items": {
                                                    "type": "object",
                                                    "properties": {"id": {"type": "string"}},
                                                },
                                            },
                                            "total_count": {"type": "integer"},
                                        },
                                    },
                                    "request_id": {"type": "string"},
                                    "usage": {"$ref": "#/components/schemas/UsageInfo"},
                                },
                            }
                        }
                    },
                }
            },
        }
    }


def test_spec_change_adds_and_removes_operations_everywhere(
    spec: dict[str, Any], scratch_root: Path
) -> None:
    """A new operation appears in registry, facade and README; a removed one disappears."""
    _add_widget_operation(spec)
    del spec["paths"]["/open/v1/lives/{id}"]
    changed = scratch_root / "openapi.json"
    changed.write_text(json.dumps(spec))
    assert generate(changed, scratch_root) == 87
    output = _run(
        scratch_root,
        "import importlib, trenz_async\n"
        "from trenz_async import OPERATIONS, TrenzClient\n"
        "info = OPERATIONS['trenz-widgets-search']\n"
        "importlib.import_module(info.module)\n"
        "print(info.coin_cost, info.accessor, info.pagination.style.value, info.pagination.items_field)\n"
        "print('trenz-lives-detail' in OPERATIONS, hasattr(TrenzClient, 'widgets'))\n"
        "print(hasattr(TrenzClient(api_key='sk_test_x').lives, 'detail'))\n",
    )
    assert output.split() == [
        "7",
        "widgets.search",
        "page_size",
        "widgets",
        "False",
        "True",
        "False",
    ]
    readme = (scratch_root / "README.md").read_text()
    assert "`widgets.search`" in readme
    assert "`lives.detail`" not in readme


def test_bad_spec_fails_generation_with_a_clear_message(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    """A duplicate name after normalization stops `make generate` with exit 2."""
    clash = json.loads(json.dumps(spec["paths"]["/open/v1/lives/{id}"]))
    clash["get"]["operationId"] = "lives-detail"  # equals trenz-lives-detail minus its prefix
    spec["paths"]["/open/v1/lives2/{id}"] = clash
    bad = tmp_path / "openapi.json"
    bad.write_text(json.dumps(spec))
    result = subprocess.run(
        [sys.executable, "-m", "codegen.generate", "--spec", str(bad), "--root", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 2
    assert "generation failed" in result.stderr
    assert "lives-detail" in result.stderr

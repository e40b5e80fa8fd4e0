"""Trenz changes its spec: `make update-spec` end to end, in temporary copies of the repository.

Each scenario copies the repository, derives a new spec from its openapi.json and runs
`python -m codegen.update_spec` (and `codegen.diff`) there, as a maintainer would:

- additive changes regenerate, bump the patch version, write the changelog and README,
  and leave this project's own suites (tests/testing, tests/codegen) green unedited;
- breaking changes are each reported as breaking (exit 1 from the diff), and the update
  bumps the minor version (0.x) and says so in the changelog;
- a spec that fails validation or breaks the core's shapes changes nothing.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.normalize import operations
from codegen.update_spec import _COPY_IGNORES, read_version

from . import specs
from .conftest import REPO

pytestmark = pytest.mark.spec_change

# What the updated copy must still pass: this project's suites, minus these scenarios.
OWN_SUITES = (
    "python -m pytest -q -x -p no:cacheprovider tests/testing tests/codegen -m 'not spec_change'"
)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the repository (no .git, no virtual environment, no caches)."""
    root = tmp_path / "repo"
    shutil.copytree(REPO, root, ignore=_COPY_IGNORES)
    return root


def _spec(root: Path) -> dict[str, Any]:
    return json.loads((root / "openapi.json").read_text())  # type: ignore[no-any-return]


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, *args], cwd=root, env=env, capture_output=True, text=True, check=False
    )


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and ".pytest_cache" not in path.parts
    }


def _first(spec: dict[str, Any], predicate: Any) -> dict[str, Any]:
    """The first operation (path order) matching `predicate`."""
    return next(op for _, _, op in operations(spec) if predicate(op))


def _is_list_read(operation: dict[str, Any]) -> bool:
    params = {param["name"] for param in operation.get("parameters", [])}
    return (
        operation.get("x-billing-mode") == "per_call"
        and {"page", "page_size"} <= params
        and "requestBody" not in operation
    )


def _write(root: Path, spec: dict[str, Any], name: str) -> Path:
    path = root.parent / name
    path.write_text(json.dumps(spec, indent=1))
    return path


def additive(spec: dict[str, Any]) -> dict[str, Any]:
    """The bundled spec plus a new tag and search, a new job, a new optional parameter,
    a new response field and a new accepted value."""
    spec = copy.deepcopy(spec)
    spec["info"]["version"] += "-next"
    widgets = specs.operation(
        "trenz-widgets-search",
        tag="Data/Widgets",
        cost=7,
        scope="trenz.widgets.read",
        params=[
            specs.query("colour", enum=["red", "blue"], required=True),
            specs.query("keyword"),
            specs.query("min_weight", "number"),
            specs.query("max_weight", "number"),
            specs.query("page", "integer", default=1, minimum=1),
            specs.query("page_size", "integer", default=10, maximum=50),
            specs.query("sort", enum=["weight", "rating"], default="weight:desc"),
        ],
        data=specs.obj(
            widgets={"type": "array", "items": {"type": "object"}},
            total_count={"type": "integer"},
            state={"type": "string", "enum": ["fresh", "cached"]},
        ),
    )
    spec["paths"]["/open/v1/widgets/search"] = {"get": widgets}
    render = specs.operation(
        "trenz-widgets-render",
        tag="Content/Widgets",
        cost=300,
        billing="async_on_complete",
        scope="trenz.ai.write",
        body=specs.obj(prompt={"type": "string"}) | {"required": ["prompt"]},
        data=specs.obj(job_id={"type": "string"}),
    )
    spec["paths"]["/open/v1/widgets/render"] = {"post": render}
    search = _first(spec, _is_list_read)
    search["parameters"].insert(0, specs.query("brand_tier", "integer"))
    data = search["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    data["properties"]["trend_score"] = {"type": "number"}
    enum_param = _first(
        spec,
        lambda op: any(
            "enum" in p.get("schema", {}) and p["name"] != "sort" for p in op["parameters"]
        ),
    )
    param = next(
        p for p in enum_param["parameters"] if "enum" in p.get("schema", {}) and p["name"] != "sort"
    )
    param["schema"]["enum"].append("zz")
    return spec


def test_additive_changes_update_everything_and_keep_our_suites_green(repo: Path) -> None:
    """A new tag, job, parameter, field and value: regenerated, versioned, logged, tested."""
    new = _write(repo, additive(_spec(repo)), "additive.json")
    major, minor, patch = read_version(repo).split(".")
    result = _run(repo, "-m", "codegen.update_spec", str(new), "--root", str(repo),
                  "--test-command", OWN_SUITES)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "API diff: 0 breaking" in result.stdout
    assert (repo / "openapi.json").read_bytes() == new.read_bytes()
    bumped = f"{major}.{minor}.{int(patch) + 1}"
    assert read_version(repo) == bumped
    changelog = (repo / "CHANGELOG.md").read_text()
    start = changelog.index(f"## {bumped}")
    entry = changelog[start : changelog.index("\n## ", start)]
    assert "### Breaking" not in entry
    assert "`widgets.search` (trenz-widgets-search): operation added" in entry
    assert "parameter `brand_tier` added, optional" in entry
    assert "response field `data.trend_score` added" in entry
    assert "accepts new value(s) 'zz'" in entry
    readme = (repo / "README.md").read_text()
    count = sum(1 for _ in operations(_spec(repo)))
    assert f"{count} operations, generated from `openapi.json`." in readme
    assert "| `widgets.search` | GET | `/open/v1/widgets/search` | 7 | per_call |" in readme
    probe = _run(repo, "-c", (
        "import importlib, trenz_async\n"
        "from trenz_async import OPERATIONS, TrenzClient\n"
        "search, job = OPERATIONS['trenz-widgets-search'], OPERATIONS['trenz-widgets-render']\n"
        "print(search.accessor, search.pagination.style, job.accessor, job.is_async, job.job_id_field)\n"
        "module, _, name = search.response_model.partition(':')\n"
        "model = getattr(importlib.import_module(module), name)\n"
        "body = {'data': {'widgets': [], 'state': 'archived'}, 'request_id': 'r', 'usage': {'coin_cost': 7}}\n"
        "print(model.from_dict(body).data.state)\n"
        "print(hasattr(TrenzClient(api_key='sk_test_x').widgets, 'search'))\n"
    ))  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == [
        "widgets.search", "page_size", "widgets.render", "True", "job_id", "archived", "True",
    ]  # fmt: skip


def breaking(spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The bundled spec with one breaking change of each kind, and the lines to expect."""
    spec = copy.deepcopy(spec)
    expected = []
    removed = _first(
        spec, lambda op: op.get("x-billing-mode") == "per_call" and not _is_list_read(op)
    )
    for path, item in list(spec["paths"].items()):
        for method, operation in list(item.items()):
            if operation is removed:
                del spec["paths"][path][method]
    expected.append(f"({removed['operationId']}): operation removed")
    search = _first(spec, _is_list_read)
    search["parameters"].insert(0, specs.query("region", required=True))
    expected.append(f"({search['operationId']}): parameter `region` added, required")
    job = _first(spec, lambda op: op.get("x-billing-mode") == "async_on_complete")
    job["x-billing-mode"] = "per_call"
    expected.append(f"({job['operationId']}): billing mode no longer an async job")
    return spec, expected


def test_breaking_changes_are_reported_and_bump_the_minor_version(repo: Path) -> None:
    """Each breaking change is listed as breaking (exit 1); the update still applies, as 0.x+1."""
    spec, expected = breaking(_spec(repo))
    new = _write(repo, spec, "breaking.json")
    result = _run(repo, "-m", "codegen.diff", "openapi.json", str(new))
    assert result.returncode == 1
    section = result.stdout.split("Breaking", 1)[1].split("\n\n", 1)[0]
    for line in expected:
        assert line in section, (line, result.stdout)
    major, minor, _ = (int(part) for part in read_version(repo).split("."))
    result = _run(repo, "-m", "codegen.update_spec", str(new), "--root", str(repo),
                  "--test-command", "python -m pytest -q -x -p no:cacheprovider tests/testing")  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert read_version(repo) == (f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0")
    changelog = (repo / "CHANGELOG.md").read_text()
    assert changelog.index("### Breaking") < changelog.index(f"## {major}.{minor}.")


@pytest.mark.parametrize(
    "damage",
    ["truncated", "dangling_ref", "unknown_billing", "usage_renamed"],
)
def test_failing_spec_leaves_the_tree_untouched(repo: Path, damage: str) -> None:
    """Invalid JSON, a dangling $ref, an unknown billing mode or a broken core shape: exit 2."""
    spec = _spec(repo)
    first = _first(spec, _is_list_read)
    if damage == "dangling_ref":
        schema = first["responses"]["200"]["content"]["application/json"]["schema"]
        schema["properties"]["data"] = {"$ref": "#/components/schemas/ProductDetail"}
    elif damage == "unknown_billing":
        first["x-billing-mode"] = "per_token"
    elif damage == "usage_renamed":
        schema = first["responses"]["200"]["content"]["application/json"]["schema"]
        name = schema["properties"]["usage"]["$ref"].rsplit("/", 1)[1]
        usage = spec["components"]["schemas"][name]["properties"]
        usage["coins"] = usage.pop("coin_cost")
    new = _write(repo, spec, f"{damage}.json")
    if damage == "truncated":
        new.write_text(new.read_text()[:5000])
    before = _snapshot(repo)
    result = _run(repo, "-m", "codegen.update_spec", str(new), "--root", str(repo))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "nothing was changed" in result.stderr
    if damage == "usage_renamed":
        assert "trenz_async/_ledger/" in result.stderr
    elif damage != "truncated":
        assert first["operationId"] in result.stderr
    assert _snapshot(repo) == before

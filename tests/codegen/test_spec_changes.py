"""Trenz changes its spec: `make update-spec` end to end, in one copy of the repository.

One new spec changes a copy of the repository's openapi.json in every way at once: a
new tag and search, a new job, a new optional parameter, a new response field, a new
accepted value, a price rise (5 -> 8 coins on a 5-coin read), a new required parameter,
a removed operation, a job that became synchronous, a renamed operation and a deprecated
one. One update takes it through the pre-flight (the tests that exercise generated code,
unedited, in the regenerated copy) and type-checks a user's code against it; every
scenario below reads that one updated copy (the full suite is `make update-spec`'s own
job, not these tests'). Specs the update must refuse change nothing.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from codegen import aliases, update_spec
from codegen.normalize import operations
from codegen.update_spec import _COPY_IGNORES, read_version

from . import specs
from .conftest import REPO

pytestmark = pytest.mark.spec_change

TODAY = datetime.date(2031, 4, 5)
Operation = dict[str, Any]


def _all(spec: dict[str, Any]) -> list[Operation]:
    return [operation for _, _, operation in operations(spec)]


def _is_list_read(operation: Operation) -> bool:
    params = {param["name"] for param in operation.get("parameters", [])}
    return (
        operation.get("x-billing-mode") == "per_call"
        and {"page", "page_size"} <= params
        and "requestBody" not in operation
    )


@attrs.frozen
class Roles:
    """The operations (by id) the scenario changes, each chosen by trait, all different."""

    dearer: str  # a 5-coin-ish list read whose price rises 60%
    stricter: str  # a list read gaining a required parameter
    removed: str
    renamed: str
    deprecated: str
    synchronous: str  # a job that stops being one


def _roles(spec: dict[str, Any]) -> Roles:
    taken: list[str] = []

    def first(predicate: Callable[[Operation], bool]) -> str:
        found = next(
            op["operationId"]
            for op in _all(spec)
            if op["operationId"] not in taken and op["operationId"] != "task-status"
            and predicate(op)
        )  # fmt: skip
        taken.append(found)
        return found

    flat = lambda op: op.get("x-billing-mode") == "per_call" and "x-pricing" not in op  # noqa: E731
    return Roles(
        dearer=first(lambda op: _is_list_read(op) and op["x-coin-cost"] % 5 == 0),
        stricter=first(_is_list_read),
        removed=first(lambda op: flat(op) and not _is_list_read(op)),
        renamed=first(lambda op: flat(op) and not _is_list_read(op)),
        deprecated=first(lambda op: flat(op) and not _is_list_read(op)),
        synchronous=first(lambda op: op.get("x-billing-mode") == "async_on_complete"),
    )


def _by_id(spec: dict[str, Any], operation_id: str) -> Operation:
    return next(op for op in _all(spec) if op["operationId"] == operation_id)


def changed(spec: dict[str, Any], roles: Roles) -> dict[str, Any]:
    """The bundled spec with every kind of change at once."""
    spec = copy.deepcopy(spec)
    spec["info"]["version"] += "-next"
    spec["paths"]["/open/v1/widgets/search"] = {
        "get": specs.operation(
            "trenz-widgets-search",
            tag="Data/Widgets",
            cost=7,
            scope="trenz.widgets.read",
            params=[
                specs.query("colour", enum=["red", "blue"], required=True),
                specs.query("keyword"),
                specs.query("page", "integer", default=1, minimum=1),
                specs.query("page_size", "integer", default=10, maximum=50),
            ],
            data=specs.obj(
                widgets={"type": "array", "items": {"type": "object"}},
                total_count={"type": "integer"},
                state={"type": "string", "enum": ["fresh", "cached"]},
            ),
        )
    }
    spec["paths"]["/open/v1/widgets/render"] = {
        "post": specs.operation(
            "trenz-widgets-render",
            tag="Content/Widgets",
            cost=300,
            billing="async_on_complete",
            scope="trenz.ai.write",
            body=specs.obj(prompt={"type": "string"}) | {"required": ["prompt"]},
            data=specs.obj(job_id={"type": "string"}),
        )
    }
    dearer = _by_id(spec, roles.dearer)
    dearer["x-coin-cost"] = dearer["x-coin-cost"] * 8 // 5
    dearer["parameters"].insert(0, specs.query("brand_tier", "integer"))
    data = dearer["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    data["data"]["properties"]["trend_score"] = {"type": "number"}
    _by_id(spec, roles.stricter)["parameters"].insert(0, specs.query("region", required=True))
    for path, item in list(spec["paths"].items()):
        for method, operation in list(item.items()):
            if operation["operationId"] == roles.removed:
                del spec["paths"][path][method]
    _by_id(spec, roles.renamed)["operationId"] = roles.renamed + "-v2"
    _by_id(spec, roles.deprecated)["deprecated"] = True
    _by_id(spec, roles.synchronous)["x-billing-mode"] = "per_call"
    return spec


@attrs.frozen
class Updated:
    """The one updated copy, and what the update said."""

    root: Path
    before: dict[str, Any]  # the spec before
    roles: Roles
    version: str  # the version before
    status: int
    out: str
    err: str

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`python ARGS` in the updated copy, its package first on the path."""
        env = {**os.environ, "PYTHONPATH": str(self.root)}
        return subprocess.run(
            [sys.executable, *args], cwd=self.root, env=env, capture_output=True, text=True
        )


def _user_code(roles: Roles, folder: Path) -> Path:
    """A user's module calling the operation the update removes (by its accessor then)."""
    from trenz_async import OPERATIONS

    removed = OPERATIONS[roles.removed]
    samples = {"integer": "1", "number": "1.0", "boolean": "True", "array": "[]", "object": "{}"}
    required = ", ".join(
        f"{p.python_name}={repr(p.enum[0]) if p.enum else samples.get(p.json_type or '', repr('x'))}"
        for p in removed.params
        if p.required
    )
    folder.mkdir()
    (folder / "pipeline.py").write_text(
        textwrap.dedent(f"""\
            import trenz_async


            async def enrich(client: trenz_async.TrenzClient) -> None:
                await client.{removed.accessor}({required})
        """)
    )
    return folder


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Updated:
    """A copy of the repository taken through one update-spec pre-flight run."""
    base = tmp_path_factory.mktemp("spec-change")
    root = base / "repo"
    shutil.copytree(REPO, root, ignore=_COPY_IGNORES)
    before = json.loads((root / "openapi.json").read_text())
    roles = _roles(before)
    new = base / "new.json"
    new.write_text(json.dumps(changed(before, roles), indent=1))
    user = _user_code(roles, base / "user")
    version = read_version(root)
    argv = [str(new), "--root", str(root), "--preflight-only", "--check", str(user)]
    out, err = io.StringIO(), io.StringIO()
    # In process: the update itself runs the pre-flight in a subprocess, in its copy.
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = update_spec.main([*argv, "--date", TODAY.isoformat()])
    return Updated(root, before, roles, version, status, out.getvalue(), err.getvalue())


def test_the_update_passes_its_preflight(updated: Updated) -> None:
    """The regenerated copy passes the tests that exercise generated code, unedited."""
    assert updated.status == 0, updated.out + updated.err
    assert "pre-flight passed" in updated.err
    assert "full suite" not in updated.err


def test_the_diff_lists_each_change_as_users_meet_it(updated: Updated) -> None:
    """Breaking, behavioural (with the price's direction and percentage) and non-breaking."""
    out = updated.out
    roles = updated.roles
    breaking = out.split("Breaking", 1)[1].split("\n\n", 1)[0]
    assert f"({roles.removed}): operation removed" in breaking
    assert f"({roles.stricter}): parameter `region` added, required" in breaking
    assert f"({roles.synchronous}): billing mode no longer an async job" in breaking
    cost = _by_id(updated.before, roles.dearer)["x-coin-cost"]
    assert (
        f"({roles.dearer}): coin cost rises {cost} -> {cost * 8 // 5} coins per call (+60%)" in out
    )
    assert f"({roles.renamed}-v2): operation renamed from {roles.renamed}" in out
    assert f"({roles.deprecated}): operation is deprecated by Trenz" in out
    assert "(trenz-widgets-search): operation added" in out


def test_version_readme_and_changelog(updated: Updated) -> None:
    """A minor bump; README table and counts; one dated heading with snippets for the breaks."""
    major, minor, _ = (int(part) for part in updated.version.split("."))
    bumped = f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    assert read_version(updated.root) == bumped
    changelog = (updated.root / "CHANGELOG.md").read_text()
    assert changelog.count(f"## {bumped} ") == 1
    assert f"## {bumped} ({TODAY.isoformat()})" in changelog
    assert "## Unreleased" not in changelog
    entry = changelog[changelog.index(f"## {bumped}") :].split("\n## ", 1)[0]
    snippets = entry[entry.index("#### Before and after") :]
    assert f"# before ({updated.version})" in snippets
    assert f"# after ({bumped})" in snippets
    assert f"Trenz removed {updated.roles.removed}" in snippets
    readme = (updated.root / "README.md").read_text()
    count = len(_all(json.loads((updated.root / "openapi.json").read_text())))
    assert f"{count} operations, generated from `openapi.json`." in readme
    assert "| `widgets.search` | GET | `/open/v1/widgets/search` | 7 | per_call |" in readme
    assert " (deprecated) |" in readme


def test_a_users_code_that_breaks_is_listed(updated: Updated) -> None:
    """`--check` type-checks the user's folder against the new package: the removed call."""
    report = updated.out.split("against the new package:", 1)[1]
    assert "1 error(s)" in report
    assert "pipeline.py:5: error:" in report


def test_renamed_and_deprecated_operations_work_and_warn(updated: Updated) -> None:
    """In the updated package: the old id, the old accessor and the deprecated method warn."""
    roles = updated.roles
    recorded = aliases.read(updated.root / aliases.RELATIVE)
    assert [(a.old_operation_id, a.operation_id) for a in recorded] == [
        (roles.renamed, roles.renamed + "-v2")
    ]
    probe = updated.run(
        "-W", "always::DeprecationWarning", "-c",
        textwrap.dedent(f"""\
            import anyio, warnings
            from trenz_async import OPERATIONS, TrenzClient
            from trenz_async.testing import TEST_API_KEY, FakeTrenz
            from tests.unit.helpers import minimal_arguments

            async def main():
                fake = FakeTrenz()
                async with TrenzClient(api_key=TEST_API_KEY, base_url="http://localhost",
                                       transport=fake.transport()) as client:
                    new = OPERATIONS["{roles.renamed}-v2"]
                    old_accessor = {aliases.read(updated.root / aliases.RELATIVE)[0].old_accessor!r}
                    deprecated = OPERATIONS["{roles.deprecated}"]
                    with warnings.catch_warnings(record=True) as caught:
                        await client.call("{roles.renamed}", **minimal_arguments(new))
                        resource, method = old_accessor.split(".")
                        await getattr(getattr(client, resource), method)(**minimal_arguments(new))
                        await getattr(getattr(client, deprecated.resource), deprecated.method_name)(
                            **minimal_arguments(deprecated))
                    for w in caught:
                        print(w.category.__name__, w.filename, w.message)

            anyio.run(main)
        """),
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    lines = probe.stdout.splitlines()
    assert len(lines) == 3, probe.stdout
    assert all(line.startswith("DeprecationWarning <string> ") for line in lines), lines
    assert f"'{roles.renamed}' was renamed by Trenz" in lines[0]
    assert "deprecated by Trenz" in lines[2]


@pytest.mark.parametrize(
    "damage",
    ["truncated", "dangling_ref", "unknown_billing", "usage_renamed"],
)
def test_failing_spec_leaves_the_tree_untouched(
    updated: Updated, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Invalid JSON, a dangling $ref, an unknown billing mode or a broken core shape: exit 2."""
    root = updated.root
    spec = json.loads((root / "openapi.json").read_text())
    first = next(op for op in _all(spec) if _is_list_read(op))
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
    new = root.parent / f"{damage}.json"
    new.write_text(json.dumps(spec))
    if damage == "truncated":
        new.write_text(new.read_text()[:5000])
    before = _snapshot(root)
    assert update_spec.main([str(new), "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert "nothing was changed" in err
    if damage == "usage_renamed":
        assert "trenz_async/_ledger/" in err
    elif damage != "truncated":
        assert first["operationId"] in err
    assert _snapshot(root) == before


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and ".mypy_cache" not in path.parts
    }

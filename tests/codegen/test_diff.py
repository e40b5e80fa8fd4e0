"""`codegen.diff`: each kind of spec change, classified as SDK users meet it.

Every case edits a fresh copy of the bundled spec in memory, choosing the operation it
edits from the registry facts (never by today's name), and compares it with the original.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen import diff, surface
from codegen.diff import Change, Kind, Report
from codegen.normalize import operations
from codegen.runtime import OperationInfo

from . import specs
from .conftest import REPO

Operation = dict[str, Any]


@pytest.fixture(scope="module")
def bundled() -> dict[str, Any]:
    """The bundled spec, parsed once (tests work on deep copies)."""
    return json.loads((REPO / "openapi.json").read_text())  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def before(bundled: dict[str, Any]) -> surface.Surface:
    """The bundled spec's SDK surface."""
    return surface.read(bundled)


def _pick(
    spec: dict[str, Any], before: surface.Surface, predicate: Callable[[OperationInfo], bool]
) -> tuple[OperationInfo, Operation]:
    """The first operation (by id) whose registry facts match, and its spec object."""
    info = next(op.info for _, op in sorted(before.operations.items()) if predicate(op.info))
    for _, _, operation in operations(spec):
        if operation["operationId"] == info.operation_id:
            return info, operation
    raise LookupError(info.operation_id)


def _data(operation: Operation) -> dict[str, Any]:
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return schema["properties"]["data"]  # type: ignore[no-any-return]


def _query(operation: Operation) -> list[dict[str, Any]]:
    return [param for param in operation["parameters"] if param["in"] == "query"]


def _report(before: surface.Surface, after: dict[str, Any]) -> Report:
    return diff.compare(before, surface.read(after))


def _only(report: Report) -> Change:
    assert len(report.changes) == 1, [change.text() for change in report.changes]
    return report.changes[0]


def _is_search(info: OperationInfo) -> bool:
    """A paginated GET with optional query parameters."""
    return (
        info.method == "GET"
        and info.pagination is not None
        and any(not param.required and param.location == "query" for param in info.params)
    )


def test_identical_specs_have_no_changes(bundled: dict[str, Any], before: surface.Surface) -> None:
    """Comparing a spec with itself finds nothing."""
    report = _report(before, copy.deepcopy(bundled))
    assert report.changes == ()
    assert not report.breaking


def test_added_operation_is_non_breaking(bundled: dict[str, Any], before: surface.Surface) -> None:
    """A new operation under a new tag is reported as added."""
    spec = copy.deepcopy(bundled)
    spec["paths"]["/open/v1/zz-probes/search"] = {
        "get": specs.operation("trenz-zz-probes-search", tag="Data/Zz Probes", cost=7)
    }
    change = _only(_report(before, spec))
    assert (change.kind, change.accessor, change.subject) == (
        Kind.NON_BREAKING,
        "zz_probes.search",
        "operation added",
    )
    assert "7 coins" in change.detail


def test_removed_operation_is_breaking(bundled: dict[str, Any], before: surface.Surface) -> None:
    """A removed operation is breaking and names the accessor that disappears."""
    spec = copy.deepcopy(bundled)
    info, _ = _pick(spec, before, lambda info: info.billing_mode == "per_call")
    del spec["paths"][info.path][info.method.lower()]
    change = _only(_report(before, spec))
    assert (change.kind, change.operation_id, change.subject) == (
        Kind.BREAKING,
        info.operation_id,
        "operation removed",
    )
    assert f"client.{info.accessor}()" in change.detail


def test_renamed_operation_is_one_breaking_change(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """A new operationId on the same method and path is a rename, not a removal plus an add."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(spec, before, lambda info: info.operation_id.startswith("trenz-"))
    operation["operationId"] = info.operation_id + "-zz-probe-v2"
    report = _report(before, spec)
    subjects = {(change.kind, change.subject) for change in report.changes}
    assert (Kind.BREAKING, "operation renamed") in subjects
    assert not {"operation removed", "operation added"} & {s for _, s in subjects}


def test_accessor_change_is_breaking(bundled: dict[str, Any], before: surface.Surface) -> None:
    """Moving an operation to another tag changes its accessor: breaking."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(spec, before, lambda info: info.operation_id.startswith("trenz-"))
    operation["tags"] = ["Data/Zz Probe Elsewhere"]
    change = _only(_report(before, spec))
    assert (change.kind, change.subject) == (Kind.BREAKING, "accessor")
    assert f"was `client.{info.accessor}`" in change.detail


@pytest.mark.parametrize(("required", "kind"), [(True, Kind.BREAKING), (False, Kind.NON_BREAKING)])
def test_added_parameter(
    bundled: dict[str, Any], before: surface.Surface, required: bool, kind: Kind
) -> None:
    """A new required parameter is breaking; a new optional one is not."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(spec, before, _is_search)
    operation["parameters"].append(specs.query("zz_probe_region", required=required))
    change = _only(_report(before, spec))
    assert (change.kind, change.accessor, change.subject) == (
        kind,
        info.accessor,
        "parameter `zz_probe_region`",
    )


def test_removed_parameter_is_breaking(bundled: dict[str, Any], before: surface.Surface) -> None:
    """Dropping a parameter is breaking: callers passing it would fail."""
    spec = copy.deepcopy(bundled)
    _, operation = _pick(spec, before, _is_search)
    gone = next(param for param in _query(operation) if not param.get("required"))
    operation["parameters"].remove(gone)
    change = _only(_report(before, spec))
    assert (change.kind, change.subject, change.detail) == (
        Kind.BREAKING,
        f"parameter `{gone['name']}`",
        "removed",
    )


def test_parameter_made_required_or_optional(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """Optional -> required is breaking; required -> optional is not."""
    spec = copy.deepcopy(bundled)
    _, operation = _pick(spec, before, _is_search)
    optional = next(param for param in _query(operation) if not param.get("required"))
    optional["required"] = True
    stricter = surface.read(spec)
    assert _only(diff.compare(before, stricter)).kind is Kind.BREAKING
    change = _only(diff.compare(stricter, before))
    assert (change.kind, change.detail) == (Kind.NON_BREAKING, "is now optional")


def test_retyped_parameter_is_breaking(bundled: dict[str, Any], before: surface.Surface) -> None:
    """A parameter's JSON type changing is breaking."""
    spec = copy.deepcopy(bundled)
    _, operation = _pick(spec, before, _is_search)
    param = next(
        p
        for p in _query(operation)
        if p["schema"].get("type") == "string" and "enum" not in p["schema"]
    )
    param["schema"]["type"] = "integer"
    change = _only(_report(before, spec))
    assert (change.kind, change.detail) == (Kind.BREAKING, "type is now integer (was string)")


def test_request_enum_values(bundled: dict[str, Any], before: surface.Surface) -> None:
    """A new accepted value is non-breaking; a value no longer accepted is breaking."""

    def enum_param(spec: dict[str, Any]) -> dict[str, Any]:
        _, operation = _pick(
            spec,
            before,
            lambda info: any(
                param.enum and param.location == "query" and param.name != "sort"
                for param in info.params
            ),
        )
        return next(p for p in _query(operation) if "enum" in p["schema"] and p["name"] != "sort")

    spec = copy.deepcopy(bundled)
    values = enum_param(spec)["schema"]["enum"]
    fresh = "zz-probe"
    while fresh in values:
        fresh += "-"
    values.append(fresh)
    change = _only(_report(before, spec))
    assert (change.kind, change.detail) == (Kind.NON_BREAKING, f"accepts new value(s) {fresh!r}")
    spec = copy.deepcopy(bundled)
    param = enum_param(spec)
    dropped = param["schema"]["enum"].pop()
    change = _only(_report(before, spec))
    assert (change.kind, change.detail) == (Kind.BREAKING, f"no longer accepts {dropped!r}")


def test_changed_default_is_behavioural(bundled: dict[str, Any], before: surface.Surface) -> None:
    """Same call, different default: behavioural."""
    spec = copy.deepcopy(bundled)
    _, operation = _pick(
        spec,
        before,
        lambda info: any(
            param.has_default
            and isinstance(param.default, int)
            and not isinstance(param.default, bool)
            and param.location == "query"
            for param in info.params
        ),
    )
    param = next(p for p in _query(operation) if isinstance(p["schema"].get("default"), int))
    param["schema"]["default"] += 1
    assert _only(_report(before, spec)).kind is Kind.BEHAVIOURAL


def test_tighter_bounds_break_and_looser_ones_do_not(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """A lower maximum is breaking; a higher one is not."""

    def bounded(spec: dict[str, Any]) -> dict[str, Any]:
        _, operation = _pick(
            spec,
            before,
            lambda info: any(
                param.maximum is not None and param.location == "query" for param in info.params
            ),
        )
        return next(p for p in _query(operation) if "maximum" in p["schema"])

    for delta, kind in ((-1, Kind.BREAKING), (+10, Kind.NON_BREAKING)):
        spec = copy.deepcopy(bundled)
        bounded(spec)["schema"]["maximum"] += delta
        assert _only(_report(before, spec)).kind is kind


def test_response_field_changes(bundled: dict[str, Any], before: surface.Surface) -> None:
    """Added fields are non-breaking; removed, retyped or no-longer-required ones break."""

    def data(spec: dict[str, Any]) -> tuple[OperationInfo, dict[str, Any]]:
        info, operation = _pick(spec, before, _is_search)
        return info, _data(operation)

    spec = copy.deepcopy(bundled)
    info, fields = data(spec)
    fields["properties"]["zz_probe_score"] = {"type": "number"}
    change = _only(_report(before, spec))
    assert (change.kind, change.subject) == (
        Kind.NON_BREAKING,
        "response field `data.zz_probe_score`",
    )

    spec = copy.deepcopy(bundled)
    info, fields = data(spec)
    paging = info.pagination
    assert paging is not None
    name = next(key for key in fields["properties"] if key != paging.items_field)
    del fields["properties"][name]
    kinds = {change.kind for change in _report(before, spec).changes}
    assert Kind.BREAKING in kinds

    spec = copy.deepcopy(bundled)
    _, fields = data(spec)
    fields["properties"][paging.items_field]["type"] = "object"
    changes = _report(before, spec).changes
    assert any(
        change.kind is Kind.BREAKING and change.detail == "type is now object (was array)"
        for change in changes
    )


def test_response_field_that_may_be_absent_is_breaking(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """A required response field that becomes optional may be UNSET: breaking."""
    spec = copy.deepcopy(bundled)
    envelope = _pick(spec, before, _is_search)[1]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    envelope["required"].remove("data")
    change = _only(_report(before, spec))
    assert (change.kind, change.subject) == (Kind.BREAKING, "response field `data`")


def test_envelope_basics_stay_required_whatever_the_spec_says(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """`request_id` and `usage` stay required (the call path fills them): no change to report."""
    spec = copy.deepcopy(bundled)
    envelope = _pick(spec, before, _is_search)[1]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    envelope["required"].remove("request_id")
    assert _report(before, spec).changes == ()


def test_new_response_enum_value_is_non_breaking(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """Response enums are open in the SDK: a new value is reported, not breaking."""
    spec = copy.deepcopy(bundled)
    _, operation = _pick(spec, before, lambda info: info.billing_mode == "free")
    status = next(schema for schema in _data(operation)["properties"].values() if "enum" in schema)
    status["enum"].append("zz-probe-queued")
    change = _only(_report(before, spec))
    assert (change.kind, change.detail) == (
        Kind.NON_BREAKING,
        "may answer new value(s) 'zz-probe-queued'",
    )


def test_cost_billing_and_scope_changes(bundled: dict[str, Any], before: surface.Surface) -> None:
    """Cost, billing mode and scope changes are behavioural; job <-> sync is breaking."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(
        spec, before, lambda info: info.billing_mode == "per_call" and info.pricing is None
    )
    operation["x-coin-cost"] += 1
    operation["x-scope"] = "trenz.zz-probe.read"
    report = _report(before, spec)
    assert {(c.kind, c.subject) for c in report.changes} == {
        (Kind.BEHAVIOURAL, "coin cost"),
        (Kind.BEHAVIOURAL, "scope"),
    }
    spec = copy.deepcopy(bundled)
    _, operation = _pick(spec, before, lambda found: found.operation_id == info.operation_id)
    operation["x-billing-mode"] = "free"
    assert (_only(_report(before, spec)).kind, "billing mode") == (Kind.BEHAVIOURAL, "billing mode")
    spec = copy.deepcopy(bundled)
    _, operation = _pick(spec, before, lambda info: info.is_async)
    operation["x-billing-mode"] = "per_call"
    change = next(c for c in _report(before, spec).changes if c.subject == "billing mode")
    assert change.kind is Kind.BREAKING
    assert "instead of a Task" in change.detail


def test_pricing_change_is_behavioural(bundled: dict[str, Any], before: surface.Surface) -> None:
    """A new unit price is behavioural."""
    spec = copy.deepcopy(bundled)
    _, operation = _pick(spec, before, lambda info: info.pricing is not None)
    prices = operation["x-pricing"]["unit_price_map"]
    prices[sorted(prices)[0]] += 1
    change = _only(_report(before, spec))
    assert (change.kind, change.subject) == (Kind.BEHAVIOURAL, "per-unit pricing")


def test_pagination_removed_is_breaking(bundled: dict[str, Any], before: surface.Surface) -> None:
    """An operation that stops paging breaks `client.paginate()`."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(spec, before, _is_search)
    paging = info.pagination
    assert paging is not None
    operation["parameters"] = [
        p for p in operation["parameters"] if p["name"] != paging.position_param
    ]
    kinds = {(change.kind, change.subject) for change in _report(before, spec).changes}
    assert (Kind.BREAKING, "pagination") in kinds


def test_server_url_change_is_behavioural(bundled: dict[str, Any], before: surface.Surface) -> None:
    """A new default server is behavioural."""
    spec = copy.deepcopy(bundled)
    spec["servers"][0]["url"] = "https://api.example.test"
    change = _only(_report(before, spec))
    assert (change.kind, change.subject) == (Kind.BEHAVIOURAL, "default server")


def test_nested_body_fields_are_compared() -> None:
    """A new required field inside a body object is breaking; optional ones are not."""
    old = specs.minimal_spec()
    old_body = old["paths"]["/open/v1/things/render"]["post"]["requestBody"]
    old_body["content"]["application/json"]["schema"]["properties"]["size"] = specs.obj(
        width={"type": "integer"}
    )
    new = copy.deepcopy(old)
    size = new["paths"]["/open/v1/things/render"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]["properties"]["size"]
    size["properties"]["height"] = {"type": "integer"}
    size["required"] = ["height"]
    change = _only(diff.compare(surface.read(old), surface.read(new)))
    assert (change.kind, change.subject) == (Kind.BREAKING, "body field `size.height`")


def test_cli_exit_status_and_formats(bundled: dict[str, Any], tmp_path: Path) -> None:
    """Exit 1 on breaking changes, 0 otherwise, 2 for an invalid spec; three formats."""
    additive = copy.deepcopy(bundled)
    additive["paths"]["/open/v1/zz-probes"] = {
        "get": specs.operation("trenz-zz-probes-list", tag="Data/Zz Probes")
    }
    breaking = copy.deepcopy(additive)
    first = next(path for path in breaking["paths"] if path != "/open/v1/zz-probes")
    del breaking["paths"][first]
    invalid = copy.deepcopy(bundled)
    del invalid["servers"]
    files = {}
    for name, spec in (("additive", additive), ("breaking", breaking), ("invalid", invalid)):
        files[name] = tmp_path / f"{name}.json"
        files[name].write_text(json.dumps(spec))

    def run(new: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "codegen.diff", str(REPO / "openapi.json"), str(files[new]), *args],
            capture_output=True, text=True, cwd=REPO, check=False,
        )  # fmt: skip

    assert run("additive").returncode == 0
    result = run("breaking", "--format", "json")
    assert result.returncode == 1
    summary = json.loads(result.stdout)["summary"]
    assert summary["breaking"] >= 1
    assert summary["non-breaking"] == 1
    markdown = run("breaking", "--format", "markdown").stdout
    assert "### Breaking" in markdown
    assert "`zz_probes.list`" in markdown
    result = run("invalid")
    assert result.returncode == 2
    assert "#/servers" in result.stderr

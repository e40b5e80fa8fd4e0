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


def test_renamed_operation_is_one_change_kept_as_an_alias(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """A new operationId on the same method and path is a rename the SDK aliases: not breaking."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(spec, before, lambda info: info.operation_id.startswith("trenz-"))
    operation["operationId"] = info.operation_id + "-zz-probe-v2"
    report = _report(before, spec)
    subjects = {(change.kind, change.subject) for change in report.changes}
    assert (Kind.NON_BREAKING, "operation renamed") in subjects
    assert not {"operation removed", "operation added"} & {s for _, s in subjects}
    assert not report.breaking
    assert report.renames == ((info.operation_id, info.operation_id + "-zz-probe-v2"),)
    renamed = next(c for c in report.changes if c.subject == "operation renamed")
    assert f"`client.{info.accessor}()` keep working" in renamed.detail


def test_rename_whose_old_accessor_cannot_be_kept_is_breaking(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """When the old accessor's resource is gone, the rename breaks `client.<old accessor>`."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(spec, before, lambda info: info.operation_id.startswith("trenz-"))
    for other in before.operations.values():  # the rest of the old resource goes away
        if other.info.resource == info.resource and other.info is not info:
            del spec["paths"][other.info.path][other.info.method.lower()]
    operation["operationId"] = info.operation_id + "-zz-probe-v2"
    operation["tags"] = ["Data/Zz Probe Elsewhere"]
    report = _report(before, spec)
    renamed = next(c for c in report.changes if c.subject == "operation renamed")
    accessor = next(c for c in report.changes if c.subject == "accessor")
    assert (renamed.kind, accessor.kind) == (Kind.BREAKING, Kind.BREAKING)
    assert f"client.call({info.operation_id!r})` stops working" in renamed.detail


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


def test_pricing_change_is_behavioural_with_its_percentage(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """A new unit price is behavioural, with its tier, direction and percentage."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(spec, before, lambda info: info.pricing is not None)
    pricing = info.pricing
    assert pricing is not None
    prices = operation["x-pricing"]["unit_price_map"]
    tier = sorted(prices)[0]
    prices[tier] *= 2
    change = _only(_report(before, spec))
    assert (change.kind, change.subject) == (
        Kind.BEHAVIOURAL,
        f"unit price for `{pricing.tier_param}={tier}`",
    )
    old = pricing.unit_price_map[tier]
    assert change.detail == f"rises {old} -> {2 * old} coins per `{pricing.quantity_param}` (+100%)"


@pytest.mark.parametrize(
    ("eighths", "verb", "percent"), [(8, "rises", "+60%"), (2, "falls", "-60%")]
)
def test_coin_cost_change_shows_direction_and_percentage(
    bundled: dict[str, Any], before: surface.Surface, eighths: int, verb: str, percent: str
) -> None:
    """`x-coin-cost` 5 -> 8 reads "rises 5 -> 8 coins per call (+60%)"; the report knows the rise."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(
        spec,
        before,
        lambda info: (
            info.billing_mode == "per_call" and info.pricing is None and info.coin_cost % 5 == 0
        ),
    )
    new = info.coin_cost * eighths // 5
    operation["x-coin-cost"] = new
    report = _report(before, spec)
    change = _only(report)
    assert change.detail == f"{verb} {info.coin_cost} -> {new} coins per call ({percent})"
    assert report.cost_increase == (60.0 if eighths > 5 else None)


def test_free_to_paid_is_a_new_charge(bundled: dict[str, Any], before: surface.Surface) -> None:
    """A free operation that starts charging is a cost increase above any percentage."""
    spec = copy.deepcopy(bundled)
    _, operation = _pick(spec, before, lambda info: info.billing_mode == "free")
    operation["x-billing-mode"] = "per_call"
    operation["x-coin-cost"] = 3
    report = _report(before, spec)
    change = next(c for c in report.changes if c.cost is not None)
    assert "0 -> 3 coins (new charge)" in change.detail
    assert report.cost_increase == float("inf")
    assert diff.failures(report, [diff.FailOn.parse("cost-increase=1000")])


def test_free_operation_with_a_price_is_flagged(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """`x-billing-mode: free` with a non-zero `x-coin-cost` is a warning of the diff."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(spec, before, lambda info: info.billing_mode == "free")
    operation["x-coin-cost"] = 4
    report = _report(before, spec)
    assert any(
        info.operation_id in warning and "billed 'free'" in warning for warning in report.warnings
    )
    assert "Warnings:" in diff.render(report, "text")


def test_deprecation_is_reported_as_non_breaking(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """`deprecated: true` on an operation is one non-breaking change saying calls now warn."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(spec, before, _is_search)
    operation["deprecated"] = True
    change = _only(_report(before, spec))
    assert (change.kind, change.accessor, change.subject) == (
        Kind.NON_BREAKING,
        info.accessor,
        "operation",
    )
    assert change.detail.startswith("is deprecated by Trenz")
    assert "DeprecationWarning" in change.detail


def test_breaking_change_under_the_same_info_version_warns(
    bundled: dict[str, Any], before: surface.Surface
) -> None:
    """A breaking change while `info.version` stays put is a warning; a moved version is not."""
    spec = copy.deepcopy(bundled)
    info, _ = _pick(spec, before, _is_search)
    del spec["paths"][info.path][info.method.lower()]
    assert any("info.version" in warning for warning in _report(before, spec).warnings)
    spec["info"]["version"] += "-zz-probe"
    assert not any("info.version" in warning for warning in _report(before, spec).warnings)


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


def _write(tmp_path: Path, name: str, spec: dict[str, Any]) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(spec))
    return str(path)


def test_a_spec_generation_would_refuse_exits_2_not_1(
    bundled: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The diff runs the contract check: a spec breaking the core's shapes is invalid (2)."""
    spec = copy.deepcopy(bundled)
    schemas = spec["components"]["schemas"]
    usage = next(
        schema for schema in schemas.values() if "coin_cost" in schema.get("properties", {})
    )
    usage["properties"]["coins"] = usage["properties"].pop("coin_cost")
    new = _write(tmp_path, "contract", spec)
    assert diff.main([str(REPO / "openapi.json"), new]) == 2
    assert "trenz_async/_ledger/" in capsys.readouterr().err


def _price_rise(
    bundled: dict[str, Any], before: surface.Surface
) -> tuple[dict[str, Any], OperationInfo]:
    """The bundled spec with one flat price up 60% (5 -> 8 coins, for a 5-coin read)."""
    spec = copy.deepcopy(bundled)
    info, operation = _pick(
        spec,
        before,
        lambda info: (
            info.billing_mode == "per_call" and info.pricing is None and info.coin_cost % 5 == 0
        ),
    )
    operation["x-coin-cost"] = info.coin_cost * 8 // 5
    return spec, info


@pytest.mark.parametrize(
    ("levels", "status"),
    [
        ((), 0),
        (("breaking",), 0),
        (("behavioural",), 1),
        (("cost-increase=59",), 1),
        (("cost-increase=60",), 0),
        (("none",), 0),
        (("breaking", "cost-increase=10"), 1),
    ],
)
def test_fail_on_levels(
    bundled: dict[str, Any],
    before: surface.Surface,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    levels: tuple[str, ...],
    status: int,
) -> None:
    """A 60% price rise passes by default and fails `behavioural` and `cost-increase=59`."""
    spec, _ = _price_rise(bundled, before)
    new = _write(tmp_path, "dearer", spec)
    flags = [arg for level in levels for arg in ("--fail-on", level)]
    assert diff.main([str(REPO / "openapi.json"), new, *flags]) == status
    err = capsys.readouterr().err
    assert ("failing (--fail-on)" in err) == bool(status)


@pytest.mark.parametrize("level", ["costs", "cost-increase=", "cost-increase=-1", "breaking=2"])
def test_bad_arguments_exit_3(level: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A usage error is 3, never the 2 of an invalid spec."""
    with pytest.raises(SystemExit) as exited:
        diff.main([str(REPO / "openapi.json"), str(REPO / "openapi.json"), "--fail-on", level])
    assert exited.value.code == 3
    assert "--fail-on" in capsys.readouterr().err


def test_usage_snapshot_weighs_the_changes(
    bundled: dict[str, Any],
    before: surface.Surface,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--usage` with a saved `UsageSnapshot` prices the recorded calls under both specs."""
    from trenz_async import OperationUsage, UsageSnapshot

    spec, info = _price_rise(bundled, before)
    other = next(
        op.info
        for _, op in sorted(before.operations.items())
        if op.info is not info and op.info.billing_mode == "per_call" and op.info.pricing is None
    )
    calls = {info.operation_id: 100, other.operation_id: 10}
    snapshot = UsageSnapshot(
        calls=110,
        coins_spent=0,
        coins_held=0,
        remaining_balance=None,
        by_operation={op: OperationUsage(n, 0) for op, n in calls.items()},
    )
    recorded = tmp_path / "usage.json"
    recorded.write_text(snapshot.to_json())
    assert (
        diff.main(
            [str(REPO / "openapi.json"), _write(tmp_path, "dearer", spec), "--usage", str(recorded)]
        )
        == 0
    )
    out = capsys.readouterr().out
    old = 100 * info.coin_cost + 10 * other.coin_cost
    new = 100 * info.coin_cost * 8 // 5 + 10 * other.coin_cost
    percent = f"{(new - old) * 100 / old:+.1f}".removesuffix(".0")
    assert f"this spec makes your recorded calls {percent}% coins ({old} coins -> {new})" in out
    assert f"{info.accessor} ({info.operation_id}): 100 calls" in out


def test_usage_journal_reprices_each_recorded_job(tmp_path: Path) -> None:
    """A journal's intents are re-estimated with their own parameters; `not_created` ones are not counted."""
    from codegen import usage

    old = specs.minimal_spec()
    new = copy.deepcopy(old)
    render = new["paths"]["/open/v1/things/render"]["post"]
    render["x-coin-cost"] = 150
    journal = tmp_path / "jobs.jsonl"
    records = [
        {
            "event": "intent",
            "id": "a",
            "operation_id": "trenz-things-render",
            "params": {"prompt": "x"},
        },
        {
            "event": "intent",
            "id": "b",
            "operation_id": "trenz-things-render",
            "params": {"prompt": "y"},
        },
        {"event": "not_created", "id": "b"},
        {"event": "intent", "id": "c", "operation_id": "trenz-things-render", "params": {}},
    ]
    journal.write_text("".join(json.dumps(record) + "\n" for record in records) + '{"torn')
    recorded = usage.load(journal)
    assert recorded.calls == {"trenz-things-render": 2}
    impact = usage.weigh(diff.compare(surface.read(old), surface.read(new)), recorded)
    assert impact.summary() == "this spec makes your recorded calls +50% coins (200 coins -> 300)"


def test_usage_file_in_neither_shape_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --usage file that is no snapshot and no journal is a usage error, named."""
    bogus = tmp_path / "usage.json"
    bogus.write_text('{"calls": 3}')
    assert (
        diff.main([str(REPO / "openapi.json"), str(REPO / "openapi.json"), "--usage", str(bogus)])
        == 3
    )
    assert "not a usage snapshot" in capsys.readouterr().err


def test_codegen_reads_the_snapshot_format_the_sdk_writes() -> None:
    """`codegen.usage` and `UsageSnapshot.to_dict()` name the same format, and it round-trips."""
    from codegen import usage
    from trenz_async import OperationUsage, UsageSnapshot
    from trenz_async._ledger.snapshots import SNAPSHOT_FORMAT

    assert usage.SNAPSHOT_FORMAT == SNAPSHOT_FORMAT
    snapshot = UsageSnapshot(3, 15, 100, 42, {"op-a": OperationUsage(3, 15)}, coins_uncertain=2)
    assert UsageSnapshot.from_dict(json.loads(snapshot.to_json())) == snapshot

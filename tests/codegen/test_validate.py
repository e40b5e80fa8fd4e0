"""Up-front validation of a spec: every problem, named by operation and JSON pointer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen import validate
from codegen.generate import prepare
from codegen.normalize import operations
from codegen.validate import Problem, SpecError

from . import specs


def _first(spec: dict[str, Any], **extensions: Any) -> tuple[str, str, dict[str, Any]]:
    """The first operation (path order) whose vendor extensions have these values."""
    for method, path, operation in operations(spec):
        if all(
            operation.get(f"x-{key.replace('_', '-')}") == value
            for key, value in extensions.items()
        ):
            return method, path, operation
    raise LookupError(extensions)


def _where(method: str, path: str, *rest: str) -> str:
    return validate.pointer("paths", path, method, *rest)


def _messages(spec: dict[str, Any]) -> list[str]:
    return [str(problem) for problem in validate.validate(spec)]


def test_bundled_spec_is_valid(spec: dict[str, Any]) -> None:
    """The bundled spec passes validation without a single problem."""
    assert validate.validate(spec) == []


def test_pointer_escapes_slashes_and_tildes() -> None:
    """JSON pointers follow RFC 6901."""
    assert validate.pointer("paths", "/a/{id}", "get", "x~y") == "#/paths/~1a~1{id}/get/x~0y"


def test_unknown_billing_mode_names_operation_pointer_and_known_modes(
    spec: dict[str, Any],
) -> None:
    """An unknown x-billing-mode is refused where it is, listing the modes the SDK knows."""
    method, path, operation = _first(spec, billing_mode="per_call")
    operation["x-billing-mode"] = "per_minute"
    [problem] = validate.validate(spec)
    assert problem.pointer == _where(method, path, "x-billing-mode")
    assert problem.operation == f"{operation['operationId']} ({method.upper()} {path})"
    assert "'per_minute'" in problem.message
    assert "per_call, async_on_complete, free" in problem.message


@pytest.mark.parametrize("cost", ["five", 2.5, -1, True, None])
def test_coin_cost_must_be_a_whole_number(spec: dict[str, Any], cost: Any) -> None:
    """A non-integer or negative x-coin-cost is refused at its pointer."""
    method, path, operation = _first(spec, billing_mode="per_call")
    operation["x-coin-cost"] = cost
    [problem] = validate.validate(spec)
    assert problem.pointer == _where(method, path, "x-coin-cost")
    assert repr(cost) in problem.message


def test_missing_and_duplicate_operation_ids_are_named(spec: dict[str, Any]) -> None:
    """A missing id and a reused id are both reported, each at its operation."""
    found = list(operations(spec))
    (m1, p1, first), (m2, p2, second), (_, _, third) = found[:3]
    del first["operationId"]
    second["operationId"] = third["operationId"]
    problems = validate.validate(spec)
    assert Problem(_where(m1, p1), "missing operationId", f"{m1.upper()} {p1}") in problems
    duplicate = next(problem for problem in problems if "also used by" in problem.message)
    assert duplicate.pointer in (
        _where(m2, p2, "operationId"),
        _where(*found[2][:2], "operationId"),
    )


def test_dangling_ref_under_a_response_names_the_operation(spec: dict[str, Any]) -> None:
    """A `$ref` to a missing schema is reported at the reference, with its operation."""
    method, path, operation = _first(spec, billing_mode="per_call")
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    schema["properties"]["data"] = {"$ref": "#/components/schemas/ProductDetail"}
    [problem] = validate.validate(spec)
    assert problem.pointer == _where(
        method, path, "responses", "200", "content", "application/json", "schema",
        "properties", "data", "$ref",
    )  # fmt: skip
    assert problem.operation is not None
    assert operation["operationId"] in problem.operation
    assert "ProductDetail" in problem.message


def test_dangling_ref_anywhere_is_found(spec: dict[str, Any]) -> None:
    """References inside components are checked too."""
    spec["components"]["schemas"]["APIResponse"]["properties"]["usage"] = {
        "$ref": "#/components/schemas/Usage"
    }
    [problem] = validate.validate(spec)
    assert problem.pointer == "#/components/schemas/APIResponse/properties/usage/$ref"


def test_missing_servers_is_refused(spec: dict[str, Any]) -> None:
    """Without `servers` the client has no default base URL."""
    del spec["servers"]
    [problem] = validate.validate(spec)
    assert problem.pointer == "#/servers"
    assert "base URL" in problem.message


def test_composed_schema_names_its_schema_path(spec: dict[str, Any]) -> None:
    """A `oneOf` is refused at its own pointer, with a hint to exclude the operation."""
    method, path, operation = _first(spec, billing_mode="per_call")
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    schema["properties"]["data"] = {"oneOf": [{"type": "object"}, {"type": "string"}]}
    [problem] = validate.validate(spec)
    assert problem.pointer.endswith("/schema/properties/data/oneOf")
    assert problem.pointer.startswith(_where(method, path))
    assert "excluded_operations.txt" in problem.message


def test_unsupported_parameters_are_refused(spec: dict[str, Any]) -> None:
    """Cookie parameters and header parameters other than the API key are refused."""
    method, path, operation = _first(spec, billing_mode="per_call")
    index = len(operation["parameters"])
    operation["parameters"] += [
        {"in": "cookie", "name": "session", "schema": {"type": "string"}},
        {"in": "header", "name": "X-Trace", "schema": {"type": "string"}},
    ]
    pointers = {problem.pointer for problem in validate.validate(spec)}
    assert pointers == {
        _where(method, path, "parameters", str(index), "in"),
        _where(method, path, "parameters", str(index + 1)),
    }


def test_every_problem_is_reported_at_once(spec: dict[str, Any]) -> None:
    """Several problems come back together, not one per run."""
    del spec["servers"]
    _, _, operation = _first(spec, billing_mode="per_call")
    operation["x-coin-cost"] = "five"
    operation["x-billing-mode"] = "sometimes"
    with pytest.raises(SpecError) as raised:
        validate.check(spec)
    assert len(raised.value.problems) == 3
    assert str(raised.value).startswith("3 problems in the spec:")


def test_truncated_json_names_line_and_column(tmp_path: Path) -> None:
    """Invalid JSON is a SpecError with its position, not a JSONDecodeError."""
    path = tmp_path / "openapi.json"
    path.write_text('{"openapi": "3.0.3",\n "paths": {')
    with pytest.raises(SpecError, match=r"not valid JSON: .* line 2 column"):
        validate.load(path)


def test_pricing_must_match_what_the_sdk_prices_with() -> None:
    """x-pricing with unknown or missing keys, or fractional prices, is refused."""
    spec = specs.minimal_spec()
    render = spec["paths"]["/open/v1/things/render"]["post"]
    render["x-pricing"] = {"mode": "per_unit", "unit_price_map": {"hd": 1.5}, "per": "second"}
    messages = _messages(spec)
    assert any("missing ['default_quantity'" in message for message in messages)
    assert any("unknown ['per']" in message for message in messages)
    assert any("unit_price_map" in message for message in messages)


def test_excluded_operations_disappear_with_a_warning(tmp_path: Path) -> None:
    """An excluded operation is not generated; excluding it and a stale name both warn."""
    spec = specs.minimal_spec()
    render = spec["paths"]["/open/v1/things/render"]["post"]
    render["requestBody"]["content"]["application/json"]["schema"] = {"oneOf": [{}]}
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec))
    with pytest.raises(SpecError, match="oneOf"):
        prepare(path, exclude=())
    prepared = prepare(path, exclude=["trenz-things-render", "trenz-gone"])
    assert {info.operation_id for info in prepared.operations} == {
        "task-status",
        "trenz-things-search",
    }
    assert any("excluded from generation: trenz-things-render" in w for w in prepared.warnings)
    assert any("trenz-gone" in w for w in prepared.warnings)


def test_exclusions_file_ignores_comments(tmp_path: Path) -> None:
    """The exclusions file is one id per line; `#` starts a comment."""
    listing = tmp_path / "excluded.txt"
    listing.write_text("# header\ntrenz-a  # oneOf in data\n\n  trenz-b\n")
    assert validate.read_exclusions(listing) == ("trenz-a", "trenz-b")
    assert validate.read_exclusions(tmp_path / "absent.txt") == ()

"""Each spec fix in codegen/normalize.py, on small specs shaped like Trenz's."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from codegen.normalize import GENERATED_MARKER, NormalizeError, normalize, operations

from . import specs
from .conftest import REPO


def _operation(spec: dict[str, Any], original_id: str) -> dict[str, Any]:
    for _, _, operation in operations(spec):
        if operation.get("x-original-operation-id", operation.get("operationId")) == original_id:
            return operation
    raise KeyError(original_id)


def _param(operation: dict[str, Any], name: str) -> dict[str, Any]:
    return next(param for param in operation["parameters"] if param["name"] == name)


def _schema(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]  # type: ignore[no-any-return]


def test_bundled_spec_normalizes_to_the_committed_normalized_spec(spec: dict[str, Any]) -> None:
    """The one golden check of the normalizer: the bundled spec gives the committed copy."""
    committed = json.loads((REPO / "trenz_async" / "_generated" / "openapi.json").read_text())
    assert committed == {"x-generated": GENERATED_MARKER, **normalize(spec)}


def test_normalize_does_not_touch_its_input() -> None:
    """normalize() works on a copy; the caller's spec is unchanged."""
    spec = specs.minimal_spec()
    before = copy.deepcopy(spec)
    normalize(spec)
    assert spec == before


def test_sort_enums_list_wire_values() -> None:
    """A `sort` enum of bare fields becomes `field:asc|desc` and contains its default."""
    fixed = normalize(specs.minimal_spec())
    sort = _param(_operation(fixed, "trenz-things-search"), "sort")["schema"]
    assert sort["enum"] == ["price:asc", "price:desc", "rating:asc", "rating:desc"]
    assert sort["default"] == "price:desc"


def test_sort_default_that_is_no_field_direction_is_refused() -> None:
    """A default outside the corrected enum stops normalization, naming the operation."""
    spec = specs.minimal_spec()
    _param(spec["paths"]["/open/v1/things/search"]["get"], "sort")["schema"]["default"] = "size"
    with pytest.raises(NormalizeError, match=r"trenz-things-search.*'size'"):
        normalize(spec)


def test_duplicate_parameter_keeps_the_required_one() -> None:
    """A parameter declared twice keeps one declaration: the required one."""
    spec = specs.minimal_spec()
    search = spec["paths"]["/open/v1/things/search"]["get"]
    search["parameters"].insert(0, specs.query("country"))
    countries = [
        param
        for param in _operation(normalize(spec), "trenz-things-search")["parameters"]
        if param["name"] == "country"
    ]
    assert len(countries) == 1
    assert countries[0]["required"] is True


def test_api_key_header_becomes_security() -> None:
    """No operation keeps an X-API-Key parameter; each carries the root security."""
    spec = specs.minimal_spec()
    fixed = normalize(spec)
    for _, _, operation in operations(fixed):
        assert all(param["in"] != "header" for param in operation["parameters"])
        assert operation["security"] == spec["security"]


def test_inline_schemas_get_readable_names() -> None:
    """Inline schemas are hoisted under operation + role/property names."""
    schemas = normalize(specs.minimal_spec())["components"]["schemas"]
    for name in (
        "ThingsSearchResponse",
        "ThingsSearchData",
        "ThingsSearchItem",
        "ThingsRenderBody",
        "ThingsRenderData",
        "TaskStatusData",
    ):
        assert name in schemas, name
    assert not any(name.startswith("Trenz") for name in schemas)


def test_operation_ids_lose_the_prefix_but_keep_the_original() -> None:
    """Module names drop `trenz-`; the registry key stays the spec's id."""
    for _, _, operation in operations(normalize(specs.minimal_spec())):
        assert not operation["operationId"].startswith("trenz-")
        assert operation["x-original-operation-id"].endswith(operation["operationId"])


def test_response_enums_accept_any_value_and_remember_the_known_ones() -> None:
    """Response enums open up, with `x-known-values`; request enums stay closed."""
    spec = specs.minimal_spec()
    fixed = normalize(spec)
    status = fixed["components"]["schemas"]["TaskStatusData"]["properties"]["status"]
    assert "enum" not in status
    assert status["x-known-values"] == ["pending", "running", "completed", "refunded"]
    assert "completed" in status["description"]
    search = _operation(fixed, "trenz-things-search")
    assert _param(search, "country")["schema"]["enum"] == ["us", "de"]
    body = fixed["components"]["schemas"]["ThingsRenderBody"]
    assert body["properties"]["style"]["enum"] == ["flat", "3d"]


def test_component_shared_by_request_and_response_keeps_its_request_enum() -> None:
    """The response side gets an open copy of a shared component; the request keeps it closed."""
    spec = specs.minimal_spec()
    spec["components"]["schemas"]["Style"] = {"type": "string", "enum": ["flat", "3d"]}
    render = spec["paths"]["/open/v1/things/render"]["post"]
    body = render["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["style"] = {"$ref": "#/components/schemas/Style"}
    data = render["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    data["data"]["properties"]["style"] = {"$ref": "#/components/schemas/Style"}
    schemas = normalize(spec)["components"]["schemas"]
    assert schemas["Style"]["enum"] == ["flat", "3d"]
    assert "enum" not in schemas["StyleReceived"]
    assert schemas["ThingsRenderData"]["properties"]["style"]["$ref"].endswith("/StyleReceived")
    assert schemas["ThingsRenderBody"]["properties"]["style"]["$ref"].endswith("/Style")


def test_closed_response_objects_keep_unknown_fields() -> None:
    """`additionalProperties: false` in a response is dropped so new fields are kept."""
    spec = specs.minimal_spec()
    search = spec["paths"]["/open/v1/things/search"]["get"]
    data = search["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
    data["data"]["additionalProperties"] = False
    assert (
        "additionalProperties" not in normalize(spec)["components"]["schemas"]["ThingsSearchData"]
    )


def test_async_jobs_type_both_id_fields() -> None:
    """An async job's response declares both task_id and job_id."""
    fixed = normalize(specs.minimal_spec())
    data = fixed["components"]["schemas"]["ThingsRenderData"]
    assert {"task_id", "job_id"} <= set(data["properties"])


def test_empty_success_gets_an_envelope() -> None:
    """A 200 without content becomes the standard envelope."""
    spec = specs.minimal_spec()
    render = spec["paths"]["/open/v1/things/render"]["post"]
    render["x-billing-mode"] = "per_call"
    render["responses"]["200"] = {"description": "ok"}
    fixed = _operation(normalize(spec), "trenz-things-render")
    schema = fixed["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ThingsRenderResponse"}


def test_every_envelope_declares_usage() -> None:
    """Envelopes that forget `usage` (the task status) get it declared."""
    fixed = normalize(specs.minimal_spec())
    envelope = fixed["components"]["schemas"]["TaskStatusResponse"]
    assert envelope["properties"]["usage"] == {"$ref": "#/components/schemas/UsageInfo"}


def test_envelope_basics_are_required_for_type_checkers() -> None:
    """`request_id`, `usage` and `usage.coin_cost` are required: typed `str` and `int`, never Unset."""
    spec = specs.minimal_spec()
    for operation in spec["paths"]["/open/v1/tasks/{task_id}"].values():
        operation["responses"]["200"]["content"]["application/json"]["schema"]["required"] = [
            "data"
        ]
    fixed = normalize(spec)
    schemas = fixed["components"]["schemas"]
    for name in ("ThingsSearchResponse", "ThingsRenderResponse", "TaskStatusResponse"):
        assert {"data", "request_id", "usage"} <= set(schemas[name]["required"]), name
    assert schemas["UsageInfo"]["required"] == ["coin_cost"]


def test_name_collision_after_normalization_is_refused() -> None:
    """Two operations that normalize to one name stop generation."""
    spec = specs.minimal_spec()
    clash = copy.deepcopy(spec["paths"]["/open/v1/things/search"])
    clash["get"]["operationId"] = "things-search"
    spec["paths"]["/open/v1/other"] = clash
    with pytest.raises(NormalizeError, match="things-search"):
        normalize(spec)

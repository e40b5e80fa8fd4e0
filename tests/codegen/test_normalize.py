"""Each spec fix in codegen/normalize.py, and the refusals."""

from __future__ import annotations

import json
from typing import Any

import pytest

from codegen.normalize import NormalizeError, normalize, operations

from .conftest import REPO


def _operation(spec: dict[str, Any], original_id: str) -> dict[str, Any]:
    for _, _, operation in operations(spec):
        if operation.get("x-original-operation-id", operation.get("operationId")) == original_id:
            return operation
    raise KeyError(original_id)


def test_bundled_spec_is_not_modified() -> None:
    """normalize() works on a copy; openapi.json is byte-identical to the shared spec."""
    shared = REPO.parent / "shared" / "trenz" / "openapi.json"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert (REPO / "openapi.json").read_bytes() == shared.read_bytes()


def test_sort_enums_list_wire_values(spec: dict[str, Any]) -> None:
    """The 7 search `sort` enums become `field:asc|desc` and contain their default."""
    fixed = normalize(spec)
    sorts = [
        param["schema"]
        for _, _, operation in operations(fixed)
        for param in operation["parameters"]
        if param["name"] == "sort"
    ]
    assert len(sorts) == 7
    for schema in sorts:
        assert schema["default"] in schema["enum"]
        assert all(value.endswith((":asc", ":desc")) for value in schema["enum"])
    products = _operation(fixed, "trenz-products-search")
    sort = next(param for param in products["parameters"] if param["name"] == "sort")
    assert {"gmv_7d:asc", "gmv_7d:desc", "price:asc"} <= set(sort["schema"]["enum"])


def test_duplicate_country_keeps_the_required_one(spec: dict[str, Any]) -> None:
    """creatives/search declares `country` twice; the required declaration survives."""
    creatives = _operation(normalize(spec), "trenz-creatives-search")
    countries = [param for param in creatives["parameters"] if param["name"] == "country"]
    assert len(countries) == 1
    assert countries[0]["required"] is True


def test_api_key_header_becomes_security(spec: dict[str, Any]) -> None:
    """No operation keeps an X-API-Key parameter; each carries the root security."""
    fixed = normalize(spec)
    for _, _, operation in operations(fixed):
        assert all(param["in"] != "header" for param in operation["parameters"])
        assert operation["security"] == spec["security"]


def test_inline_schemas_get_readable_names(spec: dict[str, Any]) -> None:
    """Inline schemas are hoisted under operation + role/property names."""
    schemas = normalize(spec)["components"]["schemas"]
    for name in (
        "ProductsSearchResponse",
        "ProductsSearchData",
        "AdsAccountListData",
        "AdsAccountListAccount",
        "SocialPublishUploadPublication",
        "SocialPublishUploadBody",
    ):
        assert name in schemas, name
    assert not any(name.startswith("Trenz") for name in schemas)


def test_operation_ids_lose_the_prefix_but_keep_the_original(spec: dict[str, Any]) -> None:
    """Module names drop `trenz-`; the registry key stays the spec's id."""
    for _, _, operation in operations(normalize(spec)):
        assert not operation["operationId"].startswith("trenz-")
        assert operation["x-original-operation-id"].endswith(operation["operationId"])


def test_task_status_accepts_any_value(spec: dict[str, Any]) -> None:
    """The task-status `status` has no enum after normalization."""
    fixed = normalize(spec)
    data = fixed["components"]["schemas"]["TaskStatusData"]
    assert "enum" not in data["properties"]["status"]
    assert "completed" in data["properties"]["status"]["description"]


def test_async_jobs_type_both_id_fields(spec: dict[str, Any]) -> None:
    """All 18 async-job responses declare both task_id and job_id."""
    fixed = normalize(spec)
    jobs = [op for _, _, op in operations(fixed) if op["x-billing-mode"] == "async_on_complete"]
    assert len(jobs) == 18
    schemas = fixed["components"]["schemas"]
    for operation in jobs:
        data_ref = schemas[f"{_pascal(operation['operationId'])}Response"]["properties"]["data"][
            "$ref"
        ]
        data = schemas[data_ref.rsplit("/", 1)[1]]
        assert {"task_id", "job_id"} <= set(data["properties"])


def test_empty_success_gets_an_envelope(spec: dict[str, Any]) -> None:
    """The disconnect operation's content-less 200 becomes the standard envelope."""
    disconnect = _operation(normalize(spec), "trenz-social-platform-account-disconnect")
    schema = disconnect["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/SocialPlatformAccountDisconnectResponse"}


def test_missing_operation_id_is_refused(spec: dict[str, Any]) -> None:
    """An operation without operationId stops normalization with its location."""
    del spec["paths"]["/open/v1/lives/{id}"]["get"]["operationId"]
    with pytest.raises(NormalizeError, match=r"GET /open/v1/lives/\{id\}: missing operationId"):
        normalize(spec)


def test_name_collision_after_normalization_is_refused(spec: dict[str, Any]) -> None:
    """Two operations that normalize to one name stop generation."""
    copy = json.loads(json.dumps(spec["paths"]["/open/v1/lives/{id}"]))
    copy["get"]["operationId"] = "lives-detail"
    spec["paths"]["/open/v1/other/{id}"] = copy
    with pytest.raises(NormalizeError, match="lives-detail"):
        normalize(spec)


def test_unknown_constructs_are_refused(spec: dict[str, Any]) -> None:
    """A composed schema or a cookie parameter is refused rather than mis-generated."""
    operation = spec["paths"]["/open/v1/lives/{id}"]["get"]
    operation["parameters"].append(
        {"in": "cookie", "name": "session", "schema": {"type": "string"}}
    )
    with pytest.raises(NormalizeError, match="cookie"):
        normalize(spec)


def _pascal(text: str) -> str:
    from codegen.normalize import pascal

    return pascal(text)

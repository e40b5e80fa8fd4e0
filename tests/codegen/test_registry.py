"""The generated registry: what it records, how it is stored and what it costs to load."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from typing import Any

import attrs
import pytest

from codegen import emit, registry
from codegen.normalize import data_schema, normalize, operations, resolve
from trenz_async import OPERATIONS, BillingMode, OperationInfo, Param
from trenz_async._registry.info import OperationTable, decode

from . import specs
from .conftest import REPO


def _by_id(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {operation["operationId"]: operation for _, _, operation in operations(spec)}


@pytest.fixture(scope="module")
def built() -> dict[str, OperationInfo]:
    """What the generator builds from the bundled spec and the committed generated tree."""
    spec = json.loads((REPO / "openapi.json").read_text())
    infos = registry.build(
        spec, normalize(spec), REPO / "trenz_async" / "_generated", "trenz_async._generated"
    )
    return {info.operation_id: info for info in infos}


def test_registry_has_every_operation_with_its_cost(spec: dict[str, Any]) -> None:
    """One entry per spec operation; cost, billing mode, scope and pricing match the spec."""
    raw = _by_id(spec)
    assert set(OPERATIONS) == set(raw)
    for operation_id, info in OPERATIONS.items():
        source = raw[operation_id]
        assert info.coin_cost == source["x-coin-cost"]
        assert info.billing_mode is BillingMode(source["x-billing-mode"])
        assert info.scope == source.get("x-scope")
        assert info.summary == source.get("summary", "")
        if "x-pricing" in source:
            assert info.pricing is not None
            assert dict(info.pricing.unit_price_map) == source["x-pricing"]["unit_price_map"]
        else:
            assert info.pricing is None


def test_a_200_without_content_is_marked_empty_success(spec: dict[str, Any]) -> None:
    """Exactly the operations whose spec 200 has no body are `empty_success`, and only they store it."""
    raw = _by_id(spec)
    for operation_id, info in OPERATIONS.items():
        declared_empty = "content" not in raw[operation_id]["responses"]["200"]
        assert info.empty_success is declared_empty, operation_id
        assert ("empty_success" in json.loads(emit.registry_entry(info))) is declared_empty
    changed = specs.minimal_spec()
    changed["paths"]["/open/v1/things/render"]["post"]["responses"]["200"] = {"description": "ok"}
    infos = {
        info.operation_id: info for info in registry.build(changed, normalize(changed), None, "")
    }
    assert infos["trenz-things-render"].empty_success
    assert not infos["trenz-things-search"].empty_success


def test_async_jobs_name_their_id_field(spec: dict[str, Any]) -> None:
    """Every async-billed operation is a job that names the id field its response declares."""
    raw = _by_id(spec)
    for operation_id, info in OPERATIONS.items():
        source = raw[operation_id]
        assert info.is_async == (source["x-billing-mode"] == "async_on_complete")
        if not info.is_async:
            assert info.job_id_field is None
            continue
        data = source["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
        declared = set(data["data"]["properties"]) & {"task_id", "job_id"}
        assert declared == {info.job_id_field}


def test_parameters_follow_the_spec(spec: dict[str, Any]) -> None:
    """Each query and path parameter (the API key aside) is recorded with its rules."""
    raw = _by_id(spec)
    for operation_id, info in OPERATIONS.items():
        for source in raw[operation_id].get("parameters", []):
            if source["in"] == "header":
                continue
            param = next(p for p in info.params if p.name == source["name"])
            schema = source.get("schema", {})
            assert param.location == source["in"]
            assert param.json_type == schema.get("type")
            assert param.required >= bool(source.get("required"))
            assert param.has_default == ("default" in schema)
            assert param.minimum == schema.get("minimum")
            assert param.maximum == schema.get("maximum")


def test_registry_entries_decode_to_what_the_generator_built(
    built: dict[str, OperationInfo],
) -> None:
    """The stored entries give back every field the generator set, prose included."""
    assert set(built) == set(OPERATIONS)
    for operation_id, expected in built.items():
        info = OPERATIONS[operation_id]
        assert info == expected
        assert (info.summary, info.description) == (expected.summary, expected.description)
        assert [p.description for p in info.params] == [p.description for p in expected.params]


def test_a_new_field_is_written_without_touching_the_generator(
    built: dict[str, OperationInfo],
) -> None:
    """A field added to the runtime class is emitted and read back by the same code."""

    @attrs.frozen
    class Extended(OperationInfo):
        """An `OperationInfo` that gained a field."""

        audit_level: int = 0

    source = built["task-status"]
    fields = {field.alias: getattr(source, field.name) for field in attrs.fields(OperationInfo)}
    extended = Extended(**fields, audit_level=3)
    entry = json.loads(emit.registry_entry(extended))
    assert entry["audit_level"] == 3
    assert Extended(operation_id=source.operation_id, **entry) == extended
    assert "audit_level" not in json.loads(emit.registry_entry(Extended(**fields)))


def test_entries_leave_out_defaults_and_prose(built: dict[str, OperationInfo]) -> None:
    """Stored entries hold no default value and no spec prose."""
    for info in built.values():
        entry = json.loads(emit.registry_entry(info))
        assert "summary" not in entry
        assert "description" not in entry
        for param in entry.get("params", []):
            assert set(param) >= {"name", "python_name", "location"}
            assert "description" not in param
            assert param.get("required", True) is not False
            assert param.get("enum", ()) is not None


def test_lookup_decodes_one_operation_and_no_prose() -> None:
    """A fresh process looking one operation up decodes that entry and loads no prose."""
    code = (
        "import sys\n"
        "from trenz_async._registry import lookup\n"
        "from trenz_async._registry.table import OPERATIONS\n"
        "info = lookup(next(iter(OPERATIONS.by_accessor)))\n"
        "print(len(OPERATIONS._decoded), 'trenz_async._registry.prose' in sys.modules)\n"
        "info.summary\n"
        "print('trenz_async._registry.prose' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.split() == ["1", "False", "True"]


def test_table_is_a_read_only_mapping_with_an_accessor_index() -> None:
    """The table answers by id and by accessor, and refuses assignment."""
    table = OperationTable(
        {"op-a": json.dumps(_minimal_entry("things", "list"))},
        accessors={"things.list": "op-a"},
    )
    assert list(table) == ["op-a"]
    assert len(table) == 1
    assert "op-a" in table
    assert table["op-a"] is table.by_accessor["things.list"]
    assert table["op-a"].accessor == "things.list"
    assert "things.list" in table.by_accessor
    assert list(table.by_accessor) == ["things.list"]
    with pytest.raises(TypeError):
        table["op-b"] = table["op-a"]  # type: ignore[index]
    with pytest.raises(KeyError):
        table["op-b"]


def test_params_read_their_prose_from_the_docs_module() -> None:
    """A decoded parameter's description comes from the generated docs, by its operation."""
    info = next(info for info in OPERATIONS.values() if any(p.description for p in info.params))
    from trenz_async._registry.prose import TEXTS

    for param in info.params:
        assert param.description == TEXTS[info.operation_id][2].get(param.python_name, "")
    assert Param(name="x", python_name="x", location="query").description == ""


def test_decode_builds_nested_classes_from_plain_data() -> None:
    """Locations, billing modes, pagination and frozen defaults come back typed."""
    entry = {
        **_minimal_entry("things", "list"),
        "billing_mode": "async_on_complete",
        "pagination": {
            "style": "cursor",
            "location": "body",
            "position_param": "cursor",
            "items_field": "things",
        },
        "params": [
            {"name": "boxes", "python_name": "boxes", "location": "body", "default": [[0, 1]]}
        ],
    }
    info = decode("op-a", json.dumps(entry))
    assert info.billing_mode is BillingMode.ASYNC_ON_COMPLETE
    assert info.pagination is not None
    assert info.pagination.location == "body"
    assert info.params[0].default == ((0, 1),)
    assert info.params[0].location == "body"


def _minimal_entry(resource: str, method_name: str) -> dict[str, Any]:
    return {
        "method": "GET",
        "path": f"/{resource}",
        "tag": resource,
        "coin_cost": 1,
        "billing_mode": "per_call",
        "resource": resource,
        "method_name": method_name,
        "module": "m",
        "response_model": "m:R",
    }


def test_registry_references_importable_generated_code() -> None:
    """Every endpoint module and model reference resolves."""
    for info in OPERATIONS.values():
        module = importlib.import_module(info.module)
        assert callable(module.asyncio_detailed)
        for reference in filter(None, (info.body_model, info.response_model)):
            module_name, _, class_name = reference.partition(":")
            assert hasattr(importlib.import_module(module_name), class_name)


def test_unknown_task_status_parses() -> None:
    """The generated task-status model accepts a status it has never heard of."""
    info = OPERATIONS["task-status"]
    module_name, _, class_name = info.response_model.partition(":")
    model = getattr(importlib.import_module(module_name), class_name)
    parsed = model.from_dict(
        {
            "data": {"task_id": "t1", "status": "queued_for_gpu"},
            "request_id": "r",
            "usage": {"coin_cost": 0},
        }
    )
    assert parsed.data.status == "queued_for_gpu"


def test_registry_is_read_only() -> None:
    """OPERATIONS cannot be modified by callers."""
    with pytest.raises(TypeError):
        OPERATIONS["x"] = OPERATIONS["task-status"]  # type: ignore[index]


STYLES = [
    (
        "page_size",
        [specs.query("page", "integer"), specs.query("page_size", "integer")],
        {"total_count": {"type": "integer"}},
        ("page", "page_size", "total_count", None, None),
    ),
    (
        "offset_limit",
        [specs.query("offset", "integer"), specs.query("limit", "integer")],
        {"total": {"type": "integer"}},
        ("offset", "limit", "total", None, None),
    ),
    (
        "cursor",
        [specs.query("cursor"), specs.query("limit", "integer")],
        {"next_cursor": {"type": "string"}, "has_more": {"type": "boolean"}},
        ("cursor", "limit", None, "next_cursor", "has_more"),
    ),
    (
        "page_token",
        [specs.query("page_token"), specs.query("page_size", "integer")],
        {"next_page_token": {"type": "string"}},
        ("page_token", "page_size", None, "next_page_token", None),
    ),
    (
        "page_limit",
        [specs.query("page", "integer"), specs.query("limit", "integer")],
        {"page_info": specs.obj(total_number={"type": "integer"})},
        ("page", "limit", "page_info.total_number", None, None),
    ),
]


@pytest.mark.parametrize(("style", "params", "fields", "expected"), STYLES)
def test_each_pagination_style_is_detected(
    style: str, params: list[dict[str, Any]], fields: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    """Paging parameters and response fields give the style and its field names."""
    spec = specs.minimal_spec()
    data = specs.obj(widgets={"type": "array", "items": {"type": "object"}}, **fields)
    spec["paths"]["/widgets"] = {
        "get": specs.operation("trenz-widgets-list", params=params, data=data)
    }
    infos = {info.operation_id: info for info in registry.build(spec, normalize(spec), None, "p")}
    pagination = infos["trenz-widgets-list"].pagination
    assert pagination is not None
    assert pagination.style == style
    assert pagination.items_field == "widgets"
    assert (
        pagination.position_param,
        pagination.size_param,
        pagination.total_field,
        pagination.next_field,
        pagination.has_more_field,
    ) == expected


def test_bundled_paginated_operations_point_at_real_fields(spec: dict[str, Any]) -> None:
    """Every detected list field, total, token and flag exists in the spec's `data` schema."""
    normalized = normalize(spec)
    by_id = {op["x-original-operation-id"]: op for _, _, op in operations(normalized)}
    for operation_id, info in OPERATIONS.items():
        if info.pagination is None:
            continue
        data = data_schema(normalized, by_id[operation_id]) or {}
        fields = data["properties"]
        paging = info.pagination
        assert resolve(normalized, fields[paging.items_field])["type"] == "array"
        for name in filter(None, (paging.next_field, paging.has_more_field)):
            assert name in fields
        if paging.total_field is not None:
            head = paging.total_field.split(".")[0]
            assert head in fields
        assert info.param(paging.position_param) is not None

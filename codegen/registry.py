"""Read the registry facts of every operation out of the spec and the generated package.

The result is a list of the SDK's own `OperationInfo` objects (`codegen.runtime`), written
to `trenz_async/_registry/table.py` by `codegen.emit`. Billing, scope and pricing come from
the `x-*` extensions the generator drops; pagination is detected here, once, from each
operation's parameters and response.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
from openapi_python_client.strings import ClassName, PythonIdentifier

from codegen import shapes
from codegen.models import read_model_modules
from codegen.naming import check_facade_names, method_name, resource_name
from codegen.normalize import (
    ORIGINAL_ID,
    NormalizeError,
    Spec,
    data_schema,
    json_body_schema,
    operations,
    pascal,
    resolve,
    success_schema,
)
from codegen.runtime import OperationInfo, Pagination, Param, Pricing

FIELD_PREFIX = "field_"  # must match openapi-python-client's `field_prefix` setting
JOB_ID_FIELDS = ("task_id", "job_id")


def build(
    original: Spec, normalized: Spec, generated: Path | None, package: str
) -> list[OperationInfo]:
    """The registry entries, sorted by operation id, checked for accessor and name clashes.

    Without a `generated` tree (the API diff reads two specs, not two packages), the
    endpoint module and model references are left empty.
    """
    original_data = {
        operation["operationId"]: data_schema(original, operation) or {}
        for _, _, operation in operations(original)
    }
    # Before `normalize` gives it the envelope: a 200 the spec documents without a body.
    empty = {
        operation["operationId"]
        for _, _, operation in operations(original)
        if success_schema(operation) is None
    }
    model_modules = (
        read_model_modules(generated / "models" / "__init__.py") if generated is not None else None
    )
    infos = []
    for method, path, operation in operations(normalized):
        operation_id = operation[ORIGINAL_ID]
        infos.append(
            _operation(
                normalized,
                method,
                path,
                operation,
                original_data[operation_id],
                generated,
                package,
                model_modules,
                empty_success=operation_id in empty,
            )
        )
    infos.sort(key=lambda info: info.operation_id)
    seen: dict[str, str] = {}
    for info in infos:
        check_facade_names(
            info.operation_id,
            info.method_name,
            [(param.name, param.python_name) for param in info.params],
        )
        if info.accessor in seen:
            raise NormalizeError(
                f"{info.operation_id} and {seen[info.accessor]} both map to {info.accessor}"
            )
        seen[info.accessor] = info.operation_id
    return infos


def _operation(
    spec: Spec,
    method: str,
    path: str,
    operation: dict[str, Any],
    original_data: dict[str, Any],
    generated: Path | None,
    package: str,
    model_modules: dict[str, str] | None,
    *,
    empty_success: bool,
) -> OperationInfo:
    operation_id = operation[ORIGINAL_ID]
    for key in ("x-coin-cost", "x-billing-mode"):
        if key not in operation:
            raise NormalizeError(f"{operation_id}: missing {key}")
    tags = operation.get("tags") or []
    if len(tags) != 1:
        raise NormalizeError(f"{operation_id}: expected exactly one tag, got {tags}")
    resource = resource_name(tags[0])
    is_async = operation["x-billing-mode"] == "async_on_complete"
    job_id_field = None
    if is_async:
        # Exactly one is expected; `codegen.contract` refuses anything else, by name.
        found = [field for field in JOB_ID_FIELDS if field in original_data.get("properties", {})]
        job_id_field = found[0] if len(found) == 1 else None
    params = _params(spec, operation)
    base = pascal(operation["operationId"])
    module = response_model = ""
    body_model = "" if operation.get("requestBody") else None
    if generated is not None and model_modules is not None:
        module = f"{package}.api.{_endpoint_module(generated, operation['operationId'])}"
        response_model = model_ref(package, model_modules, f"{base}Response")
        if body_model is not None:
            body_model = model_ref(package, model_modules, f"{base}Body")
    return OperationInfo(
        operation_id=operation_id,
        method=method.upper(),
        path=path,
        tag=tags[0],
        summary=operation.get("summary", ""),
        description=operation.get("description", ""),
        coin_cost=int(operation["x-coin-cost"]),
        billing_mode=operation["x-billing-mode"],
        scope=operation.get("x-scope"),
        pricing=Pricing(**operation["x-pricing"]) if "x-pricing" in operation else None,
        is_async=is_async,
        job_id_field=job_id_field,
        pagination=_pagination(spec, operation, params),
        resource=resource,
        method_name=method_name(operation_id, resource),
        module=module,
        body_model=body_model,
        response_model=response_model,
        params=params,
        empty_success=empty_success,
        deprecated=operation.get("deprecated") is True,
    )


def _params(spec: Spec, operation: dict[str, Any]) -> tuple[Param, ...]:
    params = [
        _param(
            param["name"],
            param["in"],
            param.get("schema", {}),
            bool(param.get("required")),
            param.get("description", ""),
        )
        for param in operation.get("parameters", [])
    ]
    body = json_body_schema(operation)
    if body is not None:
        body = resolve(spec, body)
        required = set(body.get("required", []))
        for name, raw in sorted(body.get("properties", {}).items()):
            schema = resolve(spec, raw) if "$ref" in raw and "type" not in raw else raw
            param = _param(name, "body", schema, name in required, schema.get("description", ""))
            params.append(attrs.evolve(param, shape=shapes.of(spec, raw)))
    seen: set[str] = set()
    for param in params:
        if param.python_name in seen:
            raise NormalizeError(
                f"{operation['operationId']}: two parameters named {param.python_name!r}"
            )
        seen.add(param.python_name)
    path_and_query = [param for param in params if param.location != "body"]
    return tuple(path_and_query + [param for param in params if param.location == "body"])


def _param(
    name: str, location: str, schema: dict[str, Any], required: bool, description: str
) -> Param:
    enum = schema.get("enum")
    return Param(
        name=name,
        python_name=str(PythonIdentifier(name, prefix=FIELD_PREFIX)),
        location=location,
        json_type=schema.get("type", "object" if "$ref" in schema else None),
        required=required or location == "path",
        has_default="default" in schema,
        default=schema.get("default"),
        enum=tuple(enum) if enum is not None else None,
        minimum=schema.get("minimum"),
        maximum=schema.get("maximum"),
        description=" ".join(description.split()),
    )


def _pagination(
    spec: Spec, operation: dict[str, Any], params: tuple[Param, ...]
) -> Pagination | None:
    """Detect the paging style from request parameters and the response's `data` fields."""
    names = {param.name: param for param in params}
    data = data_schema(spec, operation) or {}
    fields = data.get("properties", {})
    style = None
    if "page_token" in names and "next_page_token" in fields:
        style, position, size = "page_token", "page_token", "page_size"
    elif "cursor" in names and ("next_cursor" in fields or "has_more" in fields):
        style, position, size = "cursor", "cursor", "limit"
    elif "offset" in names and "limit" in names:
        style, position, size = "offset_limit", "offset", "limit"
    elif "page" in names and "page_size" in names:
        style, position, size = "page_size", "page", "page_size"
    elif "page" in names and "limit" in names:
        style, position, size = "page_limit", "page", "limit"
    if style is None:
        return None
    arrays = sorted(
        name for name, schema in fields.items() if resolve(spec, schema).get("type") == "array"
    )
    if not arrays:
        return None  # paging parameters but no list to page through: not a list operation
    if len(arrays) != 1:
        raise NormalizeError(
            f"{operation[ORIGINAL_ID]}: paginated but list field is ambiguous: {arrays}"
        )
    return Pagination(
        style=style,
        location=names[position].location,
        position_param=position,
        size_param=size if size in names else None,
        items_field=arrays[0],
        total_field=_total_field(spec, fields),
        next_field=next(
            (field for field in ("next_cursor", "next_page_token") if field in fields),
            None,
        ),
        has_more_field="has_more" if "has_more" in fields else None,
    )


def _total_field(spec: Spec, fields: dict[str, Any]) -> str | None:
    for name in ("total_count", "total"):
        if name in fields:
            return name
    page_info = fields.get("page_info")
    if page_info is not None and "total_number" in resolve(spec, page_info).get("properties", {}):
        return "page_info.total_number"
    return None


def _endpoint_module(generated: Path, operation_id: str) -> str:
    """`data_products.products_search`: where the generator put the endpoint."""
    filename = f"{PythonIdentifier(operation_id, prefix=FIELD_PREFIX)}.py"
    found = sorted((generated / "api").glob(f"*/{filename}"))
    if len(found) != 1:
        raise NormalizeError(
            f"{operation_id}: expected one generated module {filename}, found {len(found)}"
        )
    return f"{found[0].parent.name}.{found[0].stem}"


def model_ref(package: str, model_modules: Mapping[str, str], schema_name: str) -> str:
    """`package.models.module:Class` for a components schema, named as the generator names it.

    Raises:
        NormalizeError: the generator made no model of that schema.
    """
    class_name = str(ClassName(schema_name, prefix=""))
    if class_name not in model_modules:
        raise NormalizeError(f"generated model {class_name} not found")
    return f"{package}.models.{model_modules[class_name]}:{class_name}"

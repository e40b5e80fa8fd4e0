"""Fix the Trenz spec in memory so openapi-python-client generates all of it, readably.

openapi.json is never edited: `normalize(spec)` returns a corrected deep copy. Each fix
is one small function below with the reason in its docstring; `FIXES` lists them in the
order they run. Anything this module does not understand stops generation with a
`NormalizeError` instead of producing something silently wrong.
"""

from __future__ import annotations

import copy
import keyword
import re
from collections.abc import Callable, Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
OPERATION_PREFIX = "trenz-"
ORIGINAL_ID = "x-original-operation-id"
SORT_DIRECTIONS = ("asc", "desc")
GENERATED_MARKER = "generated from openapi.json by codegen; do not edit"

Spec = dict[str, Any]
Operation = dict[str, Any]


class NormalizeError(Exception):
    """The spec has something the generator would get wrong; generation stops."""


def operations(spec: Spec) -> Iterator[tuple[str, str, Operation]]:
    """Every (method, path, operation) of the spec, in path then method order."""
    for path in sorted(spec.get("paths", {})):
        item = spec["paths"][path]
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def pascal(text: str) -> str:
    """`ads-account_list` -> `AdsAccountList`."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^0-9A-Za-z]+", text) if word)


def singular(word: str) -> str:
    """A list property's item name: `accounts` -> `account`, `replies` -> `reply`."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word + "_item"


def json_body_schema(operation: Operation) -> dict[str, Any] | None:
    """The JSON request-body schema of an operation, or `None` when it has no body."""
    body = operation.get("requestBody")
    if body is None:
        return None
    return body["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def success_schema(operation: Operation) -> dict[str, Any] | None:
    """The 200 response's JSON schema, or `None` when the 200 declares no content."""
    content = operation["responses"]["200"].get("content")
    if content is None:
        return None
    return content["application/json"]["schema"]  # type: ignore[no-any-return]


def data_schema(spec: Spec, operation: Operation) -> dict[str, Any] | None:
    """The schema of `data` in the 200 envelope, following one `$ref` if needed."""
    schema = success_schema(operation)
    if schema is None:
        return None
    schema = resolve(spec, schema)
    data = schema.get("properties", {}).get("data")
    return resolve(spec, data) if data is not None else None


def resolve(spec: Spec, schema: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `#/components/schemas/...` reference."""
    ref = schema.get("$ref")
    if ref is None:
        return schema
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise NormalizeError(f"unsupported $ref {ref!r}: only {prefix}* is understood")
    return spec["components"]["schemas"][ref[len(prefix) :]]  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- checks


def check_supported_constructs(spec: Spec) -> Spec:
    """Refuse constructs the registry and facade do not model.

    Path-level parameters, cookie/header parameters other than the API key, non-JSON
    bodies and composed schemas (allOf/oneOf/anyOf) would generate code the hand-written
    core cannot call correctly, so they stop generation until codegen learns them.
    """
    for path, item in spec.get("paths", {}).items():
        extra = set(item) - set(HTTP_METHODS)
        if extra:
            raise NormalizeError(f"{path}: unsupported path-item keys {sorted(extra)}")
    for method, path, operation in operations(spec):
        where = f"{method.upper()} {path}"
        for param in operation.get("parameters", []):
            if param.get("in") not in ("path", "query", "header"):
                raise NormalizeError(f"{where}: parameter location {param.get('in')!r} unsupported")
        body = operation.get("requestBody")
        if body is not None and set(body.get("content", {})) != {"application/json"}:
            raise NormalizeError(f"{where}: request bodies must be application/json only")
        if "200" not in operation.get("responses", {}):
            raise NormalizeError(f"{where}: no 200 response")
        for found in _walk(operation):
            for composed in ("allOf", "oneOf", "anyOf", "not"):
                if composed in found:
                    raise NormalizeError(f"{where}: composed schema {composed!r} unsupported")
    return spec


def check_operation_ids(spec: Spec) -> Spec:
    """Every operation needs a unique operationId: module, function and registry key."""
    seen: dict[str, str] = {}
    for method, path, operation in operations(spec):
        where = f"{method.upper()} {path}"
        operation_id = operation.get("operationId")
        if not operation_id:
            raise NormalizeError(f"{where}: missing operationId")
        if operation_id in seen:
            raise NormalizeError(
                f"{where}: operationId {operation_id!r} also used by {seen[operation_id]}"
            )
        seen[operation_id] = where
    return spec


# --------------------------------------------------------------------------- fixes


def fix_sort_enums(spec: Spec) -> Spec:
    """Make `sort` enums list the wire values `field:asc|desc`.

    The search operations declare `sort` with an enum of bare field names and a default
    such as `gmv_7d:desc`; the server expects `field:direction`, so the enum is what is
    wrong (the stock generator drops all 7 operations over it).
    """
    for _, _, operation in operations(spec):
        for param in operation.get("parameters", []):
            schema = param.get("schema", {})
            values = schema.get("enum")
            if param.get("name") != "sort" or not values:
                continue
            if all(":" in str(value) for value in values):
                continue
            schema["enum"] = [
                f"{field}:{direction}" for field in values for direction in SORT_DIRECTIONS
            ]
            default = schema.get("default")
            if default is not None and default not in schema["enum"]:
                raise NormalizeError(
                    f"{operation['operationId']}: sort default {default!r} not a field:direction"
                )
    return spec


def drop_duplicate_parameters(spec: Spec) -> Spec:
    """Keep one parameter per (name, location), preferring the required declaration.

    `GET /open/v1/creatives/search` declares `country` twice (optional and required);
    the server requires it, and two arguments with one name cannot be generated.
    """
    for _, _, operation in operations(spec):
        kept: dict[tuple[str, str], dict[str, Any]] = {}
        for param in operation.get("parameters", []):
            key = (param["name"], param["in"])
            if key not in kept or (param.get("required") and not kept[key].get("required")):
                kept[key] = param
        order = {id(param): index for index, param in enumerate(operation.get("parameters", []))}
        operation["parameters"] = sorted(kept.values(), key=lambda param: order[id(param)])
    return spec


def move_api_key_to_security(spec: Spec) -> Spec:
    """Drop the `X-API-Key` header parameter and apply the root `security` per operation.

    Every operation declares the key as a required header, which would put an `x_api_key`
    argument on all 87 functions; authentication is the client's job (a transport adds
    the header), and the generator ignores the root `security`.
    """
    key_headers = {
        scheme["name"].lower()
        for scheme in spec.get("components", {}).get("securitySchemes", {}).values()
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
    }
    for method, path, operation in operations(spec):
        params = []
        for param in operation.get("parameters", []):
            if param["in"] != "header":
                params.append(param)
            elif param["name"].lower() not in key_headers:
                raise NormalizeError(
                    f"{method.upper()} {path}: header parameter {param['name']!r} unsupported"
                )
        operation["parameters"] = params
        operation.setdefault("security", copy.deepcopy(spec.get("security", [])))
    return spec


def strip_operation_prefix(spec: Spec) -> Spec:
    """Name modules `products_search`, not `trenz_products_search`.

    The `trenz-` prefix on every operationId adds nothing to module, function and model
    names. The spec's own id is kept in `x-original-operation-id`: it stays the
    registry key and the id users pass to `client.call()`.
    """
    for _, _, operation in operations(spec):
        original = operation["operationId"]
        operation[ORIGINAL_ID] = original
        operation["operationId"] = original.removeprefix(OPERATION_PREFIX)
    return check_operation_ids(spec)


def envelope_empty_success(spec: Spec) -> Spec:
    """Give a 200 without content the standard envelope.

    The disconnect operation documents its 200 with no body, but every Trenz success is
    the `{data, request_id, usage}` envelope (and usage is how coins are accounted), so
    it gets the generic envelope instead of an untyped `None`.
    """
    for _, _, operation in operations(spec):
        response = operation["responses"]["200"]
        if "content" not in response:
            envelope = copy.deepcopy(spec["components"]["schemas"]["APIResponse"])
            response["content"] = {"application/json": {"schema": envelope}}
    return spec


def declare_usage_everywhere(spec: Spec) -> Spec:
    """Declare `usage` on every success envelope.

    Every response carries `usage` (coin cost and remaining balance), but the
    task-status schema forgets it; the typed envelope must offer `.usage` on all
    operations instead of hiding it in additional properties.
    """
    for _, _, operation in operations(spec):
        schema = success_schema(operation)
        if schema is None or "$ref" in schema:
            continue
        schema.setdefault("properties", {}).setdefault(
            "usage", {"$ref": "#/components/schemas/UsageInfo"}
        )
    return spec


def open_task_status(spec: Spec) -> Spec:
    """Let the task `status` accept any string.

    The schema says pending|running|completed|refunded while the tag text says
    running|success|failed; a status added tomorrow must not make every poll fail to
    parse. The SDK maps the known values itself and treats unknown ones as running.
    """
    for _, _, operation in operations(spec):
        data = data_schema(spec, operation)
        if not data:
            continue
        properties = data.get("properties", {})
        status = properties.get("status")
        if "task_id" in properties and status is not None and "enum" in status:
            known = ", ".join(str(value) for value in status.pop("enum"))
            status["description"] = (
                f"{status.get('description', 'Task status')} (known values: {known})"
            )
    return spec


def type_both_job_ids(spec: Spec) -> Spec:
    """Declare both `task_id` and `job_id` on every async-job submission response.

    Ten jobs answer `task_id` and eight `job_id`; declaring both (optional) means a
    server that switches field keeps the id typed instead of hiding it in
    additional properties, and a job id is never lost.
    """
    for _, _, operation in operations(spec):
        if operation.get("x-billing-mode") != "async_on_complete":
            continue
        data = data_schema(spec, operation)
        if data is None:
            raise NormalizeError(f"{operation['operationId']}: async job without a data schema")
        properties = data.setdefault("properties", {})
        for field in ("task_id", "job_id"):
            properties.setdefault(field, {"description": "Async task ID", "type": "string"})
    return spec


def name_inline_schemas(spec: Spec) -> Spec:
    """Move inline object schemas into components under short, stable names.

    The generator names inline schemas after their whole path
    (`TrenzAdsAccountListResponse200DataAccountsItem`); hoisting them gives
    `AdsAccountListBody`, `AdsAccountListResponse`, `AdsAccountListData`,
    `AdsAccountListAccount` and `SocialPublishUploadPublication`: the operation name,
    then the role (Body, Response, Data) or the property (singular for list items).
    """
    schemas = spec["components"]["schemas"]
    for _, _, operation in operations(spec):
        base = pascal(operation["operationId"])
        body = operation.get("requestBody")
        if body is not None:
            media = body["content"]["application/json"]
            media["schema"] = _hoist(schemas, media["schema"], f"{base}Body", base)
        media = operation["responses"]["200"]["content"]["application/json"]
        response = media["schema"]
        if "$ref" not in response:
            data = response.get("properties", {}).get("data")
            if data is not None and "$ref" not in data:
                response["properties"]["data"] = _hoist(schemas, data, f"{base}Data", base)
            media["schema"] = _hoist(schemas, response, f"{base}Response", base)
    return spec


def _hoist(
    schemas: dict[str, Any], schema: dict[str, Any], name: str, child_base: str
) -> dict[str, Any]:
    """Register `schema` (an inline object) as `name`, its nested objects under `child_base`."""
    if "$ref" in schema or schema.get("type") != "object":
        return schema
    if name in schemas:
        raise NormalizeError(f"schema name collision after normalization: {name!r}")
    for prop, sub in sorted(schema.get("properties", {}).items()):
        _check_identifier(prop, name)
        if sub.get("type") == "object" and "$ref" not in sub:
            schema["properties"][prop] = _hoist(
                schemas, sub, f"{child_base}{pascal(prop)}", f"{child_base}{pascal(prop)}"
            )
        elif sub.get("type") == "array" and sub.get("items", {}).get("type") == "object":
            # `images` next to `image` would give both one name: keep the list's own name.
            item = singular(prop)
            item = f"{prop}_item" if item in schema["properties"] else item
            item_name = f"{child_base}{pascal(item)}"
            sub["items"] = _hoist(schemas, sub["items"], item_name, item_name)
    schemas[name] = schema
    return {"$ref": f"#/components/schemas/{name}"}


def _check_identifier(name: str, where: str) -> None:
    """Field names become keyword arguments and attributes: they must be identifiers."""
    if not name.isidentifier() or keyword.iskeyword(name):
        raise NormalizeError(f"{where}: field {name!r} is not a usable Python name")


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict nested anywhere in `node`."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


FIXES: tuple[Callable[[Spec], Spec], ...] = (
    check_supported_constructs,
    check_operation_ids,
    fix_sort_enums,
    drop_duplicate_parameters,
    move_api_key_to_security,
    strip_operation_prefix,
    envelope_empty_success,
    declare_usage_everywhere,
    open_task_status,
    type_both_job_ids,
    name_inline_schemas,
)


def normalize(spec: Spec) -> Spec:
    """A corrected deep copy of `spec`, ready for the generator and the registry."""
    fixed = copy.deepcopy(spec)
    for fix in FIXES:
        fixed = fix(fixed)
    return fixed

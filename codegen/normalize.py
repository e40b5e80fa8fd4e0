"""Fix the Trenz spec in memory so openapi-python-client generates all of it, readably.

openapi.json is never edited: `normalize(spec)` returns a corrected deep copy. Each fix
is one small function below with the reason in its docstring; `FIXES` lists them in the
order they run. It expects a spec `codegen.validate` accepted; anything it still does not
understand stops generation with a `NormalizeError` instead of producing something
silently wrong.
"""

from __future__ import annotations

import copy
import keyword
import re
from collections.abc import Callable, Iterable, Iterator
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
    found = spec.get("components", {}).get("schemas", {}).get(ref[len(prefix) :])
    if found is None:  # e.g. the `UsageInfo` a fix below refers to, missing from the spec
        raise NormalizeError(f"$ref {ref!r} points at nothing")
    return found  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- checks


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


def nullable_type_arrays(spec: Spec) -> Spec:
    """Read an OpenAPI 3.1 type array `[T, "null"]` as the 3.0 `type: T, nullable: true`.

    The pinned generator and the registry expect one type per schema; a list there
    crashed the facade (`unhashable type: 'list'`). `codegen.untrusted` refuses every
    other type array before this runs.
    """
    for schema in _walk(spec):
        types = schema.get("type")
        if isinstance(types, list) and "null" in types and len(types) == 2:
            schema["type"] = next(item for item in types if item != "null")
            schema["nullable"] = True
    return spec


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


def require_envelope_basics(spec: Spec) -> Spec:
    """Declare `request_id`, `usage` and `usage.coin_cost` required in every success envelope.

    For `mypy --strict` users `page.request_id` is a `str` and `page.usage.coin_cost` an
    `int` on every envelope, with no `Unset` to narrow. The server may still omit usage
    (the spec allows it): the call path fills `usage` / `coin_cost` with 0 (and a missing
    `request_id` with `""`) before the envelope is decoded, so the required fields always
    hold; the coin ledger reads the body as the server sent it, not this declaration.
    """
    for _, _, operation in operations(spec):
        schema = success_schema(operation)
        if schema is None:
            continue
        envelope = resolve(spec, schema)
        properties = envelope.get("properties", {})
        required = envelope.setdefault("required", [])
        for name in ("request_id", "usage"):
            if name in properties and name not in required:
                required.append(name)
        usage = properties.get("usage")
        if usage is None:
            continue
        target = resolve(spec, usage)
        if "coin_cost" in target.get("properties", {}):
            usage_required = target.setdefault("required", [])
            if "coin_cost" not in usage_required:
                usage_required.append("coin_cost")
    return spec


def open_response_enums(spec: Spec) -> Spec:
    """Let every enum in a response accept values it does not list, and keep unknown fields.

    A newer server may answer a value this SDK has never seen (the task status alone is
    documented as pending|running|completed|refunded by its schema and as
    running|success|failed by its tag text); a literal enum would make the generated
    model refuse the whole response. Request-side enums stay: they check what we send.
    The known values move to `x-known-values` (the API diff compares them, and
    `trenz_async._registry.compat` logs values outside them) and into the description. A component
    used by requests and responses alike gets a response-side copy (`<Name>Received`)
    so the request keeps its enum. `additionalProperties: false` is dropped on the
    response side: unknown fields land in the models' `additional_properties`.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    request_side = _reachable(spec, _request_schemas(spec))
    opened: set[str] = set()

    def visit(schema: Any) -> None:
        if not isinstance(schema, dict):
            return
        ref = schema.get(REF)
        if isinstance(ref, str) and ref.startswith(COMPONENTS):
            name = ref[len(COMPONENTS) :]
            if name in request_side and _has_enum(spec, schemas.get(name), set()):
                copy_name = f"{name}Received"
                if copy_name not in schemas:
                    schemas[copy_name] = copy.deepcopy(schemas[name])
                schema[REF] = f"{COMPONENTS}{copy_name}"
                name = copy_name
            if name not in opened:
                opened.add(name)
                visit(schemas.get(name))
            return
        if "enum" in schema:
            known = list(schema.pop("enum"))
            schema["x-known-values"] = known
            listed = ", ".join(str(value) for value in known)
            text = schema.get("description", "").rstrip(". ")
            schema["description"] = f"{text} (known values: {listed})".lstrip()
        if schema.get("additionalProperties") is False:
            del schema["additionalProperties"]
        for key, value in schema.items():
            if key in ("properties", "patternProperties"):
                for sub in value.values():
                    visit(sub)
            elif key in ("items", "additionalProperties"):
                visit(value)

    for _, _, operation in operations(spec):
        for response in operation.get("responses", {}).values():
            for media in response.get("content", {}).values():
                visit(media.get("schema"))
    return spec


REF = "$ref"
COMPONENTS = "#/components/schemas/"


def _request_schemas(spec: Spec) -> Iterator[Any]:
    for _, _, operation in operations(spec):
        for param in operation.get("parameters", []):
            yield param.get("schema")
        body = operation.get("requestBody")
        if body is not None:
            for media in body.get("content", {}).values():
                yield media.get("schema")


def _reachable(spec: Spec, roots: Iterable[Any]) -> set[str]:
    """The component schemas `roots` refer to, directly or through other components."""
    schemas = spec.get("components", {}).get("schemas", {})
    found: set[str] = set()
    pending = list(roots)
    while pending:
        for node in _walk(pending.pop()):
            ref = node.get(REF)
            if isinstance(ref, str) and ref.startswith(COMPONENTS):
                name = ref[len(COMPONENTS) :]
                if name not in found:
                    found.add(name)
                    pending.append(schemas.get(name))
    return found


def _has_enum(spec: Spec, schema: Any, seen: set[str]) -> bool:
    schemas = spec.get("components", {}).get("schemas", {})
    for node in _walk(schema):
        if "enum" in node:
            return True
        ref = node.get(REF)
        if isinstance(ref, str) and ref.startswith(COMPONENTS):
            name = ref[len(COMPONENTS) :]
            if name not in seen and _has_enum(spec, schemas.get(name), seen | {name}):
                return True
    return False


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
    check_operation_ids,
    nullable_type_arrays,
    fix_sort_enums,
    drop_duplicate_parameters,
    move_api_key_to_security,
    strip_operation_prefix,
    envelope_empty_success,
    declare_usage_everywhere,
    require_envelope_basics,
    open_response_enums,
    type_both_job_ids,
    name_inline_schemas,
)


def normalize(spec: Spec) -> Spec:
    """A corrected deep copy of `spec`, ready for the generator and the registry."""
    fixed = copy.deepcopy(spec)
    for fix in FIXES:
        fixed = fix(fixed)
    return fixed

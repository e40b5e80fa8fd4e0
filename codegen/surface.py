"""What SDK users see of a spec: operations, parameters and response fields.

`read()` validates, normalizes and contract-checks a spec exactly as `make generate`
does (so the diff refuses what generation would refuse), then reduces
it to the facts a change can break: each operation's registry entry (accessor, cost,
billing, pagination, parameters) and the fields of its response and request body, by
dotted path (`data.items[].price`). `codegen.diff` compares two of these.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from codegen import contract, registry, validate
from codegen.normalize import ORIGINAL_ID, Spec, json_body_schema, normalize, operations, resolve
from codegen.runtime import OperationInfo

PACKAGE = "trenz_async._generated"
KNOWN_VALUES = "x-known-values"
_MAX_DEPTH = 12


@attrs.frozen
class Field:
    """One field of a response or request body."""

    json_type: str | None
    required: bool
    values: tuple[Any, ...] | None  # the enum, or the known values of an opened one


@attrs.frozen
class Operation:
    """One operation as SDK users meet it."""

    info: OperationInfo
    response: dict[str, Field]
    body: dict[str, Field]  # nested body fields only: top-level ones are parameters


@attrs.frozen
class Surface:
    """A whole spec as SDK users meet it."""

    title: str
    version: str
    server_url: str
    operations: dict[str, Operation]
    warnings: tuple[str, ...] = ()  # `codegen.contract`'s: shapes that look wrong but generate


def read(spec: Spec, *, exclude: Iterable[str] = ()) -> Surface:
    """The SDK surface of `spec`.

    Raises:
        NormalizeError: the spec does not validate or normalize, or breaks a shape the
            hand-written core reads (`contract.ContractError`), as in `make generate`.
    """
    spec, _ = validate.exclude(spec, exclude)
    validate.check(spec)
    normalized = normalize(spec)
    built = registry.build(spec, normalized, None, PACKAGE)
    warnings = contract.check(spec, normalized, built)
    infos = {info.operation_id: info for info in built}
    found = {}
    for _, _, operation in operations(normalized):
        operation_id = operation[ORIGINAL_ID]
        found[operation_id] = Operation(
            info=infos[operation_id],
            response=_response_fields(normalized, operation),
            body=_body_fields(normalized, operation),
        )
    info = spec.get("info", {})
    return Surface(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        server_url=normalized["servers"][0]["url"],
        operations=found,
        warnings=tuple(warnings),
    )


def _response_fields(spec: Spec, operation: dict[str, Any]) -> dict[str, Field]:
    media = operation["responses"]["200"]["content"]["application/json"]
    envelope = resolve(spec, media["schema"])
    fields: dict[str, Field] = {}
    required = set(envelope.get("required", []))
    for name, schema in envelope.get("properties", {}).items():
        _collect(spec, schema, name, name in required, fields, 0)
    return fields


def _body_fields(spec: Spec, operation: dict[str, Any]) -> dict[str, Field]:
    body = json_body_schema(operation)
    if body is None:
        return {}
    resolved = resolve(spec, body)
    fields: dict[str, Field] = {}
    required = set(resolved.get("required", []))
    for name, schema in resolved.get("properties", {}).items():
        _collect(spec, schema, name, name in required, fields, 0)
    # The top level is compared as parameters (with python names and defaults).
    return {path: field for path, field in fields.items() if "." in path or "[]" in path}


def _collect(
    spec: Spec, schema: dict[str, Any], path: str, required: bool, out: dict[str, Field], depth: int
) -> None:
    resolved = resolve(spec, schema)
    json_type = resolved.get("type", "object" if "properties" in resolved else None)
    values = resolved.get("enum", resolved.get(KNOWN_VALUES))
    out[path] = Field(json_type, required, tuple(values) if values is not None else None)
    if depth >= _MAX_DEPTH:  # a self-referencing schema describes no new fields below this
        return
    if json_type == "object":
        inner = set(resolved.get("required", []))
        for name, sub in resolved.get("properties", {}).items():
            _collect(spec, sub, f"{path}.{name}", name in inner, out, depth + 1)
    elif json_type == "array" and isinstance(resolved.get("items"), dict):
        _collect(spec, resolved["items"], f"{path}[]", True, out, depth + 1)

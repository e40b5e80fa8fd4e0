"""Forward compatibility: notice what a newer Trenz server sends that this SDK does not know.

Nothing here is needed for a newer server's responses to parse: the generated models keep
unknown fields (in `additional_properties`) and accept unknown values of response enums
(codegen opens them, remembering the known ones as `x-known-values`). This module only
says, at debug level on the `trenz_async` logger, what was new, so a maintainer learns that
Trenz changed its API before a user does. It costs one `isEnabledFor` check per response
unless debug logging is on; then it reads the normalized spec bundled with the package
once, and reports each new field or value once per process.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

from .info import OperationInfo

logger = logging.getLogger("trenz_async")

KNOWN_VALUES = "x-known-values"
# Envelope fields every response may carry (lists add page, page_size, total, warnings).
GENERIC_ENVELOPE = "APIResponse"
_MAX_REPORTED = 1024
_reported: set[tuple[str, str]] = set()


def report_unknown(operation: OperationInfo, envelope: Mapping[str, Any]) -> None:
    """Log, at debug level and once each, fields and values `envelope` has that the spec lacks.

    Args:
        operation: the operation that answered.
        envelope: the decoded success body (`{data, request_id, usage, ...}`).
    """
    if not logger.isEnabledFor(logging.DEBUG):
        return
    fresh = []
    for finding in unknown(operation, envelope):
        key = (operation.operation_id, finding)
        if key not in _reported and len(_reported) < _MAX_REPORTED:
            _reported.add(key)
            fresh.append(finding)
    if fresh:
        logger.debug(
            "%s answered what this SDK's spec does not describe (a newer Trenz API?): %s",
            operation.operation_id,
            "; ".join(fresh),
        )


def unknown(operation: OperationInfo, envelope: Mapping[str, Any]) -> list[str]:
    """What `envelope` holds beyond the operation's response schema, in a stable order.

    Each finding is `new field <path>` or `new value <path>=<value>`, with list items
    written `[]` (`data.items[].trend_score`), so one new field is one finding however
    many items carry it.
    """
    spec = _spec()
    try:
        media = spec["paths"][operation.path][operation.method.lower()]["responses"]["200"]
        schema = media["content"]["application/json"]["schema"]
    except KeyError:
        return []
    root = dict(_resolve(spec, schema))
    generic = spec.get("components", {}).get("schemas", {}).get(GENERIC_ENVELOPE, {})
    root["properties"] = {**generic.get("properties", {}), **root.get("properties", {})}
    return sorted(set(_walk(spec, root, envelope, "")))


def _walk(
    spec: Mapping[str, Any], schema: Mapping[str, Any], value: Any, path: str
) -> Iterator[str]:
    schema = _resolve(spec, schema)
    if isinstance(value, Mapping):
        properties: Mapping[str, Any] = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if key in properties:
                yield from _walk(spec, properties[key], item, where)
            elif isinstance(extra, Mapping):
                yield from _walk(spec, extra, item, where)
            elif properties:  # a declared object gained a field; open objects have none
                yield f"new field {where}"
    elif isinstance(value, list):
        items = schema.get("items")
        if isinstance(items, Mapping):
            for item in value:
                yield from _walk(spec, items, item, f"{path}[]")
    else:
        known = schema.get(KNOWN_VALUES)
        if known is not None and value not in known:
            yield f"new value {path}={value!r}"


def _resolve(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    for _ in range(32):
        ref = schema.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return schema
        node: Any = spec
        for token in ref[2:].split("/"):
            node = node.get(token.replace("~1", "/").replace("~0", "~"), {})
        schema = node
    return schema


@functools.cache
def _spec() -> Mapping[str, Any]:
    """The normalized spec the package was generated from (`_generated/openapi.json`)."""
    text = resources.files("trenz_async").joinpath("_generated", "openapi.json").read_text("utf-8")
    spec: Mapping[str, Any] = json.loads(text)
    return spec

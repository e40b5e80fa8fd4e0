"""The normalized OpenAPI document the fake answers from, loaded once on first use."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any
from urllib.parse import unquote

Schema = Mapping[str, Any]

_SPEC_PACKAGE = "trenz_async"
_SPEC_PATH = ("_generated", "openapi.json")
_MAX_REF_HOPS = 32


@functools.cache
def load_spec() -> Mapping[str, Any]:
    """The normalized spec bundled with the package (`trenz_async/_generated/openapi.json`)."""
    # Read lazily: importing trenz_async (or trenz_async.testing) must not parse 400 kB of JSON.
    text = resources.files(_SPEC_PACKAGE).joinpath(*_SPEC_PATH).read_text(encoding="utf-8")
    spec: Mapping[str, Any] = json.loads(text)
    return spec


def ref_name(schema: Schema) -> str | None:
    """The component name a `$ref` schema points at, e.g. `ProductsSearchItem`."""
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return None
    return ref.rsplit("/", 1)[-1]


def resolve(schema: Schema, spec: Mapping[str, Any] | None = None) -> Schema:
    """Follow local `$ref`s (`#/...` JSON pointers) until a concrete schema is reached."""
    document = load_spec() if spec is None else spec
    for _ in range(_MAX_REF_HOPS):
        ref = schema.get("$ref")
        if ref is None:
            return schema
        schema = _pointer(document, str(ref))
    raise ValueError(f"$ref chain too long at {schema!r}")


def _pointer(document: Mapping[str, Any], ref: str) -> Schema:
    if not ref.startswith("#"):
        raise ValueError(f"only local $refs are supported, got {ref!r}")
    node: Any = document
    for raw in unquote(ref[1:]).split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    if not isinstance(node, Mapping):
        raise ValueError(f"$ref {ref!r} does not point at a schema")
    return node


def operation(method: str, path: str) -> Mapping[str, Any]:
    """The spec's operation object for one method and path template."""
    spec = load_spec()
    op: Mapping[str, Any] = spec["paths"][path][method.lower()]
    return op


def response_schema(method: str, path: str) -> Schema:
    """The JSON schema of the operation's 200 response body (the envelope)."""
    responses = operation(method, path)["responses"]
    content = responses["200"].get("content", {})
    media = content.get("application/json")
    if media is None or "schema" not in media:
        return {"type": "object"}
    return resolve(media["schema"])


def property_schema(schema: Schema, name: str) -> Schema | None:
    """The (unresolved) schema of one property of an object schema, or `None`."""
    properties = resolve(schema).get("properties") or {}
    found = properties.get(name)
    return found if isinstance(found, Mapping) else None

"""What in a spec cannot become code faithfully: refused before anything is generated.

The spec is untrusted input. Its prose and values reach generated code through
`codegen.literal`, which can write any string; what it cannot write, or what would make
the generated SDK mean something else, is found here, each with where it is:

- a NaN or an infinity anywhere (JSON has neither; Python's `json` reads them, and a
  default of `nan` would be a name lookup in generated code);
- a bidirectional control character anywhere (Trojan Source, CVE-2021-42574: it makes
  source read differently from what it does; the pinned generator copies prose into its
  docstrings as it is);
- a name (operationId, path, tag, parameter, schema, property) holding characters that
  are not printable (NUL, newlines, U+2028/2029, bidi controls): names become module,
  class and method names, dictionary keys and URLs;
- a component schema name outside OpenAPI's `^[a-zA-Z0-9.-_]+$`, and a path outside
  RFC 3986 path characters and `{name}` templates;
- an OpenAPI 3.1 type array other than `[T, "null"]` (a nullable T, which
  `normalize.nullable_type_arrays` rewrites for the 3.0 generator);
- a pure `$ref` loop (`A -> B -> A`), which describes no value at all.

`findings()` yields (JSON pointer parts, message); `codegen.validate` turns them into
its `Problem`s, naming the operation when the pointer is inside one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

from codegen.normalize import COMPONENTS, Spec, operations

Finding = tuple[tuple[str, ...], str]

# OpenAPI 3.0, Components Object: "keys that MUST match ^[a-zA-Z0-9\.\-_]+$".
SCHEMA_NAME = re.compile(r"[A-Za-z0-9._-]+")
# RFC 3986 `pchar` (unreserved, sub-delims, ':', '@', percent-escapes) in `/` segments,
# plus OpenAPI's `{name}` path templates.
PATH = re.compile(r"(/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}|\{[A-Za-z0-9_.\-]+\})*)+")
# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), and the marks.
BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "array", "object"})
_DATA = frozenset({"example", "examples", "enum", "default", "const", "x-known-values"})


def findings(spec: Spec) -> Iterator[Finding]:
    """Every name, number, type and reference in `spec` that cannot become code as written."""
    yield from _non_finite(spec, ())
    yield from _bidi(spec, ())
    yield from _names(spec)
    yield from _type_arrays(spec, ())
    yield from _ref_loops(spec)


def printable(text: str) -> bool:
    """No control, format, separator or surrogate character (a space is fine)."""
    return all(char == " " or char.isprintable() for char in text)


def _non_finite(node: Any, at: tuple[str, ...]) -> Iterator[Finding]:
    if isinstance(node, float) and not math.isfinite(node):
        yield at, f"{node!r} is not a number JSON allows (NaN and infinities are refused)"
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _non_finite(value, (*at, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _non_finite(value, (*at, str(index)))


def _bidi(node: Any, at: tuple[str, ...]) -> Iterator[Finding]:
    if isinstance(node, str):
        if BIDI & set(node):
            yield at, "bidirectional control characters are refused (they disguise source)"
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _bidi(key, (*at, str(key)))
            yield from _bidi(value, (*at, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _bidi(value, (*at, str(index)))


def _names(spec: Spec) -> Iterator[Finding]:
    for path in spec.get("paths", {}):
        if not printable(path) or not PATH.fullmatch(path):
            yield (
                ("paths", path),
                f"path {path!r} is not a URL path template (RFC 3986 path characters and "
                "{name} placeholders only)",
            )
    for method, path, operation in operations(spec):
        if not isinstance(operation, dict):
            continue
        base = ("paths", path, method)
        yield from _name(operation.get("operationId"), (*base, "operationId"), "operationId")
        for index, tag in enumerate(_list(operation.get("tags"))):
            yield from _name(tag, (*base, "tags", str(index)), "tag")
        for index, param in enumerate(_list(operation.get("parameters"))):
            if isinstance(param, dict):
                where = (*base, "parameters", str(index), "name")
                yield from _name(param.get("name"), where, "parameter name")
    schemas = spec.get("components", {}).get("schemas", {})
    for name in schemas if isinstance(schemas, dict) else ():
        if not SCHEMA_NAME.fullmatch(name):
            yield (
                ("components", "schemas", name),
                f"schema name {name!r} is not allowed: OpenAPI requires [a-zA-Z0-9.-_]+ "
                "(schema names become class names and JSON pointers)",
            )
    for at, node in _schemas(spec, ()):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name in properties:
                yield from _name(name, (*at, "properties", name), "property name")


def _name(name: Any, at: tuple[str, ...], what: str) -> Iterator[Finding]:
    if isinstance(name, str) and not printable(name):
        yield at, f"{what} {name!r} holds control characters (a name becomes code)"


def _type_arrays(node: Any, at: tuple[str, ...]) -> Iterator[Finding]:
    for found, schema in _schemas(node, at):
        types = schema.get("type")
        if isinstance(types, list) and nullable_type(types) is None:
            yield (
                (*found, "type"),
                f"type {types!r} is not supported: a type array must be [T, 'null'] "
                "(a nullable T) with T one of " + ", ".join(sorted(JSON_TYPES)),
            )


def nullable_type(types: list[Any]) -> str | None:
    """`T` of an OpenAPI 3.1 type array `[T, "null"]` (either order), else `None`."""
    rest = [item for item in types if item != "null"]
    if len(types) == 2 and len(rest) == 1 and rest[0] in JSON_TYPES:
        return str(rest[0])
    return None


def _ref_loops(spec: Spec) -> Iterator[Finding]:
    """Component schemas that are only a `$ref`, following each other in a circle."""
    schemas = spec.get("components", {}).get("schemas", {})
    if not isinstance(schemas, dict):
        return
    reported: set[frozenset[str]] = set()
    for start in sorted(schemas):
        chain = [start]
        node = schemas[start]
        while isinstance(node, dict) and isinstance(ref := node.get("$ref"), str):
            if not ref.startswith(COMPONENTS):
                break
            target = ref[len(COMPONENTS) :].replace("~1", "/").replace("~0", "~")
            if target in chain:
                loop = chain[chain.index(target) :]
                if frozenset(loop) not in reported:
                    reported.add(frozenset(loop))
                    first = loop.index(min(loop))
                    loop = loop[first:] + loop[:first]
                    yield (
                        ("components", "schemas", loop[0], "$ref"),
                        f"$ref loop {' -> '.join([*loop, loop[0]])}: schemas that only refer "
                        "to each other describe no value",
                    )
                break
            chain.append(target)
            node = schemas.get(target)


def _schemas(node: Any, at: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every dict in `node` outside example data, enums and defaults (values, not schemas)."""
    if isinstance(node, dict):
        yield at, node
        for key, value in node.items():
            if key not in _DATA:
                yield from _schemas(value, (*at, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, (*at, str(index)))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []

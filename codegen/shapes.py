"""The `Shape` of each nested body parameter, read from the normalized spec.

A body field that is an object with declared fields, or a list, gets a `Shape`
(`trenz_async/_registry/shapes.py`) in its registry entry: the SDK checks values
against it before sending, and `codegen.annotate` types the facade parameter with it,
an object as the TypedDict named after its component schema (`<Model>Param`, as
openai-python names request TypedDicts). Scalars and open objects get none: the
`Param` itself (type, enum, bounds) says all there is.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import ClassName

from codegen.normalize import COMPONENTS, Spec
from codegen.runtime import Shape

PARAM_SUFFIX = "Param"


def of(spec: Spec, schema: dict[str, Any]) -> Shape | None:
    """The shape of a body field's (unresolved) schema, or `None` when it needs none."""
    shape = _shape(spec, schema, frozenset())
    if shape.json_type == "array" or (shape.json_type == "object" and shape.fields):
        return shape
    return None


def typed_dict_name(component: str) -> str:
    """The TypedDict of a component schema used in requests: its model's name + `Param`."""
    return f"{ClassName(component, prefix='')}{PARAM_SUFFIX}"


def _shape(spec: Spec, schema: dict[str, Any], seen: frozenset[str]) -> Shape:
    name = None
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(COMPONENTS):
        component = ref[len(COMPONENTS) :]
        name = typed_dict_name(component)
        if component in seen:  # a recursive schema: typed by name, not expanded again
            return Shape(json_type="object", name=name)
        seen = seen | {component}
        schema = spec["components"]["schemas"][component]
    properties = schema.get("properties")
    json_type = schema.get("type", "object" if properties else None)
    if json_type == "object" and isinstance(properties, dict) and properties:
        extra = schema.get("additionalProperties")
        return Shape(
            json_type="object",
            name=name,
            fields={key: _shape(spec, sub, seen) for key, sub in sorted(properties.items())},
            required=tuple(key for key in schema.get("required", []) if key in properties),
            closed=extra is None or extra is False,
        )
    if json_type == "array":
        items = schema.get("items")
        return Shape(
            json_type="array",
            items=_shape(spec, items, seen) if isinstance(items, dict) and items else None,
        )
    enum = schema.get("enum")
    return Shape(json_type=json_type, enum=tuple(enum) if isinstance(enum, list) else None)

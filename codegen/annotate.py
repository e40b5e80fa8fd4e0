"""The type annotations of facade parameters, and the request TypedDicts they name.

Every annotation is Python source (`codegen.literal.Code`): names are checked as
identifiers, enum values written by the literal emitter. A nested body parameter is
typed from its registry `Shape`: an object as the TypedDict of its component schema
(`<Model>Param`), a list as `list[...]` of its items, so `mypy --strict` names the
expected fields where a call passes something else.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import Any

import attrs

from codegen import literal
from codegen.literal import Code
from codegen.normalize import NormalizeError
from codegen.runtime import OperationInfo, Param, Shape

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
CONTAINERS = {"array": "list[Any]", "object": "dict[str, Any]"}
# Values `Literal[...]` may hold (PEP 586); a float or an object enum is typed by its base.
_LITERAL_TYPES = (str, int, bool)


@attrs.frozen
class Field:
    """One key of a request TypedDict."""

    key: str
    annotation: Code  # `Required[...]` around the type when the key is required


@attrs.frozen
class TypedDictDef:
    """A request TypedDict: its name, the component it types, its keys."""

    name: str
    fields: tuple[Field, ...]

    @property
    def doc(self) -> str:
        """Its docstring."""
        model = self.name.removesuffix("Param")
        return f"The `{model}` object of a request, as a dict."

    @property
    def class_syntax(self) -> bool:
        """Every key is a usable Python name; otherwise the functional syntax is used."""
        return all(_usable(field.key) for field in self.fields)


def parameter(param: Param) -> Code:
    """`<type>`, `<type> = <default>` or `<type> | None = None` for one keyword parameter."""
    base = shape_type(param.shape) if param.shape is not None else _base(param)
    if param.required:
        return base
    if param.has_default and _is_scalar(param.default):
        return literal.trusted(f"{base} = {literal.value(param.default)}")
    return literal.trusted(f"{base} | None = None")


def shape_type(shape: Shape, defined: Container[str] | None = None) -> Code:
    """The annotation of a value of this shape (a TypedDict name for a named object).

    Args:
        defined: the TypedDicts defined above the annotation, for `_params.py`, which is
            read at run time (its `Required[...]` must be seen): a name not yet defined
            there is written as a string. `None`: every name is known (postponed).
    """
    if shape.json_type == "object":
        if shape.name is None:
            return literal.trusted(CONTAINERS["object"])
        if defined is not None and shape.name not in defined:
            return literal.value(literal.identifier(shape.name))
        return literal.identifier(shape.name)
    if shape.json_type == "array":
        items = (
            shape_type(shape.items, defined) if shape.items is not None else literal.trusted("Any")
        )
        return literal.trusted(f"list[{items}]")
    return _scalar(shape.json_type, shape.enum)


def typed_dicts(infos: Iterable[OperationInfo]) -> list[TypedDictDef]:
    """Every request TypedDict the facade names, each after the ones it uses.

    Raises:
        NormalizeError: two different shapes would get one name.
    """
    found: dict[str, Shape] = {}
    pending = [param.shape for info in infos for param in info.params if param.shape]
    while pending:
        shape = pending.pop()
        if shape.json_type == "object" and shape.name is not None and shape.fields:
            other = found.setdefault(shape.name, shape)
            if other != shape:
                raise NormalizeError(f"two request schemas are both typed {shape.name}")
        pending += _children(shape)
    order: list[str] = []
    for name in sorted(found):
        _visit(name, found, order, set())
    defined: set[str] = set()
    definitions = []
    for name in order:
        definitions.append(_definition(name, found[name], defined))
        defined.add(name)
    return definitions


def _children(shape: Shape) -> list[Shape]:
    return [*shape.fields.values(), *([shape.items] if shape.items is not None else [])]


def _visit(name: str, found: dict[str, Shape], order: list[str], path: set[str]) -> None:
    """Depth first: the TypedDicts `name` uses go before it (a cycle is cut where it closes)."""
    if name in order or name in path:
        return
    path.add(name)
    pending = _children(found[name])
    while pending:
        shape = pending.pop()
        if shape.json_type == "object" and shape.name in found:
            _visit(shape.name, found, order, path)
        else:
            pending += _children(shape)
    order.append(name)


def typed_dict_names(shape: Shape | None) -> set[str]:
    """The request TypedDicts `shape_type(shape)` names (for the module's imports)."""
    if shape is None:
        return set()
    if shape.json_type == "object":
        return {shape.name} if shape.name is not None else set()
    return typed_dict_names(shape.items) if shape.json_type == "array" else set()


def _definition(name: str, shape: Shape, defined: Container[str]) -> TypedDictDef:
    fields = []
    for key, sub in shape.fields.items():
        annotation = shape_type(sub, defined)
        if key in shape.required:
            annotation = literal.trusted(f"Required[{annotation}]")
        fields.append(Field(key, annotation))
    return TypedDictDef(name, tuple(fields))


def _base(param: Param) -> Code:
    if param.json_type in CONTAINERS and not param.enum:
        return literal.trusted(CONTAINERS[param.json_type])
    return _scalar(param.json_type, param.enum)


def _scalar(json_type: str | None, enum: tuple[Any, ...] | None) -> Code:
    if enum and all(type(value) in _LITERAL_TYPES for value in enum):
        return literal.trusted(f"Literal[{literal.join(literal.value(v) for v in enum)}]")
    name = json_type or ""
    return literal.trusted(SCALARS.get(name) or CONTAINERS.get(name) or "Any")


def _usable(key: str) -> bool:
    try:
        literal.identifier(key)
    except NormalizeError:
        return False
    return True


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)

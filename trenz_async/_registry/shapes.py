"""The shape of a nested request value: an object's fields, a list's items, a scalar's type.

A body parameter such as `product_images` takes a list of objects with a `url`; the
registry records that as a `Shape` (generated from the spec's schema), the typed facade
annotates it with the matching TypedDict (`AiImageGenerateProductImageParam`), and
`Shape.problem()` finds a value that does not fit before anything is sent, naming
where it is and what was expected: `product_images=["https://x/a.jpg"]` is refused
with "[0] must be an object with fields url ..." rather than failing in the generated
model with "dictionary update sequence element #0 has length 1".

An object with declared fields refuses other keys unless the spec allows them
(`additionalProperties`): a misspelt field would otherwise be dropped by the server
on a call that still costs coins.

Written here rather than with `jsonschema`: that is no runtime dependency of the SDK,
and its messages speak of schema keywords, not of the field and TypedDict to fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

# The Python types each JSON schema type admits (a bool is an int: callers refuse it
# where a number belongs).
JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict,),
}
_NO_FIELDS: Mapping[str, Shape] = MappingProxyType({})
_SHOWN = 60  # characters of a refused value quoted in the message


def _to_shape(value: Shape | Mapping[str, Any] | None) -> Shape | None:
    if value is None or isinstance(value, Shape):
        return value
    return Shape(**value)


def _to_fields(value: Mapping[str, Shape | Mapping[str, Any]]) -> Mapping[str, Shape]:
    return MappingProxyType(
        {
            name: shape if isinstance(shape, Shape) else Shape(**shape)
            for name, shape in value.items()
        }
    )


def _to_tuple(value: Iterable[Any] | None) -> tuple[Any, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen
class Shape:
    """What a request value must look like, read from the spec's schema.

    Attributes:
        json_type: `object`, `array`, `string`, `integer`, `number`, `boolean`, or
            `None` when the spec leaves it open.
        name: for an object, the TypedDict that types it (`...Param`), if it has one.
        fields: an object's declared fields and their shapes.
        required: the fields an object must have.
        closed: an object refuses keys it does not declare.
        items: an array's item shape, if the spec gives one.
        enum: a scalar's allowed values, or `None`.
    """

    json_type: str | None = None
    name: str | None = None
    # Left out of the hash (a mapping has none); equal shapes still hash alike.
    fields: Mapping[str, Shape] = attrs.field(default=_NO_FIELDS, converter=_to_fields, hash=False)
    required: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    closed: bool = False
    items: Shape | None = attrs.field(default=None, converter=_to_shape)
    enum: tuple[Any, ...] | None = attrs.field(default=None, converter=_to_tuple)

    def problem(self, value: Any, where: str = "") -> str | None:
        """Why `value` does not fit this shape, or `None`.

        The answer starts with where in `value` the problem is (`[0].url`; nothing for
        the value itself), then a space: `"[0] must be an object with fields url"`.
        """
        expected = JSON_TYPES.get(self.json_type or "")
        wrong_bool = isinstance(value, bool) and self.json_type in ("integer", "number")
        if expected is not None and (wrong_bool or not isinstance(value, expected)):
            return f"{where} must be {self.describe()}, got {_shown(value)}"
        if self.enum is not None and value not in self.enum:
            allowed = ", ".join(repr(item) for item in self.enum)
            return f"{where} must be one of {allowed}, got {_shown(value)}"
        if isinstance(value, dict):
            return self._object_problem(value, where)
        if isinstance(value, list | tuple) and self.items is not None:
            for index, item in enumerate(value):
                found = self.items.problem(item, f"{where}[{index}]")
                if found is not None:
                    return found
        return None

    def _object_problem(self, value: dict[Any, Any], where: str) -> str | None:
        for name in self.required:
            if value.get(name) is None:
                return f"{where} lacks {name!r}: expected {self.describe()}"
        if self.closed:
            unknown = sorted(str(key) for key in value if key not in self.fields)
            if unknown:
                return f"{where} has unknown field {unknown[0]!r}: expected {self.describe()}"
        for name, item in value.items():
            shape = self.fields.get(name)
            if shape is not None and item is not None:
                found = shape.problem(item, f"{where}.{name}")
                if found is not None:
                    return found
        return None

    def describe(self, *, plural: bool = False) -> str:
        """What is expected, in words: `an object with fields url (AiImageParam)`."""
        if self.json_type == "object" and self.fields:
            names = ", ".join(
                f"{name}{' (required)' if name in self.required else ''}" for name in self.fields
            )
            typed = f" ({self.name})" if self.name else ""
            return f"{'objects' if plural else 'an object'} with fields {names}{typed}"
        if self.json_type == "array" and self.items is not None:
            return f"{'lists' if plural else 'a list'} of {self.items.describe(plural=True)}"
        word = self.json_type or "value"
        return f"{word}s" if plural else f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"


def _shown(value: Any) -> str:
    text = repr(value)
    if len(text) > _SHOWN:
        text = text[: _SHOWN - 3] + "..."
    return f"{type(value).__name__} {text}"

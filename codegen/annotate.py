"""The type annotations of facade parameters, as Python source (`codegen.literal.Code`)."""

from __future__ import annotations

from typing import Any

from codegen import literal
from codegen.literal import Code
from codegen.runtime import Param

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
CONTAINERS = {"array": "list[Any]", "object": "dict[str, Any]"}
# Values `Literal[...]` may hold (PEP 586); a float or an object enum is typed by its base.
_LITERAL_TYPES = (str, int, bool)


def parameter(param: Param) -> Code:
    """`<type>`, `<type> = <default>` or `<type> | None = None` for one keyword parameter."""
    base = _base(param)
    if param.required:
        return base
    if param.has_default and _is_scalar(param.default):
        return literal.trusted(f"{base} = {literal.value(param.default)}")
    return literal.trusted(f"{base} | None = None")


def _base(param: Param) -> Code:
    if (
        param.enum is not None
        and param.enum
        and all(type(value) in _LITERAL_TYPES for value in param.enum)
    ):
        return literal.trusted(f"Literal[{literal.join(literal.value(v) for v in param.enum)}]")
    json_type = param.json_type or ""
    return literal.trusted(SCALARS.get(json_type) or CONTAINERS.get(json_type) or "Any")


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)

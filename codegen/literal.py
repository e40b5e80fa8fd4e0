"""The one way spec text becomes Python source: literals, docstrings and identifiers.

openapi.json comes from outside the project, so it is untrusted input, like a server's
answer. Every string or number from it that reaches generated code goes through one of
these functions, the way a template engine autoescapes: `codegen.render` refuses to
interpolate anything that is not `Code` made here.

- `value()`: a Python literal that evaluates to the JSON value (quotes, backslashes,
  NUL, U+2028/2029 and newlines escaped; NaN and infinities refused);
- `docstring()`: a whole triple-quoted docstring whose content cannot close it;
- `identifier()`: a name checked to be a Python identifier and not a keyword.
"""

from __future__ import annotations

import keyword
import math
from collections.abc import Iterable, Mapping
from typing import Any

from codegen.normalize import NormalizeError


class Code(str):
    """Python source made by this module (or assembled from such pieces): safe to emit."""

    __slots__ = ()


def value(data: Any) -> Code:
    """A Python literal for JSON data: `ast.literal_eval` of it gives `data` back.

    Strings use `repr`, Python's own literal writer: it escapes quotes, backslashes and
    every non-printable character (NUL, U+2028/2029, newlines, bidi controls, lone
    surrogates), so no string can end the literal early.

    Raises:
        NormalizeError: a NaN or an infinity (no literal evaluates to it without a name
            lookup), or a value JSON does not have.
    """
    if data is None or isinstance(data, bool):
        return Code(repr(data))
    if isinstance(data, str):
        return Code(repr(data))
    if isinstance(data, int):
        return Code(str(data))
    if isinstance(data, float):
        if not math.isfinite(data):
            raise NormalizeError(f"a non-finite number ({data!r}) cannot become a literal")
        return Code(repr(data))
    if isinstance(data, list | tuple):
        return Code("[" + ", ".join(value(item) for item in data) + "]")
    if isinstance(data, Mapping):
        pairs = (f"{value(key)}: {value(item)}" for key, item in data.items())
        return Code("{" + ", ".join(pairs) + "}")
    raise NormalizeError(f"{type(data).__name__} is not JSON data and cannot become a literal")


def docstring(text: str, indent: int = 0) -> Code:
    """`text` as a complete docstring, `\"\"\"...\"\"\"`, continuation lines indented.

    The runtime `__doc__` reads as `text` (modulo the indentation), yet nothing in it
    can close the docstring: backslashes are doubled, every run of three quotes and a
    final quote are escaped, and characters that are not printable (NUL, CR, U+2028/2029,
    bidi controls, lone surrogates) become escapes. Only `\\n` stays a real line break.
    Written here because the standard library has no docstring writer (`repr` gives a
    one-line literal).
    """
    escaped = _escape_doc(text)
    lines = escaped.split("\n")
    if len(lines) == 1:
        return Code(f'"""{lines[0]}"""')
    pad = " " * indent
    body = [lines[0], *((pad + line).rstrip() for line in lines[1:]), pad]
    return Code('"""' + "\n".join(body) + '"""')


def _escape_doc(text: str) -> str:
    out = []
    quotes = 0  # unescaped double quotes just written: a third would close the docstring
    for index, char in enumerate(text):
        if char == '"':
            # The last character is escaped too: the closing quotes may follow it.
            if quotes == 2 or index == len(text) - 1:
                out.append('\\"')
                quotes = 0
            else:
                out.append(char)
                quotes += 1
            continue
        quotes = 0
        if char == "\\":
            out.append("\\\\")
        elif char == "\n" or char.isprintable():
            out.append(char)
        else:
            out.append(repr(char)[1:-1])  # \x00, \r, \t, \u2028, \ud800 ...
    return "".join(out)


def identifier(name: str) -> Code:
    """`name`, checked to be usable as a Python name (identifier, not a keyword).

    Raises:
        NormalizeError: it is not.
    """
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise NormalizeError(f"{name!r} is not a usable Python name")
    return Code(name)


def dotted(name: str) -> Code:
    """A dotted module path (`_generated.models.thing`), each part checked by `identifier()`."""
    return Code(".".join(identifier(part) for part in name.split(".")))


def join(parts: Iterable[Code], separator: str = ", ") -> Code:
    """`Code` pieces joined by a constant separator."""
    return Code(separator.join(_checked(part) for part in parts))


def trusted(text: str) -> Code:
    """Source text codegen itself wrote (a constant, or an f-string of `Code` pieces)."""
    return Code(text)


def _checked(part: Code) -> Code:
    if not isinstance(part, Code):
        raise TypeError(f"{part!r} did not go through codegen.literal")
    return part

"""Render codegen's Jinja2 templates (`codegen/templates/`) into Python source.

Autoescaping for Python: every `{{ ... }}` must be `codegen.literal.Code`, which only
the literal emitter's filters make (`|py` for a literal, `|ident` for a name,
`|docstring(n)` for a whole docstring) or codegen assembles from such pieces. Anything
else, a raw string from the spec above all, stops rendering with a `TypeError` instead
of becoming code. Jinja2 comes with openapi-python-client, which renders its own
templates with it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2

from codegen import literal
from codegen.normalize import GENERATED_MARKER

TEMPLATES = Path(__file__).resolve().parent / "templates"
HEADER = literal.trusted(f"# {GENERATED_MARKER}")


def _only_code(value: Any) -> Any:
    """Jinja's `finalize`: refuse to print anything the literal emitter did not make."""
    if isinstance(value, literal.Code):
        return value
    raise TypeError(
        f"template tried to print {value!r} ({type(value).__name__}) without "
        "codegen.literal: use |py, |ident or |docstring"
    )


@functools.cache
def environment() -> jinja2.Environment:
    """The one Jinja2 environment: strict about undefined names and unescaped values."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        finalize=_only_code,
        autoescape=False,  # HTML escaping means nothing in Python; `_only_code` does the job
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["py"] = literal.value
    env.filters["ident"] = literal.identifier
    env.filters["dotted"] = literal.dotted
    env.filters["docstring"] = literal.docstring
    env.globals["HEADER"] = HEADER
    return env


def render(template: str, **context: Any) -> str:
    """The source `template` renders to with `context`."""
    return environment().get_template(template).render(**context)

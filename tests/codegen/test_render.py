"""Templates and the literal emitter: spec text becomes data in generated code, never code."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from codegen import literal, models
from codegen.normalize import NormalizeError
from codegen.render import environment

# Strings that end a literal or a docstring early, or that the tokenizer refuses.
HOSTILE = (
    '"""; __import__("os").system("echo pwned"); """',
    "'''; raise SystemExit; '''",
    'ends in a quote"',
    "back\\slash\\",
    "nul\x00byte",
    "line\u2028separator\u2029paragraph",
    "carriage\rreturn\nnewline",
    "bidi\u202eoverride",
    "lone \ud800 surrogate",
    "{{ jinja }} {% raw %}",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_string_literal_evaluates_to_the_text(text: str) -> None:
    """`literal.value` gives source that parses and evaluates to exactly the string."""
    source = literal.value(text)
    assert ast.literal_eval(source) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_a_docstring_holds_the_text_and_nothing_runs(text: str) -> None:
    """A docstring made of hostile text is the function's only statement and reads back as it."""
    source = f"def f():\n    {literal.docstring(text, indent=4)}\n"
    tree = ast.parse(source)
    (function,) = tree.body
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 1
    assert ast.get_docstring(function, clean=False) is not None
    namespace: dict[str, object] = {}
    exec(compile(tree, "<docstring>", "exec"), namespace)
    doc = namespace["f"].__doc__  # type: ignore[attr-defined]
    # Continuation lines are indented, and a docstring of several lines ends on its own line.
    assert doc.replace("\n    ", "\n") == text + ("\n" if "\n" in text else "")


@pytest.mark.parametrize("number", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_numbers_never_become_literals(number: float) -> None:
    """`nan` or `inf` in source would be a name lookup (`NameError: nan`): refused."""
    with pytest.raises(NormalizeError, match="non-finite"):
        literal.value({"default": [number]})


@pytest.mark.parametrize("name", ["class", "not an identifier", "1st", 'a"b', ""])
def test_identifiers_are_checked(name: str) -> None:
    """A name that is a keyword or not an identifier is refused, not emitted."""
    with pytest.raises(NormalizeError):
        literal.identifier(name)


def test_templates_refuse_text_that_skipped_the_emitter() -> None:
    """A template printing a raw string (not `Code`) fails instead of emitting it."""
    template = environment().from_string("x = {{ text }}\n")
    with pytest.raises(TypeError, match=r"codegen\.literal"):
        template.render(text='"""')
    assert template.render(text=literal.value('"""')) == 'x = \'"""\'\n'


def test_model_modules_are_read_with_ast_in_any_layout(tmp_path: Path) -> None:
    """The generator's imports and the lazy table are read whatever their formatting."""
    eager = tmp_path / "eager.py"
    eager.write_text(
        textwrap.dedent(
            """\
            from .thing import Thing
            from .very_long_module_name import (
                VeryLongClassName,
                Other as Other,
            )
            __all__ = ("Other", "Thing", "VeryLongClassName")
            """
        )
    )
    lazy = tmp_path / "lazy.py"
    lazy.write_text("_MODULES: dict[str, str] = {'Thing': '.thing', \"Other\": \".other\"}\n")
    assert models.read_model_modules(eager) == {
        "Thing": "thing",
        "VeryLongClassName": "very_long_module_name",
        "Other": "very_long_module_name",
    }
    assert models.read_model_modules(lazy) == {"Thing": "thing", "Other": "other"}

"""Options from the registry: types, names, aliases and help (in process, no server)."""

from __future__ import annotations

from pathlib import Path

import attrs
import click
import pytest
from click.testing import CliRunner

from trenz_async import OPERATIONS, Param, ParamLocation
from trenz_async._cli._params import EnumChoice, JSONValue, Number, parameter_options
from trenz_async._cli._root import cli

from ..unit.helpers import pick
from .picks import option, region, search, size_param

SEARCH = search()  # a paged GET search: a required enum, a bounded page size with a default


def test_number_keeps_integers_integral() -> None:
    """A number parameter given `5` is the integer 5; `2.5` is a float; text is refused."""
    number = Number()
    assert number.convert("5", None, None) == 5
    assert type(number.convert("5", None, None)) is int
    assert number.convert("2.5", None, None) == 2.5
    with pytest.raises(click.BadParameter, match="not a number"):
        number.convert("five", None, None)


def test_enum_choice_passes_the_spec_typed_value() -> None:
    """An integer enum is chosen by its text and passed on as the integer."""
    choice = EnumChoice((5, 8))
    assert choice.convert("8", None, None) == 8
    assert type(choice.convert("8", None, None)) is int
    with pytest.raises(click.BadParameter):
        choice.convert("6", None, None)


def test_json_value_checks_the_kind_and_reads_files(tmp_path: Path) -> None:
    """Arrays and objects are JSON text or @FILE, and the wrong kind is refused."""
    array = JSONValue("array")
    assert array.convert('["a", "b"]', None, None) == ["a", "b"]
    with pytest.raises(click.BadParameter, match="is not a JSON array"):
        array.convert('{"a": 1}', None, None)
    with pytest.raises(click.BadParameter, match="not valid JSON"):
        array.convert("a,b", None, None)
    body = tmp_path / "image.json"
    body.write_text('{"url": "https://img.test/1.png"}', encoding="utf-8")
    assert JSONValue("object").convert(f"@{body}", None, None) == {"url": "https://img.test/1.png"}
    with pytest.raises(click.BadParameter, match="cannot read"):
        JSONValue("object").convert(f"@{tmp_path / 'missing.json'}", None, None)


def test_open_typed_value_is_json_or_else_text() -> None:
    """A parameter the spec leaves untyped takes JSON when it parses, else the text itself."""
    value = JSONValue(None)
    assert value.convert("[1, 2]", None, None) == [1, 2]
    assert value.convert("plain words", None, None) == "plain words"


def test_every_parameter_has_one_listed_option() -> None:
    """Each registry parameter of each operation gets exactly one option shown in help."""
    for info in OPERATIONS.values():
        options = parameter_options(info, reserved={"json", "table", "help"})
        listed = [option for option in options.options if not option.hidden]
        assert len(listed) == len(info.params), info.operation_id
        assert {options.params[str(option.name)] for option in listed} == set(info.params)


def test_spec_and_python_spellings_are_hidden_aliases() -> None:
    """A parameter Python renamed (`type` -> `type_`) is listed under its spec name; the
    Python name works too and maps to the same parameter."""
    info = pick(
        lambda info: any(param.python_name != param.name for param in info.params),
        "parameter renamed for Python",
    )
    renamed = next(param for param in info.params if param.python_name != param.name)
    options = parameter_options(info, reserved=set())
    names = {opt: option.hidden for option in options.options for opt in option.opts}
    assert names[option(renamed)] is False
    assert names[f"--{renamed.python_name}"] is True
    alias = next(item for item in options.options if f"--{renamed.python_name}" in item.opts)
    assert options.collect({str(alias.name): "value"}) == {renamed.python_name: "value"}


def test_a_parameter_given_under_two_names_is_refused() -> None:
    """`--page-size 5 --page_size 6` is a usage error, not a silent choice."""
    size = size_param(SEARCH)
    options = parameter_options(SEARCH, reserved=set())
    dests = [
        str(option.name)
        for option in options.options
        if options.params[str(option.name)].name == size.name
    ]
    assert len(dests) == 2
    with pytest.raises(click.UsageError, match="given twice"):
        options.collect(dict.fromkeys(dests, 5))


def test_a_parameter_shadowing_a_command_option_is_renamed() -> None:
    """A parameter named like one of the command's options is offered as --param-NAME."""
    timeout = Param("timeout", "timeout", ParamLocation.BODY, "integer")
    info = attrs.evolve(SEARCH, params=(timeout,))
    options = parameter_options(info, reserved={"timeout", "json"})
    assert [option.opts for option in options.options] == [["--param-timeout"]]
    assert options.collect({str(options.options[0].name): 30}) == {"timeout": 30}


def test_operation_help_lists_enums_defaults_bounds_and_cost() -> None:
    """An operation's --help shows its enum values, default, bounds, required marks and cost."""
    result = CliRunner().invoke(cli, ["call", SEARCH.accessor, "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    choices = region(SEARCH).enum
    size = size_param(SEARCH)
    assert choices is not None
    assert size.maximum is not None
    assert f"[{'|'.join(str(choice) for choice in choices[:3])}|" in text
    assert f"[default: {size.default}; x<={size.maximum:g}]" in text
    assert "[required]" in text
    assert f"Cost: {SEARCH.coin_cost} coins, per call." in text
    assert f"--{size.name} " not in text  # the alias works but is not listed
    assert "--max-pages" in text

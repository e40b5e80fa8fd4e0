"""Command-line options for an operation's parameters, built from the registry.

Each parameter of `OPERATIONS[op].params` becomes one option taking one value,
`--name VALUE`:

- named after the parameter's spec name with dashes (`--page-size`); the spec's own
  spelling (`--page_size`) and the Python name (`--type_`) are accepted too, as
  `client.call()` accepts both, but only the first is listed in `--help` and completed;
- typed from the spec: integers, numbers (an integral number stays an integer on the
  wire), booleans (`true`/`false`, `yes`/`no`, `1`/`0`), arrays and objects as JSON text
  or `@FILE` holding JSON, strings as given; an enum becomes a choice listed in `--help`
  and offered by shell completion;
- documented with the spec's description, its bounds, its default (shown, never sent:
  the server applies it) and whether it is required.

Checking beyond the type (required parameters, bounds, values that would change a request
path) is the SDK's: the command line hands the values to `TrenzClient.call()` and reports
its `InvalidParameterError` as a usage error, so a call is refused by the same rules in a
shell as in a program.

A parameter whose option would shadow one of the command's own options (`--json`,
`--timeout`...) is offered as `--param-NAME` instead.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import click

from .. import OperationInfo, Param

if TYPE_CHECKING:
    # Newer click makes its parameter types generic; subclassing the subscripted form at
    # run time would break older click, so only the type checker sees it.
    _ParamType = click.ParamType[Any]
    _Choice = click.Choice[Any]
else:
    _ParamType = click.ParamType
    _Choice = click.Choice

SHADOWED_PREFIX = "param-"

_JSON_KINDS = {"array": list, "object": dict}


class EnumChoice(_Choice):
    """One of an enum's values, typed as text and passed on with the spec's type (`8`, not `"8"`)."""

    def __init__(self, values: Sequence[Any]) -> None:
        self._by_text = {str(value): value for value in values}
        super().__init__(list(self._by_text))

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return self._by_text[str(super().convert(str(value), param, ctx))]


class Number(_ParamType):
    """A JSON number: `5` stays the integer 5 (a query string gets `5`, not `5.0`)."""

    name = "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        try:
            return int(value)
        except ValueError:
            pass
        try:
            return float(value)
        except ValueError:
            self.fail(f"{value!r} is not a number", param, ctx)


class JSONValue(_ParamType):
    """A JSON array or object, as text or `@FILE`; with no spec type, JSON or else text."""

    name = "json"

    def __init__(self, json_type: str | None) -> None:
        self.json_type = json_type

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        if value.startswith("@"):
            try:
                text = Path(value[1:]).read_text(encoding="utf-8")
            except OSError as exc:
                self.fail(f"cannot read {value[1:]!r}: {exc.strerror or exc}", param, ctx)
        try:
            parsed = json.loads(text)
        except ValueError as exc:
            if self.json_type is None:
                return value  # a parameter of open type: plain text is a string
            self.fail(
                f"{value!r} is not valid JSON ({exc}); {_example(self.json_type)}", param, ctx
            )
        if self.json_type is None:
            return parsed
        kind = _JSON_KINDS.get(self.json_type)
        if kind is not None and not isinstance(parsed, kind):
            self.fail(
                f"{value!r} is not a JSON {self.json_type}; {_example(self.json_type)}", param, ctx
            )
        return parsed


@attrs.frozen
class ParameterOptions:
    """The options of one operation's parameters, and how to read them back.

    Attributes:
        options: the click options, the listed ones and their hidden aliases.
        params: option dest -> the registry parameter it sets.
    """

    options: tuple[click.Option, ...]
    params: Mapping[str, Param]

    def collect(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The parameters given on the command line, as `python_name -> value`.

        Raises:
            click.UsageError: one parameter was given under two of its names.
        """
        given: dict[str, Any] = {}
        for dest, param in self.params.items():
            value = values.get(dest)
            if value is None:
                continue
            if param.python_name in given:
                raise click.UsageError(f"parameter {param.name!r} is given twice; give it once")
            given[param.python_name] = value
        return given


def parameter_options(info: OperationInfo, *, reserved: Collection[str]) -> ParameterOptions:
    """Options for every parameter of `info`, staying clear of the `reserved` option names.

    Args:
        info: the operation.
        reserved: the command's own option names, without dashes (`json`, `timeout`...).
    """
    options: list[click.Option] = []
    params: dict[str, Param] = {}
    for param in info.params:
        dashed = param.name.replace("_", "-")
        shadowing = dashed in reserved or _dashed(param.python_name) in reserved
        primary = f"{SHADOWED_PREFIX}{dashed}" if shadowing else dashed
        dest = f"p__{_dest(primary)}"  # apart from the command's own option dests
        options.append(
            click.Option(
                [f"--{primary}", dest],
                type=_type(param),
                help=_help(param),
                metavar=_metavar(param),
            )
        )
        params[dest] = param
        if shadowing:
            continue
        for alias in dict.fromkeys((param.name, param.python_name)):
            if alias == primary:
                continue
            alias_dest = f"p__alias__{_dest(alias)}"
            options.append(click.Option([f"--{alias}", alias_dest], type=_type(param), hidden=True))
            params[alias_dest] = param
    return ParameterOptions(options=tuple(options), params=params)


def _type(param: Param) -> _ParamType:
    if param.enum is not None:
        return EnumChoice(param.enum)
    if param.json_type == "integer":
        return click.INT
    if param.json_type == "number":
        return Number()
    if param.json_type == "boolean":
        return click.BOOL
    if param.json_type == "string":
        return click.STRING
    return JSONValue(param.json_type)


def _metavar(param: Param) -> str | None:
    if param.enum is not None:
        return None  # click lists the choices
    if param.json_type in _JSON_KINDS or param.json_type is None:
        return "JSON|@FILE"
    return None


def _help(param: Param) -> str:
    text = param.description.strip() or f"The {param.location.value} parameter {param.name}."
    if param.json_type in _JSON_KINDS:
        text += f" (a JSON {param.json_type})"
    # The default is shown, not given to click: the server applies it, nothing is sent.
    extras = [f"default: {_default_text(param)}"] if param.has_default else []
    bounds = _bounds(param)
    if bounds:
        extras.append(bounds)
    if param.required:
        extras.append("required")
    return f"{text}  [{'; '.join(extras)}]" if extras else text


def _bounds(param: Param) -> str:
    low, high = param.minimum, param.maximum
    if low is not None and high is not None:
        return f"{low:g}<=x<={high:g}"
    if low is not None:
        return f"x>={low:g}"
    if high is not None:
        return f"x<={high:g}"
    return ""


def _default_text(param: Param) -> str:
    return param.default if isinstance(param.default, str) else json.dumps(param.default)


def _example(json_type: str) -> str:
    return """e.g. '["a", "b"]'""" if json_type == "array" else """e.g. '{"key": "value"}'"""


def _dashed(name: str) -> str:
    return name.replace("_", "-")


def _dest(option: str) -> str:
    """A Python identifier for an option name (`page-size` -> `page_size`)."""
    return option.replace("-", "_")

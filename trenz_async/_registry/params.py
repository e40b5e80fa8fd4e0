"""Check a call's keyword arguments against the registry before anything is sent.

Every rule here fails with `InvalidParameterError` (a `ValueError`), so a bad argument
never costs a request, let alone a coin. Arguments may use the Python names of the typed
methods (`type_`) or the spec's own names (`type`), which data-driven callers have; one
`Validator` per operation, built on first use, knows both.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import attrs

from .._errors import InvalidParameterError
from .index import suggest
from .info import OperationInfo, Param, ParamLocation

# Path parameters are refused, not escaped, when they could change the path: servers
# and proxies decode %2F and %2E%2E before routing, so percent-encoding is not enough.
_UNSAFE_PATH_VALUE = re.compile(r"[/\\?#%\x00-\x1f\x7f]|^\.{1,2}$|\.\.")
_MAX_PATH_VALUE = 1024  # an id longer than this is a bug, and past 64 KiB httpx refuses the URL

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict,),
}
_PLAIN = (str, int, float, bool)


@attrs.frozen
class PreparedCall:
    """A call's arguments, checked and split the way the wire wants them.

    Attributes:
        operation: the operation being called.
        arguments: python_name -> value for the generated request builder, body aside.
        body: the JSON body fields (wire names), or `None` for body-less operations.
        wire: every sent parameter under its wire name (for estimates and the journal).
    """

    operation: OperationInfo
    arguments: Mapping[str, Any]
    body: Mapping[str, Any] | None
    wire: Mapping[str, Any]


class Validator:
    """Checks the arguments of one operation; built once per operation (`validator_for`)."""

    __slots__ = ("_by_name", "_required", "operation")

    def __init__(self, operation: OperationInfo) -> None:
        self.operation = operation
        by_name: dict[str, Param] = {}
        for param in operation.params:
            by_name[param.python_name] = param
        for param in operation.params:
            by_name.setdefault(param.name, param)  # the spec's name, where Python renamed it
        self._by_name = by_name
        self._required = tuple(param for param in operation.params if param.required)

    def prepare(self, params: Mapping[str, Any]) -> PreparedCall:
        """Validate `params` (Python or spec names; `None` means not given).

        Raises:
            InvalidParameterError: an unknown or missing parameter, one given under both
                of its names, a value of the wrong type, outside the enum or the spec's
                bounds, or a path value that would change the path.
        """
        operation = self.operation
        given: dict[str, tuple[Param, Any]] = {}
        for key, value in params.items():
            param = self._by_name.get(key)
            if param is None:
                raise self._unknown(key)
            if value is None:
                continue
            if param.python_name in given:
                raise InvalidParameterError(
                    f"{operation.operation_id} got parameter {param.name!r} twice, as "
                    f"{param.name!r} and {param.python_name!r}; pass one",
                    parameter=param.python_name,
                    operation_id=operation.operation_id,
                )
            given[param.python_name] = (param, value)
        for param in self._required:
            if param.python_name not in given:
                raise InvalidParameterError(
                    f"{operation.operation_id} requires parameter {param.python_name!r}",
                    parameter=param.python_name,
                    operation_id=operation.operation_id,
                )
        arguments: dict[str, Any] = {}
        body: dict[str, Any] | None = {} if operation.body_model is not None else None
        wire: dict[str, Any] = {}
        for param, raw in given.values():
            value = raw if type(raw) in _PLAIN else _to_json(raw)
            _check_value(operation, param, value)
            wire[param.name] = value
            if param.location is ParamLocation.BODY:
                assert body is not None  # a body field implies a body model
                body[param.name] = value
            else:
                arguments[param.python_name] = value
        return PreparedCall(operation=operation, arguments=arguments, body=body, wire=wire)

    def _unknown(self, key: str) -> InvalidParameterError:
        operation = self.operation
        names = sorted({param.python_name for param in operation.params})
        hint = suggest(key, list(self._by_name))
        return InvalidParameterError(
            f"{operation.operation_id} got unknown parameter {key!r}{hint}; "
            f"valid: {', '.join(names) or 'none'}",
            parameter=key,
            operation_id=operation.operation_id,
        )


_validators: dict[str, Validator] = {}


def validator_for(operation: OperationInfo) -> Validator:
    """The operation's `Validator`, built on first use."""
    validator = _validators.get(operation.operation_id)
    if validator is None or validator.operation is not operation:
        validator = _validators[operation.operation_id] = Validator(operation)
    return validator


def prepare(operation: OperationInfo, params: Mapping[str, Any]) -> PreparedCall:
    """Validate `params` for `operation` (see `Validator.prepare`)."""
    return validator_for(operation).prepare(params)


def _check_value(operation: OperationInfo, param: Param, value: Any) -> None:
    def fail(problem: str) -> InvalidParameterError:
        return InvalidParameterError(
            f"{operation.operation_id} parameter {param.python_name!r} {problem}",
            parameter=param.python_name,
            operation_id=operation.operation_id,
        )

    expected = _JSON_TYPES.get(param.json_type or "")
    # bool is an int in Python, but `page=True` is a bug, not page 1.
    wrong_bool = isinstance(value, bool) and param.json_type in ("integer", "number")
    if expected is not None and (wrong_bool or not isinstance(value, expected)):
        raise fail(f"must be {param.json_type}, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise fail(f"must be a finite number, got {value!r}")
    if param.enum is not None and value not in param.enum:
        allowed = ", ".join(repr(item) for item in param.enum)
        raise fail(f"must be one of {allowed}, got {value!r}")
    if param.minimum is not None and isinstance(value, int | float) and value < param.minimum:
        raise fail(f"must be >= {param.minimum:g}, got {value!r}")
    if param.maximum is not None and isinstance(value, int | float) and value > param.maximum:
        raise fail(f"must be <= {param.maximum:g}, got {value!r}")
    if param.shape is not None:
        # Nested objects and lists: say where, and what was expected (the TypedDict).
        problem = param.shape.problem(value)
        if problem is not None:
            raise InvalidParameterError(
                f"{operation.operation_id} parameter {param.python_name}{problem}",
                parameter=param.python_name,
                operation_id=operation.operation_id,
            )
    if param.location is ParamLocation.PATH:
        if not isinstance(value, str | int) or isinstance(value, bool) or str(value) == "":
            raise fail("must be a non-empty string or integer")
        text = str(value)
        if len(text) > _MAX_PATH_VALUE:
            raise fail(f"is {len(text)} characters long; at most {_MAX_PATH_VALUE} are allowed")
        if _UNSAFE_PATH_VALUE.search(text):
            raise fail(f"contains characters that would change the request path: {value!r}")


def _to_json(value: Any) -> Any:
    """Accept generated models (anything with `to_dict`) wherever a JSON object goes."""
    if type(value) in _PLAIN:
        return value
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_json(item) for key, item in value.items()}
    return value

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
from .shapes import JSON_TYPES

# Path parameters are refused, not escaped, when they could change the path: servers
# and proxies decode %2F and %2E%2E before routing, so percent-encoding is not enough.
_UNSAFE_PATH_VALUE = re.compile(r"[/\\?#%\x00-\x1f\x7f]|^\.{1,2}$|\.\.")
_MAX_PATH_VALUE = 1024  # an id longer than this is a bug, and past 64 KiB httpx refuses the URL

_PLAIN = (str, int, float, bool)
_NUMBERS = (int, float)


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
        # Each parameter's checks, derived from its spec once rather than on every call.
        checkers = [_Checker(operation, param) for param in operation.params]
        by_name: dict[str, _Checker] = {}
        for checker in checkers:
            by_name[checker.param.python_name] = checker
        for checker in checkers:
            # The spec's name, where Python renamed it.
            by_name.setdefault(checker.param.name, checker)
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
        given: dict[str, tuple[_Checker, Any]] = {}
        for key, value in params.items():
            checker = self._by_name.get(key)
            if checker is None:
                raise self._unknown(key)
            if value is None:
                continue
            param = checker.param
            if param.python_name in given:
                raise InvalidParameterError(
                    f"{operation.operation_id} got parameter {param.name!r} twice, as "
                    f"{param.name!r} and {param.python_name!r}; pass one",
                    parameter=param.python_name,
                    operation_id=operation.operation_id,
                )
            given[param.python_name] = (checker, value)
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
        for checker, raw in given.values():
            value = raw if type(raw) in _PLAIN else _to_json(raw)
            checker.check(value)
            param = checker.param
            wire[param.name] = value
            if checker.in_body:
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


class _Checker:
    """One parameter's checks, derived once from its spec (each `Validator` builds them).

    The rules and their order are those of the spec: the JSON type (a bool is not a
    number: `page=True` is a bug, not page 1), finiteness, the enum, the bounds, a
    nested shape, and for a path parameter, a value that cannot change the path.
    """

    __slots__ = (
        "_enum",
        "_expected",
        "_maximum",
        "_minimum",
        "_numeric",
        "_path",
        "_shape",
        "in_body",
        "operation",
        "param",
    )

    def __init__(self, operation: OperationInfo, param: Param) -> None:
        self.operation = operation
        self.param = param
        self._expected = JSON_TYPES.get(param.json_type or "")
        self._numeric = param.json_type in ("integer", "number")
        self._enum = param.enum
        self._minimum = param.minimum
        self._maximum = param.maximum
        self._shape = param.shape
        self._path = param.location is ParamLocation.PATH
        self.in_body = param.location is ParamLocation.BODY

    def check(self, value: Any) -> None:
        """Raise `InvalidParameterError` unless `value` is valid for the parameter."""
        expected = self._expected
        if expected is not None and (
            not isinstance(value, expected) or (self._numeric and isinstance(value, bool))
        ):
            raise self._fail(f"must be {self.param.json_type}, got {type(value).__name__}")
        if isinstance(value, float) and not math.isfinite(value):
            raise self._fail(f"must be a finite number, got {value!r}")
        if self._enum is not None and value not in self._enum:
            allowed = ", ".join(repr(item) for item in self._enum)
            raise self._fail(f"must be one of {allowed}, got {value!r}")
        if isinstance(value, _NUMBERS):
            if self._minimum is not None and value < self._minimum:
                raise self._fail(f"must be >= {self._minimum:g}, got {value!r}")
            if self._maximum is not None and value > self._maximum:
                raise self._fail(f"must be <= {self._maximum:g}, got {value!r}")
        if self._shape is not None:
            # Nested objects and lists: say where, and what was expected (the TypedDict).
            problem = self._shape.problem(value)
            if problem is not None:
                raise InvalidParameterError(
                    f"{self.operation.operation_id} parameter {self.param.python_name}{problem}",
                    parameter=self.param.python_name,
                    operation_id=self.operation.operation_id,
                )
        if self._path:
            self._check_path(value)

    def _check_path(self, value: Any) -> None:
        if not isinstance(value, str | int) or isinstance(value, bool) or str(value) == "":
            raise self._fail("must be a non-empty string or integer")
        text = str(value)
        if len(text) > _MAX_PATH_VALUE:
            raise self._fail(
                f"is {len(text)} characters long; at most {_MAX_PATH_VALUE} are allowed"
            )
        if _UNSAFE_PATH_VALUE.search(text):
            raise self._fail(f"contains characters that would change the request path: {value!r}")

    def _fail(self, problem: str) -> InvalidParameterError:
        return InvalidParameterError(
            f"{self.operation.operation_id} parameter {self.param.python_name!r} {problem}",
            parameter=self.param.python_name,
            operation_id=self.operation.operation_id,
        )


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

"""Check a call's keyword arguments against the registry before anything is sent.

Every rule here fails with `InvalidParameterError` (a `ValueError`), so a bad argument
never costs a request, let alone a coin.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import attrs

from ._errors import InvalidParameterError
from ._operation_info import OperationInfo, Param, ParamLocation

# Path parameters are refused, not escaped, when they could change the path: servers
# and proxies decode %2F and %2E%2E before routing, so percent-encoding is not enough.
_UNSAFE_PATH_VALUE = re.compile(r"[/\\?#%\x00-\x1f\x7f]|^\.{1,2}$|\.\.")

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict,),
}


@attrs.frozen
class PreparedCall:
    """A call's arguments, checked and split the way the wire wants them.

    Attributes:
        operation: the operation being called.
        arguments: python_name -> value for the generated endpoint function, body aside.
        body: the JSON body fields (wire names), or `None` for body-less operations.
        wire: every sent parameter under its wire name (for estimates and logs).
    """

    operation: OperationInfo
    arguments: Mapping[str, Any]
    body: Mapping[str, Any] | None
    wire: Mapping[str, Any]


def prepare(operation: OperationInfo, params: Mapping[str, Any]) -> PreparedCall:
    """Validate `params` (python names; `None` means not given) for `operation`.

    Raises:
        InvalidParameterError: an unknown or missing parameter, a value of the wrong
            type, outside the enum or the spec's bounds, or a path value that would
            change the path.
    """
    known = {param.python_name: param for param in operation.params}
    unknown = sorted(set(params) - set(known))
    if unknown:
        valid = ", ".join(sorted(known)) or "none"
        raise InvalidParameterError(
            f"{operation.operation_id} got unknown parameter(s) {', '.join(unknown)}; valid: {valid}",
            parameter=unknown[0],
            operation_id=operation.operation_id,
        )
    arguments: dict[str, Any] = {}
    body: dict[str, Any] | None = {} if operation.body_model is not None else None
    wire: dict[str, Any] = {}
    for param in operation.params:
        value = params.get(param.python_name)
        if value is None:
            if param.required:
                raise InvalidParameterError(
                    f"{operation.operation_id} requires parameter {param.python_name!r}",
                    parameter=param.python_name,
                    operation_id=operation.operation_id,
                )
            continue
        value = _to_json(value)
        _check_value(operation, param, value)
        wire[param.name] = value
        if param.location is ParamLocation.BODY:
            assert body is not None  # a body field implies a body model
            body[param.name] = value
        else:
            arguments[param.python_name] = value
    return PreparedCall(operation=operation, arguments=arguments, body=body, wire=wire)


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
    if param.location is ParamLocation.PATH:
        if not isinstance(value, str | int) or isinstance(value, bool) or str(value) == "":
            raise fail("must be a non-empty string or integer")
        if _UNSAFE_PATH_VALUE.search(str(value)):
            raise fail(f"contains characters that would change the request path: {value!r}")


def _to_json(value: Any) -> Any:
    """Accept generated models (anything with `to_dict`) wherever a JSON object goes."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_to_json(item) for item in value]
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_json(item) for key, item in value.items()}
    return value

"""Request parameters: read from the path, query and JSON body, checked against the registry."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from .._registry import OperationInfo, Param, ParamLocation
from ._codes import ErrorCode, FakeAPIError

_SIZE_PARAMS = frozenset({"page_size", "limit"})
_SORT_PARAM = "sort"
_INTEGER = re.compile(r"^[+-]?\d+$")
# Some page sizes are bounded only in prose ("Page size, max 50", "Page size, 1-20").
_PROSE_MAXIMUM = re.compile(r"\bmax(?:imum)?\s+(\d+)|\b\d+\s*-\s*(\d+)\b", re.IGNORECASE)
_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})


def size_maximum(param: Param) -> int | None:
    """The largest value a page-size parameter accepts: the spec's, or its description's."""
    if param.maximum is not None:
        return int(param.maximum)
    found = _PROSE_MAXIMUM.search(param.description)
    if found is None:
        return None
    return int(found.group(1) or found.group(2))


def read_body(raw: bytes) -> dict[str, Any]:
    """The JSON object of a request body (an empty body is an empty object)."""
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FakeAPIError(ErrorCode.BAD_REQUEST, f"Request body is not valid JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise FakeAPIError(ErrorCode.BAD_REQUEST, "Request body must be a JSON object")
    return body


def parse(
    info: OperationInfo,
    *,
    path_params: Mapping[str, str],
    query: Mapping[str, str],
    body: Mapping[str, Any],
) -> dict[str, Any]:
    """The call's parameters by wire name, typed and validated.

    Raises:
        FakeAPIError: MISSING_PARAM, INVALID_PARAM, INVALID_SORT_FIELD or PAGE_SIZE_EXCEEDED.
    """
    sources: Mapping[ParamLocation, Mapping[str, Any]] = {
        ParamLocation.PATH: path_params,
        ParamLocation.QUERY: query,
        ParamLocation.BODY: body,
    }
    values: dict[str, Any] = {}
    for param in info.params:
        source = sources[param.location]
        raw = source.get(param.name)
        if raw is None or raw == "":
            if param.required:
                raise FakeAPIError(
                    ErrorCode.MISSING_PARAM, f"Missing required parameter: {param.name}"
                )
            continue
        if param.location is ParamLocation.BODY:
            value = _check_json_type(param, raw)
        else:
            value = _coerce_text(param, str(raw))
        _check_value(info, param, value)
        values[param.name] = value
    return values


def _invalid(param: Param, expected: str) -> FakeAPIError:
    return FakeAPIError(ErrorCode.INVALID_PARAM, f"Invalid parameter {param.name}: {expected}")


def _coerce_text(param: Param, raw: str) -> Any:
    json_type = param.json_type
    if json_type == "integer":
        if not _INTEGER.match(raw):
            raise _invalid(param, "expected an integer")
        return int(raw)
    if json_type == "number":
        try:
            number = float(raw)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise _invalid(param, "expected a number")
        return int(number) if number.is_integer() and "." not in raw else number
    if json_type == "boolean":
        lowered = raw.lower()
        if lowered not in _TRUE | _FALSE:
            raise _invalid(param, "expected true or false")
        return lowered in _TRUE
    return raw


def _check_json_type(param: Param, value: Any) -> Any:
    json_type = param.json_type
    ok = {
        None: True,
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
    }.get(json_type, True)
    if not ok:
        raise _invalid(param, f"expected {json_type}, got {type(value).__name__}")
    return value


def _check_value(info: OperationInfo, param: Param, value: Any) -> None:
    if param.enum is not None and value not in param.enum:
        allowed = ", ".join(str(choice) for choice in param.enum)
        code = (
            ErrorCode.INVALID_SORT_FIELD if param.name == _SORT_PARAM else ErrorCode.INVALID_PARAM
        )
        raise FakeAPIError(code, f"Invalid {param.name} {value!r}; allowed: {allowed}")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return
    if param.name in _SIZE_PARAMS:
        maximum = size_maximum(param)
        if value < 1 or (maximum is not None and value > maximum):
            bound = f" (1-{maximum})" if maximum is not None else ""
            raise FakeAPIError(
                ErrorCode.PAGE_SIZE_EXCEEDED, f"{param.name} {value} is out of range{bound}"
            )
        return
    minimum = param.minimum
    paging = info.pagination
    if minimum is None and paging is not None and param.name == paging.position_param:
        minimum = 1 if param.name == "page" else 0
    if minimum is not None and value < minimum:
        raise _invalid(param, f"must be at least {minimum:g}")
    if param.maximum is not None and value > param.maximum:
        raise _invalid(param, f"must be at most {param.maximum:g}")

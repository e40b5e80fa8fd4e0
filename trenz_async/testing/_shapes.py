"""The fields the fake puts in objects the spec leaves open, derived from each operation.

Trenz's search and detail records (and a finished job's `result`) are open objects in
the spec: `{"type": "object"}` with no properties. Rather than a table per resource,
which would not learn a resource added tomorrow, their fields come from what the
operation itself declares:

- an id named after the resource (`product_id` for `/products/search`, `widget_id` for a
  list field `widgets`) and a `title`;
- a field per sort key (`sort=gmv_7d:desc` needs a `gmv_7d` to sort by) and per range
  filter (`min_price` / `max_price` -> `price`);
- every other scalar parameter (`country`, `free_shipping`...), which the synthesizer
  then fills with the request's own value.

A job's `result` holds an `output_url`, a `summary` and the scalar parameters it was
submitted with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._registry import OperationInfo, ParamLocation

Schema = Mapping[str, Any]
Fields = tuple[tuple[str, Schema], ...]

_SCALARS = frozenset({"string", "integer", "number", "boolean"})
# List fields named for their role, not their content: the path names the resource then.
_GENERIC_LISTS = frozenset({"items", "list", "data", "results", "records", "rows", "entries"})
# Path segments that name an action rather than the resource it acts on.
_ACTIONS = frozenset(
    {"search", "list", "detail", "details", "query", "get", "fetch", "lookup", "create",
     "update", "delete", "sync", "check", "precheck", "analyze", "generate", "status"}
)  # fmt: skip
# Parameters that steer a search rather than describe its results.
_CONTROLS = frozenset({"keyword", "keywords", "q", "query", "include", "fields", "sort"})
_RANGE_PREFIXES = ("min_", "max_")
_SORT_PARAM = "sort"


def singular(word: str) -> str:
    """`replies` -> `reply`, `products` -> `product`, `status` stays."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def resource_noun(info: OperationInfo) -> str:
    """What one record of this operation is: `product`, `ad_creative`, `widget`."""
    paging = info.pagination
    if paging is not None and paging.items_field not in _GENERIC_LISTS:
        return singular(paging.items_field)
    segments = [
        segment.replace("-", "_")
        for segment in info.path.strip("/").split("/")
        if segment and not segment.startswith("{")
    ]
    while len(segments) > 1 and segments[-1] in _ACTIONS:
        segments.pop()
    return singular(segments[-1]) if segments else "record"


def record_fields(info: OperationInfo) -> Fields:
    """The fields of one record of `info`'s open objects, in a stable order."""
    fields: dict[str, Schema] = {f"{resource_noun(info)}_id": {"type": "string"}}
    fields["title"] = {"type": "string"}
    paging = info.pagination
    skipped = set(_CONTROLS)
    if paging is not None:
        skipped |= {paging.position_param, paging.size_param or ""}
    for param in info.params:
        if param.name in skipped or param.location is ParamLocation.PATH:
            continue
        if param.json_type not in _SCALARS:
            continue
        if param.name.startswith(_RANGE_PREFIXES):
            fields.setdefault(param.name[4:], {"type": param.json_type})
        else:
            # No enum here: the synthesizer echoes the request's value into same-named fields.
            fields.setdefault(param.name, {"type": param.json_type})
    sort = info.param(_SORT_PARAM)
    for value in (sort.enum or ()) if sort is not None else ():
        field = str(value).split(":", 1)[0]
        fields.setdefault(field, {"type": "number"})
    return tuple(fields.items())


def result_fields(info: OperationInfo, params: Mapping[str, Any]) -> Fields:
    """The fields of a completed job's `result`: its output and what it was asked to do."""
    fields: dict[str, Schema] = {"output_url": {"type": "string"}, "summary": {"type": "string"}}
    for param in info.params:
        if param.name in params and param.json_type in _SCALARS:
            fields.setdefault(param.name, {"type": param.json_type})
    return tuple(fields.items())

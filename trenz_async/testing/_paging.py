"""List responses for the five pagination styles, over a finite, stable result set per query.

A query (the call's parameters minus the paging ones) has a fixed total and fixed items, so
paging through it in any style visits every item once and then ends: page-based styles
answer empty pages past the total, offset past the total gives nothing, and cursors and page
tokens run out (`has_more: false`, an empty next token).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from .._registry import OperationInfo, Pagination, PaginationStyle, Param
from . import _spec
from ._codes import ErrorCode, FakeAPIError
from ._params import size_maximum
from ._shapes import record_fields
from ._spec import Schema
from ._synth import Synthesizer, stable_rng

DEFAULT_PAGE_SIZE = 20
_CACHED_QUERIES = 256
_PAGE_STYLES = frozenset({PaginationStyle.PAGE_SIZE, PaginationStyle.PAGE_LIMIT})
_TOKEN_STYLES = frozenset({PaginationStyle.CURSOR, PaginationStyle.PAGE_TOKEN})
_SORT_PARAM = "sort"


def _fingerprint(params: Mapping[str, Any]) -> str:
    text = json.dumps(params, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()


def _encode_token(fingerprint: str, offset: int) -> str:
    return base64.urlsafe_b64encode(f"{fingerprint}:{offset}".encode()).decode().rstrip("=")


def _decode_token(name: str, token: str, fingerprint: str) -> int:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        owner, _, offset = text.partition(":")
        position = int(offset)
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise FakeAPIError(ErrorCode.INVALID_PARAM, f"Invalid {name}: {token!r}") from exc
    if owner != fingerprint or position < 0:
        raise FakeAPIError(ErrorCode.INVALID_PARAM, f"{name} does not belong to this query")
    return position


def _default(param: Param | None, fallback: int) -> int:
    if param is not None and param.has_default and isinstance(param.default, int):
        return param.default
    return fallback


def _param(info: OperationInfo, name: str | None) -> Param | None:
    return next((p for p in info.params if p.name == name), None)


def _set_path(data: dict[str, Any], dotted: str, value: int) -> dict[str, Any]:
    """Set `value` at a dotted path under `data`; returns the innermost object."""
    *parents, leaf = dotted.split(".")
    node = data
    for key in parents:
        child = node.get(key)
        if not isinstance(child, dict):
            child = node[key] = {}
        node = child
    node[leaf] = value
    return node


class ListPager:
    """Fills a list operation's `data` with one page of its query's items.

    Args:
        seed: the fake's seed.
        list_total: the inclusive range each query's total item count is drawn from.
    """

    def __init__(self, *, seed: int, list_total: tuple[int, int]) -> None:
        self._seed = seed
        self._list_total = list_total
        # Paging re-reads the same query page after page; its items are built once.
        self._cache: OrderedDict[str, list[Any]] = OrderedDict()
        self._lock = threading.Lock()

    def fill(
        self,
        info: OperationInfo,
        params: Mapping[str, Any],
        data: dict[str, Any],
        data_schema: Schema,
    ) -> dict[str, Any]:
        """Put the requested page into `data`; returns the envelope's list extras."""
        paging = info.pagination
        assert paging is not None  # callers only page list operations
        query = {
            k: v for k, v in params.items() if k not in (paging.position_param, paging.size_param)
        }
        fingerprint = _fingerprint({"op": info.operation_id, **query})
        size = self._size(info, paging, params)
        start, page = self._start(info, paging, params, size, fingerprint)
        items = self._items(info, query, fingerprint, data_schema)
        total = len(items)
        chunk = items[start : start + size]
        data[paging.items_field] = chunk
        end = start + len(chunk)
        if paging.total_field is not None:
            holder = _set_path(data, paging.total_field, total)
            if paging.style in _PAGE_STYLES and holder is not data:
                # A `page_info` object next to the total describes the page too.
                described = {"page": page, "page_size": size, "total_page": math.ceil(total / size)}
                holder.update({k: v for k, v in described.items() if k in holder})
        if paging.next_field is not None:
            data[paging.next_field] = _encode_token(fingerprint, end) if end < total else ""
        if paging.has_more_field is not None:
            data[paging.has_more_field] = end < total
        if paging.style in _PAGE_STYLES:
            return {"page": page, "page_size": size, "total": total}
        return {"total": total}

    def _size(self, info: OperationInfo, paging: Pagination, params: Mapping[str, Any]) -> int:
        param = _param(info, paging.size_param)
        maximum = size_maximum(param) if param is not None else None
        fallback = min(DEFAULT_PAGE_SIZE, maximum) if maximum is not None else DEFAULT_PAGE_SIZE
        size = params.get(paging.size_param or "", _default(param, fallback))
        return int(size)

    def _start(
        self,
        info: OperationInfo,
        paging: Pagination,
        params: Mapping[str, Any],
        size: int,
        fingerprint: str,
    ) -> tuple[int, int]:
        """The index of the page's first item, and the page number (1 for non-page styles)."""
        name = paging.position_param
        if paging.style in _PAGE_STYLES:
            page = int(params.get(name, _default(_param(info, name), 1)))
            return (page - 1) * size, page
        if paging.style in _TOKEN_STYLES:
            token = params.get(name)
            return (_decode_token(name, str(token), fingerprint) if token else 0), 1
        return int(params.get(name, _default(_param(info, name), 0))), 1

    def _items(
        self,
        info: OperationInfo,
        query: Mapping[str, Any],
        fingerprint: str,
        data_schema: Schema,
    ) -> list[Any]:
        """Every item of the query, in the order its `sort` asks for."""
        with self._lock:
            cached = self._cache.get(fingerprint)
            if cached is not None:
                self._cache.move_to_end(fingerprint)
                return cached
        items = self._build(info, query, fingerprint, data_schema)
        with self._lock:
            self._cache[fingerprint] = items
            if len(self._cache) > _CACHED_QUERIES:
                self._cache.popitem(last=False)
        return items

    def _build(
        self,
        info: OperationInfo,
        query: Mapping[str, Any],
        fingerprint: str,
        data_schema: Schema,
    ) -> list[Any]:
        paging = info.pagination
        assert paging is not None
        low, high = self._list_total
        total = stable_rng(self._seed, fingerprint, "total").randint(low, high)
        array = _spec.property_schema(data_schema, paging.items_field) or {}
        item_schema: Schema = _spec.resolve(array).get("items") or {}
        echo = {k: v for k, v in query.items() if not isinstance(v, list | dict)}
        singular = paging.items_field.removesuffix("s")
        record = record_fields(info)
        items = [
            Synthesizer(stable_rng(self._seed, fingerprint, index), echo=echo, record=record).value(
                item_schema, singular
            )
            for index in range(total)
        ]
        sort = query.get(_SORT_PARAM)
        if isinstance(sort, str) and ":" in sort:
            field, _, direction = sort.partition(":")
            if all(isinstance(item, dict) and field in item for item in items):
                items.sort(key=lambda item: item[field], reverse=direction == "desc")
        return items

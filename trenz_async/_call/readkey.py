"""Which calls may share an answer, and the canonical text that says two calls are the same.

Two reads are the same request when they name the same operation with the same
parameters as the server applies them, and the same per-request extras. The text is
order-independent (JSON with sorted keys) and has the spec's defaults filled in, so
`search(country="us")` and `search(country="us", page=1)` are one request when page 1 is
the default. Values are compared as they are sent: `10` and `10.0` differ (so do `1` and
`True`); a value that does not encode as JSON makes a call that shares nothing.

What is not in the text, and why:

- the API key: a client (and its `with_options` copies) has one; the read cache adds a
  fingerprint of it to its keys, a fleet's Redis keys carry the key's hash already;
- `timeout` and `max_retries`: they change how long a caller waits, not what the server
  answers, so they do not split a flight (a follower shares the leader's attempts: see
  `payonce`);
- raw or parsed, and how old a stored answer may be: the flight key adds them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._registry import OperationInfo
from .options import RequestOptions

# Reads that must never be shared between callers, by the spec's tag: an upload URL is
# a credential minted for one upload (two uploaders given one URL overwrite each other).
_PER_CALLER_TAGS = frozenset({"File Upload"})


def shareable(info: OperationInfo) -> bool:
    """Whether identical calls of `info` may share one request: a read that is not a job
    submission, whose answer depends on nothing but the request."""
    return info.is_read and not info.is_async and info.tag not in _PER_CALLER_TAGS


def cacheable(info: OperationInfo) -> bool:
    """Whether `info`'s answers may be kept for later calls: a shareable read that costs
    coins. The free one is the task status, whose answer changes until the task ends."""
    return shareable(info) and info.is_paid


_defaults: dict[str, dict[str, Any]] = {}
# One encoder for every key: `json.dumps` with options builds a new one per call.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _spec_defaults(info: OperationInfo) -> dict[str, Any]:
    defaults = _defaults.get(info.operation_id)
    if defaults is None:
        defaults = _defaults[info.operation_id] = {
            param.name: param.default for param in info.params if param.has_default
        }
    return defaults


def request_text(
    info: OperationInfo, wire: Mapping[str, Any], options: RequestOptions | None
) -> str | None:
    """The canonical text of a call, or `None` when it cannot be told apart reliably.

    Args:
        info: the operation.
        wire: its validated parameters under their wire names (`PreparedCall.wire`).
        options: its per-request options; the extras are part of the request.
    """
    defaults = _spec_defaults(info)
    params = {**defaults, **wire} if defaults else wire
    parts: list[Any] = [info.operation_id, params]
    if options is not None and (options.extra_query or options.extra_body or options.extra_headers):
        headers = options.extra_headers
        parts += [
            options.extra_query or {},
            options.extra_body or {},
            # Header names are case-insensitive on the wire.
            sorted((name.lower(), value) for name, value in headers.items()) if headers else [],
        ]
    try:
        return _ENCODER.encode(parts)
    except (TypeError, ValueError, RecursionError):
        return None  # keys of mixed types, a value JSON cannot hold: never shared

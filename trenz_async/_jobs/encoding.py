"""Journal records as text: redacted value by value, then encoded, so every record round-trips.

Both journals (the file's lines and the fleet's Redis hashes) encode records here. The
caller's parameters are walked *before* encoding: every string (dictionary keys
included) loses any API key it holds (`redact_secrets`: the client's registered keys and
anything shaped like `sk_live_...`), and only then is the record serialized. Redacting
the encoded text instead would work on JSON escapes, not on the values: a pattern that
swallows a `\\` before an escaped quote turns a valid record into a broken line.

What "round-trips" means: a record read back holds exactly the parameters that were
journaled, quotes, backslashes, URLs (query strings included: a resuming pipeline
matches them against its inputs), NUL, line and paragraph separators and lone
surrogates alike. There are two exceptions. An API key inside a value comes back as
`[redacted]`, never as itself. A high surrogate followed by a low one (two code points in
a `str`) is JSON's escape pair for one character, so it comes back as that character;
such a string cannot be sent anyway: the client refuses it before the journal sees it.
A value JSON cannot hold (a date, a set) is kept as its `str()`; a tuple comes back as a
list.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._support import redact_secrets

__all__ = ["encode_record", "journal_safe"]


def journal_safe(value: Any) -> Any:
    """`value` with every string redacted and everything JSON cannot hold made text.

    Mappings keep their order; their keys become strings (as `json.dumps` would make
    them), so that records with mixed key types can still be sorted.
    """
    if isinstance(value, str):
        return redact_secrets(value)
    if isinstance(value, bool) or value is None or isinstance(value, int | float):
        return value
    if isinstance(value, Mapping):
        return {_key(key): journal_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [journal_safe(item) for item in value]
    return redact_secrets(str(value))


def encode_record(record: Mapping[str, Any], *, compact: bool = False) -> str:
    """One record as a single line of ASCII JSON (no raw newline or separator can split it).

    Args:
        record: the record; its values are redacted first (`journal_safe`).
        compact: no spaces after separators (the fleet's scripts splice records by
            their first bytes).

    Raises:
        ValueError: the record nests too deep or refers to itself.
    """
    separators = (",", ":") if compact else None
    try:
        # ensure_ascii: U+2028, U+2029 and every other non-ASCII character are escaped,
        # so a line holds no byte a line-splitting reader could break it at.
        return json.dumps(
            journal_safe(record), sort_keys=True, ensure_ascii=True, separators=separators
        )
    except RecursionError:
        raise ValueError("the record nests too deep to journal") from None


def _key(key: Any) -> str:
    if isinstance(key, str):
        return redact_secrets(key)
    if key is None or isinstance(key, bool):
        return json.dumps(key)  # as json.dumps names them: "null", "true", "false"
    return redact_secrets(str(key))

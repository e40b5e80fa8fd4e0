"""Hypothesis strategies shared by the tests: journal parameters that broke journals before.

Both journals (the file and the fleet's Redis) must give back every parameter as it was
journaled, whatever the strings hold; `journaled()` says what that is.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import strategies as st

# What a journal gives back for a string: itself, but any API key in it redacted.
KEY_SHAPE = re.compile(r"sk_(live|test)_[A-Za-z0-9_\-]+")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
TRICKY = [
    '"https://shop.example/p?id=7"',
    'https://cdn.test/v.mp4?X-Amz-Signature=abc&x=\\"',
    "\\",
    '\\"',
    "\\u0022",
    "sk_live_LEAKED0123456789",
    "sk_test_abc-DEF_9",
    "\x00",
    "\u2028",
    "\u2029",
    "\n",
    "\r\n",
    "\r",
    "\ud800",  # a lone surrogate: a str can hold one, and so must the journal
    "\ud800\udc00",  # two lone surrogates that JSON reads back as one character
    "}\n{",
]
TEXT = st.lists(
    st.one_of(st.sampled_from(TRICKY), st.text(st.characters(exclude_categories=()))),
    max_size=6,
).map("".join)
PARAMS = st.dictionaries(
    TEXT,
    st.recursive(
        st.one_of(
            TEXT,
            st.integers(),
            st.floats(allow_nan=False, allow_infinity=False),
            st.booleans(),
            st.none(),
        ),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)
        ),
        max_leaves=8,
    ),
    max_size=5,
)


def journaled(value: Any) -> Any:
    """What a journal gives back for `value`: the same, with API keys in strings redacted.

    One more change, JSON's own: a high surrogate followed by a low one (two code points
    in a Python str) is written as the escape pair that spells one character, so it comes
    back as that character.
    """
    if isinstance(value, str):
        return _joined(KEY_SHAPE.sub("[redacted]", value))
    if isinstance(value, dict):
        return {journaled(key): journaled(item) for key, item in value.items()}
    if isinstance(value, list):
        return [journaled(item) for item in value]
    return value


def unchanged(value: Any) -> bool:
    """No string in `value` holds a key or a surrogate pair: a journal gives it back as it was."""
    text = json.dumps(value, ensure_ascii=False)
    return "sk_" not in text and _PAIR.search(text) is None


def _joined(text: str) -> str:
    # UTF-16 with "surrogatepass" pairs a high and a low surrogate and keeps lone ones.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")

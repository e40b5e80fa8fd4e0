"""Markdown from the registry: the one place spec text becomes documentation.

The spec is untrusted input, and Markdown can carry HTML, links and (with some extensions)
file inclusions. Every string that reaches a generated page goes through one of these
emitters, the way a template engine autoescapes: `prose` keeps the spec's emphasis and
code spans but not its HTML or links, `code` makes inline code that no value can break
out of (Python-Markdown's tables do not split cells on a pipe inside a code span, so
`code` is also a safe table cell), `fence` picks a code fence longer than anything inside,
and `literal` writes values as Python source.
The cost notation (`coins`) is shared by every table so that the README, the guides and
the reference pages say the same thing as `trenz ops`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

# Characters that open raw HTML, entities, links and autorefs (`[text][id]`, which a
# strict build would also fail on when `id` is unknown).
_PROSE_ESCAPES = {"&": "&amp;", "<": "&lt;", "[": "&#91;", "]": "&#93;"}
_PROSE_SPECIAL = re.compile("|".join(re.escape(char) for char in _PROSE_ESCAPES))
_BACKTICKS = re.compile(r"`+")


def prose(text: str) -> str:
    """Spec prose as Markdown: its paragraphs, emphasis and code spans, never its HTML or links."""
    return _PROSE_SPECIAL.sub(lambda match: _PROSE_ESCAPES[match.group()], text.strip())


def one_line(text: str) -> str:
    """Spec prose on one line (for a table cell): whitespace collapsed, pipes escaped."""
    return prose(" ".join(text.split())).replace("|", "\\|")


def code(value: Any) -> str:
    """An inline code span holding `value` exactly, whatever backticks it contains."""
    text = " ".join(str(value).split())
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    ticks = "`" * (longest + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{ticks}{padded}{ticks}"


def fence(source: str, language: str = "python") -> list[str]:
    """A fenced code block around `source`, its fence longer than any backtick run inside."""
    longest = max((len(run) for run in _BACKTICKS.findall(source)), default=0)
    ticks = "`" * max(3, longest + 1)
    return [f"{ticks}{language}", *source.splitlines(), ticks]


def literal(value: Any) -> str:
    """`value` as Python source, strings double-quoted as ruff formats them.

    JSON's string escapes are all valid Python escapes, so `json.dumps` quotes a string
    safely; containers are written item by item.
    """
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{literal(key)}: {literal(item)}" for key, item in value.items()) + "}"
        )
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    raise TypeError(f"no Python literal for {type(value).__name__}")


def table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], *, right: Sequence[int] = ()
) -> list[str]:
    """A Markdown table; `right` lists the columns aligned to the right (numbers)."""
    rule = ["---:" if index in right else "---" for index in range(len(headers))]
    lines = [_row(headers), _row(rule)]
    lines += [_row(row) for row in rows]
    return lines


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def coins(info: Any) -> str:
    """An operation's cost as `trenz ops` writes it: `5`, or `60/130×duration` when priced.

    `tests/docs/test_drift.py` holds the README's table to `trenz ops`'s own output.
    """
    pricing = info.pricing
    if pricing is None:
        return str(info.coin_cost)
    prices = "/".join(str(price) for price in sorted(set(pricing.unit_price_map.values())))
    return f"{prices}×{pricing.quantity_param}"


def pricing(info: Any) -> str:
    """The per-unit formula in words, with the defaults and the fallback."""
    priced = info.pricing
    tiers = ", ".join(
        f"{code(tier)}: {price}" for tier, price in sorted(priced.unit_price_map.items())
    )
    default = priced.estimate({})
    return (
        f"{code(priced.quantity_param)} × the price per unit for {code(priced.tier_param)} "
        f"({tiers} coins). Defaults: {code(priced.tier_param)} = {code(priced.default_tier)}, "
        f"{code(priced.quantity_param)} = {priced.default_quantity}, so {default:,} coins; "
        f"a tier the price map does not know costs {priced.fallback_coin_cost:,} coins."
    )

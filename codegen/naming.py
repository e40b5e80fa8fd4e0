"""Facade names: which `client.<resource>.<method>` an operation gets.

The rule, in one place:
- resource: the tag's last segment, its `N.` numbering dropped, in snake_case
  (`Data/Products` -> `products`, `Content/AI Video` -> `ai_video`), unless
  `RESOURCE_OVERRIDES` names it;
- method: the operationId without the `trenz-` prefix, minus the leading words that
  repeat the resource (singular or plural) or name the product line (`ai`, `social`),
  in snake_case
  (`trenz-products-search` -> `products.search`, `trenz-ads-account-list` ->
  `ad_accounts.list`), unless `METHOD_OVERRIDES` names it.
Two operations that end up with one accessor stop generation, and so does a name the
facade already uses for something else (`check_facade_names`).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable

from codegen.normalize import NormalizeError

RESOURCE_OVERRIDES: dict[str, str] = {
    # Social and Ads management tags are numbered or generic ("Accounts"): prefix them
    # so `social_accounts` and `ad_accounts` do not read like the data resources.
    "Social/1.Account Management": "social_accounts",
    "Social/2.Video Publishing": "social_publishing",
    "Social/3.Video Management": "social_videos",
    "Social/4.Comment Management": "social_comments",
    "Social/5.Analytics": "social_analytics",
    "Social/6.Creation Tools": "social_tools",
    "Social/7.TikTok Shop": "tiktok_shop",
    "Ads/Accounts": "ad_accounts",
    "Ads/Campaigns": "ad_campaigns",
    "Ads/Landing Pages": "ad_pages",
    "Ads/Leads & Reports": "ad_reports",
    "Content/Tools": "ai_tools",
    "Async Tasks": "tasks",
    "File Upload": "uploads",
}

# Leading operationId words that name a product line rather than the action.
PRODUCT_LINE_WORDS = frozenset({"ai", "social"})

# operationId -> method name, where the rule reads badly.
METHOD_OVERRIDES: dict[str, str] = {}

# Keyword arguments every facade method and `client.call()` take after the operation's own
# (openai-python's names, and `cache`; `trenz_async._call.options.RequestOptions` has one
# field each).
REQUEST_OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body", "cache")

# `client.<resource>.with_raw_response.<method>(...)`: a cached property on every resource.
RAW_RESPONSE_ACCESSOR = "with_raw_response"


def words(text: str) -> list[str]:
    """Lower-case words of an identifier-ish string."""
    return [word.lower() for word in re.split(r"[^0-9A-Za-z]+", text) if word]


def resource_name(tag: str) -> str:
    """The facade resource for a tag."""
    if tag in RESOURCE_OVERRIDES:
        return RESOURCE_OVERRIDES[tag]
    last = re.sub(r"^\d+\.", "", tag.rsplit("/", 1)[-1])
    name = "_".join(words(last))
    if not name.isidentifier() or keyword.iskeyword(name):
        # It names a module, a class and a client attribute.
        raise NormalizeError(
            f"tag {tag!r}: resource name {name!r} is not a Python name; add a "
            "RESOURCE_OVERRIDES entry in codegen/naming.py"
        )
    return name


def method_name(operation_id: str, resource: str) -> str:
    """The facade method for an operation inside its resource."""
    if operation_id in METHOD_OVERRIDES:
        return METHOD_OVERRIDES[operation_id]
    resource_words = set(PRODUCT_LINE_WORDS)
    for word in resource.split("_"):
        stem = word[:-1] if word.endswith("s") else word
        resource_words |= {word, stem, stem + "s"}
    parts = words(operation_id.removeprefix("trenz-"))
    while len(parts) > 1 and parts[0] in resource_words:
        parts.pop(0)
    name = "_".join(parts)
    if not name.isidentifier() or keyword.iskeyword(name):
        raise NormalizeError(
            f"{operation_id}: method name {name!r} is not an identifier; add an override"
        )
    return name


def class_name(resource: str) -> str:
    """`ai_video` -> `AiVideoResource`."""
    return "".join(part.capitalize() for part in resource.split("_")) + "Resource"


def raw_class_name(resource: str) -> str:
    """`ai_video` -> `AiVideoResourceWithRawResponse`, the resource's raw-response twin."""
    return class_name(resource) + "WithRawResponse"


def check_facade_names(operation_id: str, method: str, params: Iterable[tuple[str, str]]) -> None:
    """Refuse names the facade already gives another meaning.

    Args:
        operation_id: the operation, for the message.
        method: its facade method name.
        params: (spec name, Python name) of each of its parameters.

    Raises:
        NormalizeError: a parameter named like a per-request option (`timeout`, ...),
            which neither the typed method nor `call()` could tell apart from the option,
            or a method named like the raw-response accessor.
    """
    if method == RAW_RESPONSE_ACCESSOR:
        raise NormalizeError(
            f"{operation_id}: method name {method!r} is the raw-response accessor of every "
            "resource; add a METHOD_OVERRIDES entry in codegen/naming.py"
        )
    for name, python_name in params:
        clash = {name, python_name} & set(REQUEST_OPTIONS)
        if clash:
            raise NormalizeError(
                f"{operation_id}: parameter {name!r} has the name of the per-request option "
                f"{sorted(clash)[0]!r} that every typed method and client.call() take "
                f"({', '.join(REQUEST_OPTIONS)}), so callers could not pass it; until codegen "
                "maps it to another name, leave the operation out "
                "(codegen/excluded_operations.txt)"
            )

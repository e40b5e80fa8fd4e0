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
Two operations that end up with one accessor stop generation.
"""

from __future__ import annotations

import re

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


def words(text: str) -> list[str]:
    """Lower-case words of an identifier-ish string."""
    return [word.lower() for word in re.split(r"[^0-9A-Za-z]+", text) if word]


def resource_name(tag: str) -> str:
    """The facade resource for a tag."""
    if tag in RESOURCE_OVERRIDES:
        return RESOURCE_OVERRIDES[tag]
    last = re.sub(r"^\d+\.", "", tag.rsplit("/", 1)[-1])
    return "_".join(words(last))


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
    if not name.isidentifier():
        raise NormalizeError(
            f"{operation_id}: method name {name!r} is not an identifier; add an override"
        )
    return name


def class_name(resource: str) -> str:
    """`ai_video` -> `AiVideoResource`."""
    return "".join(part.capitalize() for part in resource.split("_")) + "Resource"

# generated from openapi.json by codegen; do not edit
from typing import Literal

PlatformPublishingConfigPrivacy = Literal[
    "FOLLOWER_OF_CREATOR",
    "MUTUAL_FOLLOW_FRIENDS",
    "private",
    "public",
    "PUBLIC_TO_EVERYONE",
    "SELF_ONLY",
    "unlisted",
]

PLATFORM_PUBLISHING_CONFIG_PRIVACY_VALUES: set[PlatformPublishingConfigPrivacy] = {
    "FOLLOWER_OF_CREATOR",
    "MUTUAL_FOLLOW_FRIENDS",
    "private",
    "public",
    "PUBLIC_TO_EVERYONE",
    "SELF_ONLY",
    "unlisted",
}


def check_platform_publishing_config_privacy(
    value: str,
) -> PlatformPublishingConfigPrivacy:
    if value in PLATFORM_PUBLISHING_CONFIG_PRIVACY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLATFORM_PUBLISHING_CONFIG_PRIVACY_VALUES!r}"
    )

# generated from openapi.json by codegen; do not edit
from typing import Literal

SocialAnalyticsShopVideosBodyDateRange = Literal["14d", "30d", "7d"]

SOCIAL_ANALYTICS_SHOP_VIDEOS_BODY_DATE_RANGE_VALUES: set[
    SocialAnalyticsShopVideosBodyDateRange
] = {
    "14d",
    "30d",
    "7d",
}


def check_social_analytics_shop_videos_body_date_range(
    value: str,
) -> SocialAnalyticsShopVideosBodyDateRange:
    if value in SOCIAL_ANALYTICS_SHOP_VIDEOS_BODY_DATE_RANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOCIAL_ANALYTICS_SHOP_VIDEOS_BODY_DATE_RANGE_VALUES!r}"
    )

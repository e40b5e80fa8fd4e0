# generated from openapi.json by codegen; do not edit
from typing import Literal

CreatorsSearchSort = Literal[
    "avg_views:asc",
    "avg_views:desc",
    "engagement:asc",
    "engagement:desc",
    "follower_growth_7d:asc",
    "follower_growth_7d:desc",
    "followers:asc",
    "followers:desc",
    "gmv_30d:asc",
    "gmv_30d:desc",
    "video_gmv_30d:asc",
    "video_gmv_30d:desc",
]

CREATORS_SEARCH_SORT_VALUES: set[CreatorsSearchSort] = {
    "avg_views:asc",
    "avg_views:desc",
    "engagement:asc",
    "engagement:desc",
    "follower_growth_7d:asc",
    "follower_growth_7d:desc",
    "followers:asc",
    "followers:desc",
    "gmv_30d:asc",
    "gmv_30d:desc",
    "video_gmv_30d:asc",
    "video_gmv_30d:desc",
}


def check_creators_search_sort(value: str) -> CreatorsSearchSort:
    if value in CREATORS_SEARCH_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATORS_SEARCH_SORT_VALUES!r}"
    )

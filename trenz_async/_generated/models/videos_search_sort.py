# generated from openapi.json by codegen; do not edit
from typing import Literal

VideosSearchSort = Literal[
    "engagement:asc",
    "engagement:desc",
    "gmv_30d:asc",
    "gmv_30d:desc",
    "launch_time:asc",
    "launch_time:desc",
    "likes:asc",
    "likes:desc",
    "sold_30d:asc",
    "sold_30d:desc",
    "views:asc",
    "views:desc",
]

VIDEOS_SEARCH_SORT_VALUES: set[VideosSearchSort] = {
    "engagement:asc",
    "engagement:desc",
    "gmv_30d:asc",
    "gmv_30d:desc",
    "launch_time:asc",
    "launch_time:desc",
    "likes:asc",
    "likes:desc",
    "sold_30d:asc",
    "sold_30d:desc",
    "views:asc",
    "views:desc",
}


def check_videos_search_sort(value: str) -> VideosSearchSort:
    if value in VIDEOS_SEARCH_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEOS_SEARCH_SORT_VALUES!r}"
    )

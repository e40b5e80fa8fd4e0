# generated from openapi.json by codegen; do not edit
from typing import Literal

LivesSearchSort = Literal[
    "audience:asc",
    "audience:desc",
    "gmv:asc",
    "gmv:desc",
    "peak_audience:asc",
    "peak_audience:desc",
    "sold:asc",
    "sold:desc",
    "start_time:asc",
    "start_time:desc",
]

LIVES_SEARCH_SORT_VALUES: set[LivesSearchSort] = {
    "audience:asc",
    "audience:desc",
    "gmv:asc",
    "gmv:desc",
    "peak_audience:asc",
    "peak_audience:desc",
    "sold:asc",
    "sold:desc",
    "start_time:asc",
    "start_time:desc",
}


def check_lives_search_sort(value: str) -> LivesSearchSort:
    if value in LIVES_SEARCH_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVES_SEARCH_SORT_VALUES!r}"
    )

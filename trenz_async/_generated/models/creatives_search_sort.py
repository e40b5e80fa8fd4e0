# generated from openapi.json by codegen; do not edit
from typing import Literal

CreativesSearchSort = Literal[
    "engagement:asc",
    "engagement:desc",
    "gmv:asc",
    "gmv:desc",
    "gpm:asc",
    "gpm:desc",
    "likes:asc",
    "likes:desc",
    "plays:asc",
    "plays:desc",
]

CREATIVES_SEARCH_SORT_VALUES: set[CreativesSearchSort] = {
    "engagement:asc",
    "engagement:desc",
    "gmv:asc",
    "gmv:desc",
    "gpm:asc",
    "gpm:desc",
    "likes:asc",
    "likes:desc",
    "plays:asc",
    "plays:desc",
}


def check_creatives_search_sort(value: str) -> CreativesSearchSort:
    if value in CREATIVES_SEARCH_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATIVES_SEARCH_SORT_VALUES!r}"
    )

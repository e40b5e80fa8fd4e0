# generated from openapi.json by codegen; do not edit
from typing import Literal

AdsSearchSort = Literal[
    "cost:asc",
    "cost:desc",
    "days:asc",
    "days:desc",
    "engagement:asc",
    "engagement:desc",
    "gmv:asc",
    "gmv:desc",
    "views:asc",
    "views:desc",
]

ADS_SEARCH_SORT_VALUES: set[AdsSearchSort] = {
    "cost:asc",
    "cost:desc",
    "days:asc",
    "days:desc",
    "engagement:asc",
    "engagement:desc",
    "gmv:asc",
    "gmv:desc",
    "views:asc",
    "views:desc",
}


def check_ads_search_sort(value: str) -> AdsSearchSort:
    if value in ADS_SEARCH_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADS_SEARCH_SORT_VALUES!r}"
    )

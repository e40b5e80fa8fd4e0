# generated from openapi.json by codegen; do not edit
from typing import Literal

SellersSearchSort = Literal[
    "gmv_7d:asc",
    "gmv_7d:desc",
    "product_count:asc",
    "product_count:desc",
    "rating:asc",
    "rating:desc",
    "sold_7d:asc",
    "sold_7d:desc",
    "total_gmv:asc",
    "total_gmv:desc",
    "total_sold:asc",
    "total_sold:desc",
]

SELLERS_SEARCH_SORT_VALUES: set[SellersSearchSort] = {
    "gmv_7d:asc",
    "gmv_7d:desc",
    "product_count:asc",
    "product_count:desc",
    "rating:asc",
    "rating:desc",
    "sold_7d:asc",
    "sold_7d:desc",
    "total_gmv:asc",
    "total_gmv:desc",
    "total_sold:asc",
    "total_sold:desc",
}


def check_sellers_search_sort(value: str) -> SellersSearchSort:
    if value in SELLERS_SEARCH_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SELLERS_SEARCH_SORT_VALUES!r}"
    )

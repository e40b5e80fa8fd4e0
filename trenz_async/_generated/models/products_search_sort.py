# generated from openapi.json by codegen; do not edit
from typing import Literal

ProductsSearchSort = Literal[
    "daily_sold:asc",
    "daily_sold:desc",
    "gmv_30d:asc",
    "gmv_30d:desc",
    "gmv_7d:asc",
    "gmv_7d:desc",
    "price:asc",
    "price:desc",
    "rating:asc",
    "rating:desc",
    "sold_30d:asc",
    "sold_30d:desc",
    "sold_7d:asc",
    "sold_7d:desc",
]

PRODUCTS_SEARCH_SORT_VALUES: set[ProductsSearchSort] = {
    "daily_sold:asc",
    "daily_sold:desc",
    "gmv_30d:asc",
    "gmv_30d:desc",
    "gmv_7d:asc",
    "gmv_7d:desc",
    "price:asc",
    "price:desc",
    "rating:asc",
    "rating:desc",
    "sold_30d:asc",
    "sold_30d:desc",
    "sold_7d:asc",
    "sold_7d:desc",
}


def check_products_search_sort(value: str) -> ProductsSearchSort:
    if value in PRODUCTS_SEARCH_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCTS_SEARCH_SORT_VALUES!r}"
    )

# generated from openapi.json by codegen; do not edit
from typing import Literal

ProductsSearchCountry = Literal[
    "br",
    "de",
    "es",
    "fr",
    "gb",
    "id",
    "it",
    "jp",
    "mx",
    "my",
    "ph",
    "sg",
    "th",
    "us",
    "vn",
]

PRODUCTS_SEARCH_COUNTRY_VALUES: set[ProductsSearchCountry] = {
    "br",
    "de",
    "es",
    "fr",
    "gb",
    "id",
    "it",
    "jp",
    "mx",
    "my",
    "ph",
    "sg",
    "th",
    "us",
    "vn",
}


def check_products_search_country(value: str) -> ProductsSearchCountry:
    if value in PRODUCTS_SEARCH_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCTS_SEARCH_COUNTRY_VALUES!r}"
    )

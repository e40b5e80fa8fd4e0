# generated from openapi.json by codegen; do not edit
from typing import Literal

ProductsDetailCountry = Literal[
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

PRODUCTS_DETAIL_COUNTRY_VALUES: set[ProductsDetailCountry] = {
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


def check_products_detail_country(value: str) -> ProductsDetailCountry:
    if value in PRODUCTS_DETAIL_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCTS_DETAIL_COUNTRY_VALUES!r}"
    )

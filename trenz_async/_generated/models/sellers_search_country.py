# generated from openapi.json by codegen; do not edit
from typing import Literal

SellersSearchCountry = Literal[
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

SELLERS_SEARCH_COUNTRY_VALUES: set[SellersSearchCountry] = {
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


def check_sellers_search_country(value: str) -> SellersSearchCountry:
    if value in SELLERS_SEARCH_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SELLERS_SEARCH_COUNTRY_VALUES!r}"
    )

# generated from openapi.json by codegen; do not edit
from typing import Literal

SellersDetailCountry = Literal[
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

SELLERS_DETAIL_COUNTRY_VALUES: set[SellersDetailCountry] = {
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


def check_sellers_detail_country(value: str) -> SellersDetailCountry:
    if value in SELLERS_DETAIL_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SELLERS_DETAIL_COUNTRY_VALUES!r}"
    )

# generated from openapi.json by codegen; do not edit
from typing import Literal

CreativesSearchCountry = Literal[
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

CREATIVES_SEARCH_COUNTRY_VALUES: set[CreativesSearchCountry] = {
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


def check_creatives_search_country(value: str) -> CreativesSearchCountry:
    if value in CREATIVES_SEARCH_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATIVES_SEARCH_COUNTRY_VALUES!r}"
    )

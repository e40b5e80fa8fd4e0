# generated from openapi.json by codegen; do not edit
from typing import Literal

LivesSearchCountry = Literal[
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

LIVES_SEARCH_COUNTRY_VALUES: set[LivesSearchCountry] = {
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


def check_lives_search_country(value: str) -> LivesSearchCountry:
    if value in LIVES_SEARCH_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVES_SEARCH_COUNTRY_VALUES!r}"
    )

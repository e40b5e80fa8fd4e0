# generated from openapi.json by codegen; do not edit
from typing import Literal

CreatorsSearchCountry = Literal[
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

CREATORS_SEARCH_COUNTRY_VALUES: set[CreatorsSearchCountry] = {
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


def check_creators_search_country(value: str) -> CreatorsSearchCountry:
    if value in CREATORS_SEARCH_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATORS_SEARCH_COUNTRY_VALUES!r}"
    )

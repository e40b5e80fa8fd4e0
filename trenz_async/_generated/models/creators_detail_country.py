# generated from openapi.json by codegen; do not edit
from typing import Literal

CreatorsDetailCountry = Literal[
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

CREATORS_DETAIL_COUNTRY_VALUES: set[CreatorsDetailCountry] = {
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


def check_creators_detail_country(value: str) -> CreatorsDetailCountry:
    if value in CREATORS_DETAIL_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATORS_DETAIL_COUNTRY_VALUES!r}"
    )

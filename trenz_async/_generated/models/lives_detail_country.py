# generated from openapi.json by codegen; do not edit
from typing import Literal

LivesDetailCountry = Literal[
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

LIVES_DETAIL_COUNTRY_VALUES: set[LivesDetailCountry] = {
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


def check_lives_detail_country(value: str) -> LivesDetailCountry:
    if value in LIVES_DETAIL_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVES_DETAIL_COUNTRY_VALUES!r}"
    )

# generated from openapi.json by codegen; do not edit
from typing import Literal

CreativeDetailCountry = Literal[
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

CREATIVE_DETAIL_COUNTRY_VALUES: set[CreativeDetailCountry] = {
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


def check_creative_detail_country(value: str) -> CreativeDetailCountry:
    if value in CREATIVE_DETAIL_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATIVE_DETAIL_COUNTRY_VALUES!r}"
    )

# generated from openapi.json by codegen; do not edit
from typing import Literal

AdsSearchCountry = Literal[
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

ADS_SEARCH_COUNTRY_VALUES: set[AdsSearchCountry] = {
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


def check_ads_search_country(value: str) -> AdsSearchCountry:
    if value in ADS_SEARCH_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADS_SEARCH_COUNTRY_VALUES!r}"
    )

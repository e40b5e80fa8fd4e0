# generated from openapi.json by codegen; do not edit
from typing import Literal

AdCreativeDetailCountry = Literal[
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

AD_CREATIVE_DETAIL_COUNTRY_VALUES: set[AdCreativeDetailCountry] = {
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


def check_ad_creative_detail_country(value: str) -> AdCreativeDetailCountry:
    if value in AD_CREATIVE_DETAIL_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AD_CREATIVE_DETAIL_COUNTRY_VALUES!r}"
    )

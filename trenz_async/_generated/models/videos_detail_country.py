# generated from openapi.json by codegen; do not edit
from typing import Literal

VideosDetailCountry = Literal[
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

VIDEOS_DETAIL_COUNTRY_VALUES: set[VideosDetailCountry] = {
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


def check_videos_detail_country(value: str) -> VideosDetailCountry:
    if value in VIDEOS_DETAIL_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEOS_DETAIL_COUNTRY_VALUES!r}"
    )

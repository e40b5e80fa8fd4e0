# generated from openapi.json by codegen; do not edit
from typing import Literal

VideosSearchCountry = Literal[
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

VIDEOS_SEARCH_COUNTRY_VALUES: set[VideosSearchCountry] = {
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


def check_videos_search_country(value: str) -> VideosSearchCountry:
    if value in VIDEOS_SEARCH_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEOS_SEARCH_COUNTRY_VALUES!r}"
    )

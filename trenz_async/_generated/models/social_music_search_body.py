# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialMusicSearchBody")


@_attrs_define
class SocialMusicSearchBody:
    """
    Attributes:
        country_code (str | Unset): Country code, default US
        date_range (str | Unset): Time range: 1DAY/7DAY/30DAY
        genre (str | Unset): Music type
        keyword (str | Unset): Search keyword
        limit (int | Unset): Page size, max 100
        page (int | Unset): Page number
    """

    country_code: str | Unset = UNSET
    date_range: str | Unset = UNSET
    genre: str | Unset = UNSET
    keyword: str | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        date_range = self.date_range

        genre = self.genre

        keyword = self.keyword

        limit = self.limit

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if date_range is not UNSET:
            field_dict["date_range"] = date_range
        if genre is not UNSET:
            field_dict["genre"] = genre
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code", UNSET)

        date_range = d.pop("date_range", UNSET)

        genre = d.pop("genre", UNSET)

        keyword = d.pop("keyword", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        social_music_search_body = cls(
            country_code=country_code,
            date_range=date_range,
            genre=genre,
            keyword=keyword,
            limit=limit,
            page=page,
        )

        social_music_search_body.additional_properties = d
        return social_music_search_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialMusicRecentlyUsedBody")


@_attrs_define
class SocialMusicRecentlyUsedBody:
    """
    Attributes:
        keyword (str | Unset): Search keyword
        limit (int | Unset): Page size
        page (int | Unset): Page number
        platform_account_id (int | Unset): Filter account
    """

    keyword: str | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    platform_account_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        limit = self.limit

        page = self.page

        platform_account_id = self.platform_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if platform_account_id is not UNSET:
            field_dict["platform_account_id"] = platform_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keyword = d.pop("keyword", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        platform_account_id = d.pop("platform_account_id", UNSET)

        social_music_recently_used_body = cls(
            keyword=keyword,
            limit=limit,
            page=page,
            platform_account_id=platform_account_id,
        )

        social_music_recently_used_body.additional_properties = d
        return social_music_recently_used_body

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

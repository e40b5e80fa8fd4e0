# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialPlatformVideosFilter")


@_attrs_define
class SocialPlatformVideosFilter:
    """Filters (click to expand for details)

    Attributes:
        published_after (int | Unset): Publish time start (Unix timestamp)
        published_before (int | Unset): Publish time end (Unix timestamp)
        search_keyword (str | Unset): Search keyword
        sort_by (str | Unset): Sort field
        sort_order (str | Unset): Sort direction (asc/desc)
    """

    published_after: int | Unset = UNSET
    published_before: int | Unset = UNSET
    search_keyword: str | Unset = UNSET
    sort_by: str | Unset = UNSET
    sort_order: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        published_after = self.published_after

        published_before = self.published_before

        search_keyword = self.search_keyword

        sort_by = self.sort_by

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if published_after is not UNSET:
            field_dict["published_after"] = published_after
        if published_before is not UNSET:
            field_dict["published_before"] = published_before
        if search_keyword is not UNSET:
            field_dict["search_keyword"] = search_keyword
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        published_after = d.pop("published_after", UNSET)

        published_before = d.pop("published_before", UNSET)

        search_keyword = d.pop("search_keyword", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        social_platform_videos_filter = cls(
            published_after=published_after,
            published_before=published_before,
            search_keyword=search_keyword,
            sort_by=sort_by,
            sort_order=sort_order,
        )

        social_platform_videos_filter.additional_properties = d
        return social_platform_videos_filter

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

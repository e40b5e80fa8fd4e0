# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsShopVideoDetailVideo")


@_attrs_define
class SocialAnalyticsShopVideoDetailVideo:
    """
    Attributes:
        cover_url (str | Unset):
        platform_video_id (str | Unset):
        video_title (str | Unset):
    """

    cover_url: str | Unset = UNSET
    platform_video_id: str | Unset = UNSET
    video_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cover_url = self.cover_url

        platform_video_id = self.platform_video_id

        video_title = self.video_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if platform_video_id is not UNSET:
            field_dict["platform_video_id"] = platform_video_id
        if video_title is not UNSET:
            field_dict["video_title"] = video_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cover_url = d.pop("cover_url", UNSET)

        platform_video_id = d.pop("platform_video_id", UNSET)

        video_title = d.pop("video_title", UNSET)

        social_analytics_shop_video_detail_video = cls(
            cover_url=cover_url,
            platform_video_id=platform_video_id,
            video_title=video_title,
        )

        social_analytics_shop_video_detail_video.additional_properties = d
        return social_analytics_shop_video_detail_video

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

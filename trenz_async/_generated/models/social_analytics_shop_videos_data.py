# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_analytics_shop_videos_video import (
        SocialAnalyticsShopVideosVideo,
    )


T = TypeVar("T", bound="SocialAnalyticsShopVideosData")


@_attrs_define
class SocialAnalyticsShopVideosData:
    """
    Attributes:
        total_count (int | Unset):
        videos (list[SocialAnalyticsShopVideosVideo] | Unset):
    """

    total_count: int | Unset = UNSET
    videos: list[SocialAnalyticsShopVideosVideo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_analytics_shop_videos_video import (
            SocialAnalyticsShopVideosVideo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        _videos = d.pop("videos", UNSET)
        videos: list[SocialAnalyticsShopVideosVideo] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = SocialAnalyticsShopVideosVideo.from_dict(videos_item_data)

                videos.append(videos_item)

        social_analytics_shop_videos_data = cls(
            total_count=total_count,
            videos=videos,
        )

        social_analytics_shop_videos_data.additional_properties = d
        return social_analytics_shop_videos_data

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_platform_videos_video import SocialPlatformVideosVideo


T = TypeVar("T", bound="SocialPlatformVideosData")


@_attrs_define
class SocialPlatformVideosData:
    """
    Attributes:
        last_synced_at (int | Unset):
        limit (int | Unset):
        page (int | Unset):
        total_count (int | Unset):
        videos (list[SocialPlatformVideosVideo] | Unset):
    """

    last_synced_at: int | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    total_count: int | Unset = UNSET
    videos: list[SocialPlatformVideosVideo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_synced_at = self.last_synced_at

        limit = self.limit

        page = self.page

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
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_platform_videos_video import SocialPlatformVideosVideo  # noqa: PLC0415

        d = dict(src_dict)
        last_synced_at = d.pop("last_synced_at", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        total_count = d.pop("total_count", UNSET)

        _videos = d.pop("videos", UNSET)
        videos: list[SocialPlatformVideosVideo] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = SocialPlatformVideosVideo.from_dict(videos_item_data)

                videos.append(videos_item)

        social_platform_videos_data = cls(
            last_synced_at=last_synced_at,
            limit=limit,
            page=page,
            total_count=total_count,
            videos=videos,
        )

        social_platform_videos_data.additional_properties = d
        return social_platform_videos_data

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_platform_videos_video_metrics import (
        SocialPlatformVideosVideoMetrics,
    )


T = TypeVar("T", bound="SocialPlatformVideosVideo")


@_attrs_define
class SocialPlatformVideosVideo:
    """
    Attributes:
        cover_url (str | Unset):
        duration (float | Unset): Video duration (seconds)
        media_type (str | Unset): Media type
        metrics (SocialPlatformVideosVideoMetrics | Unset):
        metrics_updated_at (int | Unset): Metric updated at (Unix timestamp)
        platform (str | Unset):
        platform_url (str | Unset):
        platform_video_id (str | Unset):
        publication_id (int | Unset):
        published_at (int | Unset):
        video_id (int | Unset):
        video_title (str | Unset):
    """

    cover_url: str | Unset = UNSET
    duration: float | Unset = UNSET
    media_type: str | Unset = UNSET
    metrics: SocialPlatformVideosVideoMetrics | Unset = UNSET
    metrics_updated_at: int | Unset = UNSET
    platform: str | Unset = UNSET
    platform_url: str | Unset = UNSET
    platform_video_id: str | Unset = UNSET
    publication_id: int | Unset = UNSET
    published_at: int | Unset = UNSET
    video_id: int | Unset = UNSET
    video_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cover_url = self.cover_url

        duration = self.duration

        media_type = self.media_type

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        metrics_updated_at = self.metrics_updated_at

        platform = self.platform

        platform_url = self.platform_url

        platform_video_id = self.platform_video_id

        publication_id = self.publication_id

        published_at = self.published_at

        video_id = self.video_id

        video_title = self.video_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_updated_at is not UNSET:
            field_dict["metrics_updated_at"] = metrics_updated_at
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_url is not UNSET:
            field_dict["platform_url"] = platform_url
        if platform_video_id is not UNSET:
            field_dict["platform_video_id"] = platform_video_id
        if publication_id is not UNSET:
            field_dict["publication_id"] = publication_id
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if video_title is not UNSET:
            field_dict["video_title"] = video_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_platform_videos_video_metrics import (
            SocialPlatformVideosVideoMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cover_url = d.pop("cover_url", UNSET)

        duration = d.pop("duration", UNSET)

        media_type = d.pop("media_type", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: SocialPlatformVideosVideoMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = SocialPlatformVideosVideoMetrics.from_dict(_metrics)

        metrics_updated_at = d.pop("metrics_updated_at", UNSET)

        platform = d.pop("platform", UNSET)

        platform_url = d.pop("platform_url", UNSET)

        platform_video_id = d.pop("platform_video_id", UNSET)

        publication_id = d.pop("publication_id", UNSET)

        published_at = d.pop("published_at", UNSET)

        video_id = d.pop("video_id", UNSET)

        video_title = d.pop("video_title", UNSET)

        social_platform_videos_video = cls(
            cover_url=cover_url,
            duration=duration,
            media_type=media_type,
            metrics=metrics,
            metrics_updated_at=metrics_updated_at,
            platform=platform,
            platform_url=platform_url,
            platform_video_id=platform_video_id,
            publication_id=publication_id,
            published_at=published_at,
            video_id=video_id,
            video_title=video_title,
        )

        social_platform_videos_video.additional_properties = d
        return social_platform_videos_video

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

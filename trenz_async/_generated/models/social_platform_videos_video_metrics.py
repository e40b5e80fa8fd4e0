# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialPlatformVideosVideoMetrics")


@_attrs_define
class SocialPlatformVideosVideoMetrics:
    """
    Attributes:
        comment_count (int | Unset):
        like_count (int | Unset):
        play_count (int | Unset):
        share_count (int | Unset):
    """

    comment_count: int | Unset = UNSET
    like_count: int | Unset = UNSET
    play_count: int | Unset = UNSET
    share_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment_count = self.comment_count

        like_count = self.like_count

        play_count = self.play_count

        share_count = self.share_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment_count is not UNSET:
            field_dict["comment_count"] = comment_count
        if like_count is not UNSET:
            field_dict["like_count"] = like_count
        if play_count is not UNSET:
            field_dict["play_count"] = play_count
        if share_count is not UNSET:
            field_dict["share_count"] = share_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment_count = d.pop("comment_count", UNSET)

        like_count = d.pop("like_count", UNSET)

        play_count = d.pop("play_count", UNSET)

        share_count = d.pop("share_count", UNSET)

        social_platform_videos_video_metrics = cls(
            comment_count=comment_count,
            like_count=like_count,
            play_count=play_count,
            share_count=share_count,
        )

        social_platform_videos_video_metrics.additional_properties = d
        return social_platform_videos_video_metrics

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

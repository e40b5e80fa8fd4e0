# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoTalkingPhotoBody")


@_attrs_define
class VideoTalkingPhotoBody:
    """
    Attributes:
        long_limit (int | Unset): Long script character limit Default: 750.
        short_limit (int | Unset): Short script character limit Default: 150.
        url (str | Unset): Person photo URL (any publicly accessible image URL is supported)
        video_script_content (str | Unset): Voiceover script content
    """

    long_limit: int | Unset = 750
    short_limit: int | Unset = 150
    url: str | Unset = UNSET
    video_script_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        long_limit = self.long_limit

        short_limit = self.short_limit

        url = self.url

        video_script_content = self.video_script_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if long_limit is not UNSET:
            field_dict["long_limit"] = long_limit
        if short_limit is not UNSET:
            field_dict["short_limit"] = short_limit
        if url is not UNSET:
            field_dict["url"] = url
        if video_script_content is not UNSET:
            field_dict["video_script_content"] = video_script_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        long_limit = d.pop("long_limit", UNSET)

        short_limit = d.pop("short_limit", UNSET)

        url = d.pop("url", UNSET)

        video_script_content = d.pop("video_script_content", UNSET)

        video_talking_photo_body = cls(
            long_limit=long_limit,
            short_limit=short_limit,
            url=url,
            video_script_content=video_script_content,
        )

        video_talking_photo_body.additional_properties = d
        return video_talking_photo_body

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

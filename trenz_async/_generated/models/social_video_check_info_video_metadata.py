# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialVideoCheckInfoVideoMetadata")


@_attrs_define
class SocialVideoCheckInfoVideoMetadata:
    """
    Attributes:
        bit_rate (int | Unset): Bitrate (bps)
        codec_name (str | Unset):
        duration (float | Unset):
        file_size (int | Unset):
        frame_rate (float | Unset):
        height (int | Unset):
        width (int | Unset):
    """

    bit_rate: int | Unset = UNSET
    codec_name: str | Unset = UNSET
    duration: float | Unset = UNSET
    file_size: int | Unset = UNSET
    frame_rate: float | Unset = UNSET
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bit_rate = self.bit_rate

        codec_name = self.codec_name

        duration = self.duration

        file_size = self.file_size

        frame_rate = self.frame_rate

        height = self.height

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bit_rate is not UNSET:
            field_dict["bit_rate"] = bit_rate
        if codec_name is not UNSET:
            field_dict["codec_name"] = codec_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bit_rate = d.pop("bit_rate", UNSET)

        codec_name = d.pop("codec_name", UNSET)

        duration = d.pop("duration", UNSET)

        file_size = d.pop("file_size", UNSET)

        frame_rate = d.pop("frame_rate", UNSET)

        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        social_video_check_info_video_metadata = cls(
            bit_rate=bit_rate,
            codec_name=codec_name,
            duration=duration,
            file_size=file_size,
            frame_rate=frame_rate,
            height=height,
            width=width,
        )

        social_video_check_info_video_metadata.additional_properties = d
        return social_video_check_info_video_metadata

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

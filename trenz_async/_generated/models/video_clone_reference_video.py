# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoCloneReferenceVideo")


@_attrs_define
class VideoCloneReferenceVideo:
    """Reference video (TikTok or uploaded, click to expand for details)

    Attributes:
        country_code (str | Unset): Country code
        os_bucket (str | Unset): Bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the
            'General' category; one of `bucket_name` or `video_id` is required)
        os_key (str | Unset): Object key (the `object_key` returned by 'Generate Presigned Upload URL' under the
            'General' category; one of `object_key` or `video_id` is required)
        storage_type (str | Unset): Storage type Default: 'tos'.
        video_id (str | Unset): TikTok video ID
    """

    country_code: str | Unset = UNSET
    os_bucket: str | Unset = UNSET
    os_key: str | Unset = UNSET
    storage_type: str | Unset = "tos"
    video_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        os_bucket = self.os_bucket

        os_key = self.os_key

        storage_type = self.storage_type

        video_id = self.video_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if os_bucket is not UNSET:
            field_dict["os_bucket"] = os_bucket
        if os_key is not UNSET:
            field_dict["os_key"] = os_key
        if storage_type is not UNSET:
            field_dict["storage_type"] = storage_type
        if video_id is not UNSET:
            field_dict["video_id"] = video_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code", UNSET)

        os_bucket = d.pop("os_bucket", UNSET)

        os_key = d.pop("os_key", UNSET)

        storage_type = d.pop("storage_type", UNSET)

        video_id = d.pop("video_id", UNSET)

        video_clone_reference_video = cls(
            country_code=country_code,
            os_bucket=os_bucket,
            os_key=os_key,
            storage_type=storage_type,
            video_id=video_id,
        )

        video_clone_reference_video.additional_properties = d
        return video_clone_reference_video

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SocialVideoCheckInfoBody")


@_attrs_define
class SocialVideoCheckInfoBody:
    """
    Attributes:
        bucket_name (str): Bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the 'General'
            category)
        object_key (str): Object key (the `object_key` returned by 'Generate Presigned Upload URL' under the 'General'
            category)
    """

    bucket_name: str
    object_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        object_key = self.object_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_name": bucket_name,
                "object_key": object_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_name = d.pop("bucket_name")

        object_key = d.pop("object_key")

        social_video_check_info_body = cls(
            bucket_name=bucket_name,
            object_key=object_key,
        )

        social_video_check_info_body.additional_properties = d
        return social_video_check_info_body

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

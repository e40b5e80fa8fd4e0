# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoCloneProductImage")


@_attrs_define
class VideoCloneProductImage:
    """Product image info (click to expand for details)

    Attributes:
        os_bucket (str): Bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the 'General'
            category)
        os_key (str): Object key (the `object_key` returned by 'Generate Presigned Upload URL' under the 'General'
            category)
        storage_type (str | Unset): Storage type (s3/tos) Default: 'tos'.
    """

    os_bucket: str
    os_key: str
    storage_type: str | Unset = "tos"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_bucket = self.os_bucket

        os_key = self.os_key

        storage_type = self.storage_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "os_bucket": os_bucket,
                "os_key": os_key,
            }
        )
        if storage_type is not UNSET:
            field_dict["storage_type"] = storage_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        os_bucket = d.pop("os_bucket")

        os_key = d.pop("os_key")

        storage_type = d.pop("storage_type", UNSET)

        video_clone_product_image = cls(
            os_bucket=os_bucket,
            os_key=os_key,
            storage_type=storage_type,
        )

        video_clone_product_image.additional_properties = d
        return video_clone_product_image

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

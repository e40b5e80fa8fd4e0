# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SocialPublishUploadMediaItem")


@_attrs_define
class SocialPublishUploadMediaItem:
    """
    Attributes:
        bucket_key (str): Object key
        bucket_name (str): Bucket name
        order (int): Sort index
    """

    bucket_key: str
    bucket_name: str
    order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_key = self.bucket_key

        bucket_name = self.bucket_name

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_key": bucket_key,
                "bucket_name": bucket_name,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_key = d.pop("bucket_key")

        bucket_name = d.pop("bucket_name")

        order = d.pop("order")

        social_publish_upload_media_item = cls(
            bucket_key=bucket_key,
            bucket_name=bucket_name,
            order=order,
        )

        social_publish_upload_media_item.additional_properties = d
        return social_publish_upload_media_item

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

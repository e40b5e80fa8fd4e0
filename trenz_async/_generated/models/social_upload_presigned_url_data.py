# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialUploadPresignedUrlData")


@_attrs_define
class SocialUploadPresignedUrlData:
    """
    Attributes:
        cdn_url (str | Unset): CDN URL
        object_key (str | Unset): S3 object key
        presigned_url (str | Unset): Presigned upload URL
        s3_bucket (str | Unset): S3 bucket name
    """

    cdn_url: str | Unset = UNSET
    object_key: str | Unset = UNSET
    presigned_url: str | Unset = UNSET
    s3_bucket: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cdn_url = self.cdn_url

        object_key = self.object_key

        presigned_url = self.presigned_url

        s3_bucket = self.s3_bucket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cdn_url is not UNSET:
            field_dict["cdn_url"] = cdn_url
        if object_key is not UNSET:
            field_dict["object_key"] = object_key
        if presigned_url is not UNSET:
            field_dict["presigned_url"] = presigned_url
        if s3_bucket is not UNSET:
            field_dict["s3_bucket"] = s3_bucket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cdn_url = d.pop("cdn_url", UNSET)

        object_key = d.pop("object_key", UNSET)

        presigned_url = d.pop("presigned_url", UNSET)

        s3_bucket = d.pop("s3_bucket", UNSET)

        social_upload_presigned_url_data = cls(
            cdn_url=cdn_url,
            object_key=object_key,
            presigned_url=presigned_url,
            s3_bucket=s3_bucket,
        )

        social_upload_presigned_url_data.additional_properties = d
        return social_upload_presigned_url_data

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

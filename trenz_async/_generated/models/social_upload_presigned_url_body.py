# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialUploadPresignedUrlBody")


@_attrs_define
class SocialUploadPresignedUrlBody:
    """
    Attributes:
        file_name (str): File name (with extension)
        content_type (str | Unset): MIME type, e.g. image/jpeg
        expires_in (int | Unset): Expiration time (seconds), default 3600
        region (str | Unset): Storage region: tos or aws, default tos
    """

    file_name: str
    content_type: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        content_type = self.content_type

        expires_in = self.expires_in

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_name": file_name,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name")

        content_type = d.pop("content_type", UNSET)

        expires_in = d.pop("expires_in", UNSET)

        region = d.pop("region", UNSET)

        social_upload_presigned_url_body = cls(
            file_name=file_name,
            content_type=content_type,
            expires_in=expires_in,
            region=region,
        )

        social_upload_presigned_url_body.additional_properties = d
        return social_upload_presigned_url_body

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

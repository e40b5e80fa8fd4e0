# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialVideoDetailBody")


@_attrs_define
class SocialVideoDetailBody:
    """
    Attributes:
        video_id (int): Video ID
        include_presigned_url (bool | Unset): Whether to include presigned URL
    """

    video_id: int
    include_presigned_url: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        include_presigned_url = self.include_presigned_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
            }
        )
        if include_presigned_url is not UNSET:
            field_dict["include_presigned_url"] = include_presigned_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_id = d.pop("video_id")

        include_presigned_url = d.pop("include_presigned_url", UNSET)

        social_video_detail_body = cls(
            video_id=video_id,
            include_presigned_url=include_presigned_url,
        )

        social_video_detail_body.additional_properties = d
        return social_video_detail_body

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialVideoDetailVideo")


@_attrs_define
class SocialVideoDetailVideo:
    """
    Attributes:
        aspect_ratio (str | Unset):
        content_type (str | Unset):
        description (str | Unset):
        duration (float | Unset):
        file_size (int | Unset):
        id (int | Unset):
        status (str | Unset):
        title (str | Unset):
    """

    aspect_ratio: str | Unset = UNSET
    content_type: str | Unset = UNSET
    description: str | Unset = UNSET
    duration: float | Unset = UNSET
    file_size: int | Unset = UNSET
    id: int | Unset = UNSET
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio = self.aspect_ratio

        content_type = self.content_type

        description = self.description

        duration = self.duration

        file_size = self.file_size

        id = self.id

        status = self.status

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if description is not UNSET:
            field_dict["description"] = description
        if duration is not UNSET:
            field_dict["duration"] = duration
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aspect_ratio = d.pop("aspect_ratio", UNSET)

        content_type = d.pop("content_type", UNSET)

        description = d.pop("description", UNSET)

        duration = d.pop("duration", UNSET)

        file_size = d.pop("file_size", UNSET)

        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        social_video_detail_video = cls(
            aspect_ratio=aspect_ratio,
            content_type=content_type,
            description=description,
            duration=duration,
            file_size=file_size,
            id=id,
            status=status,
            title=title,
        )

        social_video_detail_video.additional_properties = d
        return social_video_detail_video

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMaterialSearchItem")


@_attrs_define
class AiMaterialSearchItem:
    """
    Attributes:
        duration (float | Unset):
        height (int | Unset):
        id (str | Unset):
        media_type (str | Unset):
        preview_url (str | Unset):
        source (str | Unset):
        thumbnail_url (str | Unset):
        title (str | Unset):
        width (int | Unset):
    """

    duration: float | Unset = UNSET
    height: int | Unset = UNSET
    id: str | Unset = UNSET
    media_type: str | Unset = UNSET
    preview_url: str | Unset = UNSET
    source: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    title: str | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        height = self.height

        id = self.id

        media_type = self.media_type

        preview_url = self.preview_url

        source = self.source

        thumbnail_url = self.thumbnail_url

        title = self.title

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if height is not UNSET:
            field_dict["height"] = height
        if id is not UNSET:
            field_dict["id"] = id
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if source is not UNSET:
            field_dict["source"] = source
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if title is not UNSET:
            field_dict["title"] = title
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duration = d.pop("duration", UNSET)

        height = d.pop("height", UNSET)

        id = d.pop("id", UNSET)

        media_type = d.pop("media_type", UNSET)

        preview_url = d.pop("preview_url", UNSET)

        source = d.pop("source", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        title = d.pop("title", UNSET)

        width = d.pop("width", UNSET)

        ai_material_search_item = cls(
            duration=duration,
            height=height,
            id=id,
            media_type=media_type,
            preview_url=preview_url,
            source=source,
            thumbnail_url=thumbnail_url,
            title=title,
            width=width,
        )

        ai_material_search_item.additional_properties = d
        return ai_material_search_item

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

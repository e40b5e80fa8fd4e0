# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiImageSearchItem")


@_attrs_define
class AiImageSearchItem:
    """
    Attributes:
        author (str | Unset):
        description (str | Unset):
        height (int | Unset):
        id (str | Unset):
        source (str | Unset):
        thumbnail_url (str | Unset):
        url (str | Unset):
        width (int | Unset):
    """

    author: str | Unset = UNSET
    description: str | Unset = UNSET
    height: int | Unset = UNSET
    id: str | Unset = UNSET
    source: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    url: str | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author = self.author

        description = self.description

        height = self.height

        id = self.id

        source = self.source

        thumbnail_url = self.thumbnail_url

        url = self.url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if height is not UNSET:
            field_dict["height"] = height
        if id is not UNSET:
            field_dict["id"] = id
        if source is not UNSET:
            field_dict["source"] = source
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author = d.pop("author", UNSET)

        description = d.pop("description", UNSET)

        height = d.pop("height", UNSET)

        id = d.pop("id", UNSET)

        source = d.pop("source", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        url = d.pop("url", UNSET)

        width = d.pop("width", UNSET)

        ai_image_search_item = cls(
            author=author,
            description=description,
            height=height,
            id=id,
            source=source,
            thumbnail_url=thumbnail_url,
            url=url,
            width=width,
        )

        ai_image_search_item.additional_properties = d
        return ai_image_search_item

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiProductDescriptionBody")


@_attrs_define
class AiProductDescriptionBody:
    """At least one of `title`, `category`, or `url` is required

    Attributes:
        category (str | Unset): Product category ID (at least one of `category`, `title`, or `url` is required)
        prompt (str | Unset): Custom prompt
        title (str | Unset): Product name (at least one of `name`, `category`, or `url` is required)
        url (str | Unset): Product image URL (at least one of `product_image_url`, `title`, or `category` is required)
    """

    category: str | Unset = UNSET
    prompt: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        prompt = self.prompt

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category", UNSET)

        prompt = d.pop("prompt", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        ai_product_description_body = cls(
            category=category,
            prompt=prompt,
            title=title,
            url=url,
        )

        ai_product_description_body.additional_properties = d
        return ai_product_description_body

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

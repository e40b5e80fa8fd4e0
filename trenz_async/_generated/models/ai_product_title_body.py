# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiProductTitleBody")


@_attrs_define
class AiProductTitleBody:
    """At least one of `old_title` or `url` is required

    Attributes:
        old_title (str | Unset): Original product title (at least one of `original title` or `url` is required)
        prompt (str | Unset): Custom prompt
        url (str | Unset): Product image URL (at least one of `product_image_url` or `old_title` is required)
    """

    old_title: str | Unset = UNSET
    prompt: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_title = self.old_title

        prompt = self.prompt

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if old_title is not UNSET:
            field_dict["old_title"] = old_title
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        old_title = d.pop("old_title", UNSET)

        prompt = d.pop("prompt", UNSET)

        url = d.pop("url", UNSET)

        ai_product_title_body = cls(
            old_title=old_title,
            prompt=prompt,
            url=url,
        )

        ai_product_title_body.additional_properties = d
        return ai_product_title_body

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_embedding_body_type import (
    AiEmbeddingBodyType,
    check_ai_embedding_body_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiEmbeddingBody")


@_attrs_define
class AiEmbeddingBody:
    """
    Attributes:
        type_ (AiEmbeddingBodyType): Data type, currently only `text` is supported
        text (str | Unset): Text to embed (required when `type=text`)
    """

    type_: AiEmbeddingBodyType
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_ai_embedding_body_type(d.pop("type"))

        text = d.pop("text", UNSET)

        ai_embedding_body = cls(
            type_=type_,
            text=text,
        )

        ai_embedding_body.additional_properties = d
        return ai_embedding_body

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

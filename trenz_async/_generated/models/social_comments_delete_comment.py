# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialCommentsDeleteComment")


@_attrs_define
class SocialCommentsDeleteComment:
    """
    Attributes:
        is_deleted (bool | Unset):
        platform (str | Unset): Platform
        platform_comment_id (str | Unset):
        text (str | Unset): Comment content
    """

    is_deleted: bool | Unset = UNSET
    platform: str | Unset = UNSET
    platform_comment_id: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_deleted = self.is_deleted

        platform = self.platform

        platform_comment_id = self.platform_comment_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_comment_id is not UNSET:
            field_dict["platform_comment_id"] = platform_comment_id
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_deleted = d.pop("is_deleted", UNSET)

        platform = d.pop("platform", UNSET)

        platform_comment_id = d.pop("platform_comment_id", UNSET)

        text = d.pop("text", UNSET)

        social_comments_delete_comment = cls(
            is_deleted=is_deleted,
            platform=platform,
            platform_comment_id=platform_comment_id,
            text=text,
        )

        social_comments_delete_comment.additional_properties = d
        return social_comments_delete_comment

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

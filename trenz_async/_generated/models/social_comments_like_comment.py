# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialCommentsLikeComment")


@_attrs_define
class SocialCommentsLikeComment:
    """
    Attributes:
        is_liked (bool | Unset):
        like_count (int | Unset):
        platform (str | Unset): Platform
        platform_comment_id (str | Unset):
        text (str | Unset): Comment content
    """

    is_liked: bool | Unset = UNSET
    like_count: int | Unset = UNSET
    platform: str | Unset = UNSET
    platform_comment_id: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_liked = self.is_liked

        like_count = self.like_count

        platform = self.platform

        platform_comment_id = self.platform_comment_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_liked is not UNSET:
            field_dict["is_liked"] = is_liked
        if like_count is not UNSET:
            field_dict["like_count"] = like_count
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
        is_liked = d.pop("is_liked", UNSET)

        like_count = d.pop("like_count", UNSET)

        platform = d.pop("platform", UNSET)

        platform_comment_id = d.pop("platform_comment_id", UNSET)

        text = d.pop("text", UNSET)

        social_comments_like_comment = cls(
            is_liked=is_liked,
            like_count=like_count,
            platform=platform,
            platform_comment_id=platform_comment_id,
            text=text,
        )

        social_comments_like_comment.additional_properties = d
        return social_comments_like_comment

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SocialCommentsReplyBody")


@_attrs_define
class SocialCommentsReplyBody:
    """
    Attributes:
        platform_account_id (int): Platform account ID
        platform_comment_id (str): Comment ID
        platform_video_id (str): Platform video ID
        text (str): Reply content
    """

    platform_account_id: int
    platform_comment_id: str
    platform_video_id: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_account_id = self.platform_account_id

        platform_comment_id = self.platform_comment_id

        platform_video_id = self.platform_video_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_account_id": platform_account_id,
                "platform_comment_id": platform_comment_id,
                "platform_video_id": platform_video_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_account_id = d.pop("platform_account_id")

        platform_comment_id = d.pop("platform_comment_id")

        platform_video_id = d.pop("platform_video_id")

        text = d.pop("text")

        social_comments_reply_body = cls(
            platform_account_id=platform_account_id,
            platform_comment_id=platform_comment_id,
            platform_video_id=platform_video_id,
            text=text,
        )

        social_comments_reply_body.additional_properties = d
        return social_comments_reply_body

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

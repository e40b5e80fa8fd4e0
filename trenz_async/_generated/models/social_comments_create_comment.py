# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_comments_create_comment_author import (
        SocialCommentsCreateCommentAuthor,
    )


T = TypeVar("T", bound="SocialCommentsCreateComment")


@_attrs_define
class SocialCommentsCreateComment:
    """
    Attributes:
        author (SocialCommentsCreateCommentAuthor | Unset):
        like_count (int | Unset): Likes
        platform (str | Unset): Platform
        platform_comment_id (str | Unset):
        platform_video_id (str | Unset): Platform video ID
        published_at (int | Unset):
        reply_count (int | Unset): Reply count
        text (str | Unset):
    """

    author: SocialCommentsCreateCommentAuthor | Unset = UNSET
    like_count: int | Unset = UNSET
    platform: str | Unset = UNSET
    platform_comment_id: str | Unset = UNSET
    platform_video_id: str | Unset = UNSET
    published_at: int | Unset = UNSET
    reply_count: int | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        like_count = self.like_count

        platform = self.platform

        platform_comment_id = self.platform_comment_id

        platform_video_id = self.platform_video_id

        published_at = self.published_at

        reply_count = self.reply_count

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if like_count is not UNSET:
            field_dict["like_count"] = like_count
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_comment_id is not UNSET:
            field_dict["platform_comment_id"] = platform_comment_id
        if platform_video_id is not UNSET:
            field_dict["platform_video_id"] = platform_video_id
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if reply_count is not UNSET:
            field_dict["reply_count"] = reply_count
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_comments_create_comment_author import (
            SocialCommentsCreateCommentAuthor,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _author = d.pop("author", UNSET)
        author: SocialCommentsCreateCommentAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = SocialCommentsCreateCommentAuthor.from_dict(_author)

        like_count = d.pop("like_count", UNSET)

        platform = d.pop("platform", UNSET)

        platform_comment_id = d.pop("platform_comment_id", UNSET)

        platform_video_id = d.pop("platform_video_id", UNSET)

        published_at = d.pop("published_at", UNSET)

        reply_count = d.pop("reply_count", UNSET)

        text = d.pop("text", UNSET)

        social_comments_create_comment = cls(
            author=author,
            like_count=like_count,
            platform=platform,
            platform_comment_id=platform_comment_id,
            platform_video_id=platform_video_id,
            published_at=published_at,
            reply_count=reply_count,
            text=text,
        )

        social_comments_create_comment.additional_properties = d
        return social_comments_create_comment

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_comments_managed_replies_reply_author import (
        SocialCommentsManagedRepliesReplyAuthor,
    )


T = TypeVar("T", bound="SocialCommentsManagedRepliesReply")


@_attrs_define
class SocialCommentsManagedRepliesReply:
    """
    Attributes:
        author (SocialCommentsManagedRepliesReplyAuthor | Unset):
        id (int | Unset):
        is_deleted (bool | Unset): Whether deleted
        is_liked (bool | Unset): Whether liked
        like_count (int | Unset):
        platform (str | Unset): Platform
        platform_comment_id (str | Unset):
        published_at (int | Unset):
        text (str | Unset):
    """

    author: SocialCommentsManagedRepliesReplyAuthor | Unset = UNSET
    id: int | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    is_liked: bool | Unset = UNSET
    like_count: int | Unset = UNSET
    platform: str | Unset = UNSET
    platform_comment_id: str | Unset = UNSET
    published_at: int | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        id = self.id

        is_deleted = self.is_deleted

        is_liked = self.is_liked

        like_count = self.like_count

        platform = self.platform

        platform_comment_id = self.platform_comment_id

        published_at = self.published_at

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if id is not UNSET:
            field_dict["id"] = id
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if is_liked is not UNSET:
            field_dict["is_liked"] = is_liked
        if like_count is not UNSET:
            field_dict["like_count"] = like_count
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_comment_id is not UNSET:
            field_dict["platform_comment_id"] = platform_comment_id
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_comments_managed_replies_reply_author import (
            SocialCommentsManagedRepliesReplyAuthor,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _author = d.pop("author", UNSET)
        author: SocialCommentsManagedRepliesReplyAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = SocialCommentsManagedRepliesReplyAuthor.from_dict(_author)

        id = d.pop("id", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        is_liked = d.pop("is_liked", UNSET)

        like_count = d.pop("like_count", UNSET)

        platform = d.pop("platform", UNSET)

        platform_comment_id = d.pop("platform_comment_id", UNSET)

        published_at = d.pop("published_at", UNSET)

        text = d.pop("text", UNSET)

        social_comments_managed_replies_reply = cls(
            author=author,
            id=id,
            is_deleted=is_deleted,
            is_liked=is_liked,
            like_count=like_count,
            platform=platform,
            platform_comment_id=platform_comment_id,
            published_at=published_at,
            text=text,
        )

        social_comments_managed_replies_reply.additional_properties = d
        return social_comments_managed_replies_reply

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_comments_query_comment_author import (
        SocialCommentsQueryCommentAuthor,
    )


T = TypeVar("T", bound="SocialCommentsQueryComment")


@_attrs_define
class SocialCommentsQueryComment:
    """
    Attributes:
        ai_intent (str | Unset): AI intent classification
        ai_priority (str | Unset): AI priority classification
        author (SocialCommentsQueryCommentAuthor | Unset):
        is_deleted (bool | Unset): Whether deleted
        is_hidden (bool | Unset):
        is_liked (bool | Unset): Whether liked
        is_owner_replied (bool | Unset): Whether replied
        is_read (bool | Unset): Whether read
        is_self_comment (bool | Unset): Whether it is the user's own comment
        like_count (int | Unset):
        platform (str | Unset): Platform
        platform_comment_id (str | Unset):
        published_at (int | Unset):
        reply_count (int | Unset):
        text (str | Unset):
    """

    ai_intent: str | Unset = UNSET
    ai_priority: str | Unset = UNSET
    author: SocialCommentsQueryCommentAuthor | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    is_liked: bool | Unset = UNSET
    is_owner_replied: bool | Unset = UNSET
    is_read: bool | Unset = UNSET
    is_self_comment: bool | Unset = UNSET
    like_count: int | Unset = UNSET
    platform: str | Unset = UNSET
    platform_comment_id: str | Unset = UNSET
    published_at: int | Unset = UNSET
    reply_count: int | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_intent = self.ai_intent

        ai_priority = self.ai_priority

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        is_deleted = self.is_deleted

        is_hidden = self.is_hidden

        is_liked = self.is_liked

        is_owner_replied = self.is_owner_replied

        is_read = self.is_read

        is_self_comment = self.is_self_comment

        like_count = self.like_count

        platform = self.platform

        platform_comment_id = self.platform_comment_id

        published_at = self.published_at

        reply_count = self.reply_count

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_intent is not UNSET:
            field_dict["ai_intent"] = ai_intent
        if ai_priority is not UNSET:
            field_dict["ai_priority"] = ai_priority
        if author is not UNSET:
            field_dict["author"] = author
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if is_liked is not UNSET:
            field_dict["is_liked"] = is_liked
        if is_owner_replied is not UNSET:
            field_dict["is_owner_replied"] = is_owner_replied
        if is_read is not UNSET:
            field_dict["is_read"] = is_read
        if is_self_comment is not UNSET:
            field_dict["is_self_comment"] = is_self_comment
        if like_count is not UNSET:
            field_dict["like_count"] = like_count
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_comment_id is not UNSET:
            field_dict["platform_comment_id"] = platform_comment_id
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if reply_count is not UNSET:
            field_dict["reply_count"] = reply_count
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_comments_query_comment_author import (
            SocialCommentsQueryCommentAuthor,  # noqa: PLC0415
        )

        d = dict(src_dict)
        ai_intent = d.pop("ai_intent", UNSET)

        ai_priority = d.pop("ai_priority", UNSET)

        _author = d.pop("author", UNSET)
        author: SocialCommentsQueryCommentAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = SocialCommentsQueryCommentAuthor.from_dict(_author)

        is_deleted = d.pop("is_deleted", UNSET)

        is_hidden = d.pop("is_hidden", UNSET)

        is_liked = d.pop("is_liked", UNSET)

        is_owner_replied = d.pop("is_owner_replied", UNSET)

        is_read = d.pop("is_read", UNSET)

        is_self_comment = d.pop("is_self_comment", UNSET)

        like_count = d.pop("like_count", UNSET)

        platform = d.pop("platform", UNSET)

        platform_comment_id = d.pop("platform_comment_id", UNSET)

        published_at = d.pop("published_at", UNSET)

        reply_count = d.pop("reply_count", UNSET)

        text = d.pop("text", UNSET)

        social_comments_query_comment = cls(
            ai_intent=ai_intent,
            ai_priority=ai_priority,
            author=author,
            is_deleted=is_deleted,
            is_hidden=is_hidden,
            is_liked=is_liked,
            is_owner_replied=is_owner_replied,
            is_read=is_read,
            is_self_comment=is_self_comment,
            like_count=like_count,
            platform=platform,
            platform_comment_id=platform_comment_id,
            published_at=published_at,
            reply_count=reply_count,
            text=text,
        )

        social_comments_query_comment.additional_properties = d
        return social_comments_query_comment

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_comments_replies_reply import SocialCommentsRepliesReply


T = TypeVar("T", bound="SocialCommentsRepliesData")


@_attrs_define
class SocialCommentsRepliesData:
    """
    Attributes:
        has_more (bool | Unset):
        limit (int | Unset):
        next_cursor (str | Unset):
        page (int | Unset):
        replies (list[SocialCommentsRepliesReply] | Unset):
        total_count (int | Unset):
    """

    has_more: bool | Unset = UNSET
    limit: int | Unset = UNSET
    next_cursor: str | Unset = UNSET
    page: int | Unset = UNSET
    replies: list[SocialCommentsRepliesReply] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        limit = self.limit

        next_cursor = self.next_cursor

        page = self.page

        replies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replies, Unset):
            replies = []
            for replies_item_data in self.replies:
                replies_item = replies_item_data.to_dict()
                replies.append(replies_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if limit is not UNSET:
            field_dict["limit"] = limit
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if page is not UNSET:
            field_dict["page"] = page
        if replies is not UNSET:
            field_dict["replies"] = replies
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_comments_replies_reply import SocialCommentsRepliesReply  # noqa: PLC0415

        d = dict(src_dict)
        has_more = d.pop("has_more", UNSET)

        limit = d.pop("limit", UNSET)

        next_cursor = d.pop("next_cursor", UNSET)

        page = d.pop("page", UNSET)

        _replies = d.pop("replies", UNSET)
        replies: list[SocialCommentsRepliesReply] | Unset = UNSET
        if _replies is not UNSET:
            replies = []
            for replies_item_data in _replies:
                replies_item = SocialCommentsRepliesReply.from_dict(replies_item_data)

                replies.append(replies_item)

        total_count = d.pop("total_count", UNSET)

        social_comments_replies_data = cls(
            has_more=has_more,
            limit=limit,
            next_cursor=next_cursor,
            page=page,
            replies=replies,
            total_count=total_count,
        )

        social_comments_replies_data.additional_properties = d
        return social_comments_replies_data

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialCommentsManagedListBody")


@_attrs_define
class SocialCommentsManagedListBody:
    """
    Attributes:
        ai_intent (str | Unset): AI intent filter: purchase/support/feedback/general
        ai_priority (str | Unset): AI priority filter: high/medium/low
        engaged (bool | Unset): Whether interacted
        include_replies (bool | Unset): Whether to include replies
        is_deleted (bool | Unset): Whether deleted
        is_hidden (bool | Unset): Whether hidden
        is_read (bool | Unset): Whether read
        keyword (str | Unset): Search keyword
        limit (int | Unset): Page size Default: 20.
        max_replies (int | Unset): Max replies returned per comment
        page (int | Unset): Page number Default: 1.
        platform_account_ids (list[int] | Unset): Account ID list
        platform_video_id (str | Unset): Video ID (filter comments for a specific video)
        platforms (list[str] | Unset): Platform list
        published_after (int | Unset): Publish time start (Unix timestamp)
        published_before (int | Unset): Publish time end (Unix timestamp)
        sort_by (str | Unset): Sort field
        sort_order (str | Unset): Sort direction asc/desc
        view_mode (str | Unset): View mode
    """

    ai_intent: str | Unset = UNSET
    ai_priority: str | Unset = UNSET
    engaged: bool | Unset = UNSET
    include_replies: bool | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    is_read: bool | Unset = UNSET
    keyword: str | Unset = UNSET
    limit: int | Unset = 20
    max_replies: int | Unset = UNSET
    page: int | Unset = 1
    platform_account_ids: list[int] | Unset = UNSET
    platform_video_id: str | Unset = UNSET
    platforms: list[str] | Unset = UNSET
    published_after: int | Unset = UNSET
    published_before: int | Unset = UNSET
    sort_by: str | Unset = UNSET
    sort_order: str | Unset = UNSET
    view_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_intent = self.ai_intent

        ai_priority = self.ai_priority

        engaged = self.engaged

        include_replies = self.include_replies

        is_deleted = self.is_deleted

        is_hidden = self.is_hidden

        is_read = self.is_read

        keyword = self.keyword

        limit = self.limit

        max_replies = self.max_replies

        page = self.page

        platform_account_ids: list[int] | Unset = UNSET
        if not isinstance(self.platform_account_ids, Unset):
            platform_account_ids = self.platform_account_ids

        platform_video_id = self.platform_video_id

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        published_after = self.published_after

        published_before = self.published_before

        sort_by = self.sort_by

        sort_order = self.sort_order

        view_mode = self.view_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_intent is not UNSET:
            field_dict["ai_intent"] = ai_intent
        if ai_priority is not UNSET:
            field_dict["ai_priority"] = ai_priority
        if engaged is not UNSET:
            field_dict["engaged"] = engaged
        if include_replies is not UNSET:
            field_dict["include_replies"] = include_replies
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if is_read is not UNSET:
            field_dict["is_read"] = is_read
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if limit is not UNSET:
            field_dict["limit"] = limit
        if max_replies is not UNSET:
            field_dict["max_replies"] = max_replies
        if page is not UNSET:
            field_dict["page"] = page
        if platform_account_ids is not UNSET:
            field_dict["platform_account_ids"] = platform_account_ids
        if platform_video_id is not UNSET:
            field_dict["platform_video_id"] = platform_video_id
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if published_after is not UNSET:
            field_dict["published_after"] = published_after
        if published_before is not UNSET:
            field_dict["published_before"] = published_before
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if view_mode is not UNSET:
            field_dict["view_mode"] = view_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_intent = d.pop("ai_intent", UNSET)

        ai_priority = d.pop("ai_priority", UNSET)

        engaged = d.pop("engaged", UNSET)

        include_replies = d.pop("include_replies", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        is_hidden = d.pop("is_hidden", UNSET)

        is_read = d.pop("is_read", UNSET)

        keyword = d.pop("keyword", UNSET)

        limit = d.pop("limit", UNSET)

        max_replies = d.pop("max_replies", UNSET)

        page = d.pop("page", UNSET)

        platform_account_ids = cast(list[int], d.pop("platform_account_ids", UNSET))

        platform_video_id = d.pop("platform_video_id", UNSET)

        platforms = cast(list[str], d.pop("platforms", UNSET))

        published_after = d.pop("published_after", UNSET)

        published_before = d.pop("published_before", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        view_mode = d.pop("view_mode", UNSET)

        social_comments_managed_list_body = cls(
            ai_intent=ai_intent,
            ai_priority=ai_priority,
            engaged=engaged,
            include_replies=include_replies,
            is_deleted=is_deleted,
            is_hidden=is_hidden,
            is_read=is_read,
            keyword=keyword,
            limit=limit,
            max_replies=max_replies,
            page=page,
            platform_account_ids=platform_account_ids,
            platform_video_id=platform_video_id,
            platforms=platforms,
            published_after=published_after,
            published_before=published_before,
            sort_by=sort_by,
            sort_order=sort_order,
            view_mode=view_mode,
        )

        social_comments_managed_list_body.additional_properties = d
        return social_comments_managed_list_body

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialCommentsRepliesBody")


@_attrs_define
class SocialCommentsRepliesBody:
    """
    Attributes:
        platform (str): Platform: tiktok/youtube/instagram
        platform_account_id (int): Platform account ID
        platform_comment_id (str): Parent comment ID
        cursor (str | Unset): Pagination cursor
        limit (int | Unset): Page size
        page (int | Unset): Page number
    """

    platform: str
    platform_account_id: int
    platform_comment_id: str
    cursor: str | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        platform_account_id = self.platform_account_id

        platform_comment_id = self.platform_comment_id

        cursor = self.cursor

        limit = self.limit

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "platform_account_id": platform_account_id,
                "platform_comment_id": platform_comment_id,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform = d.pop("platform")

        platform_account_id = d.pop("platform_account_id")

        platform_comment_id = d.pop("platform_comment_id")

        cursor = d.pop("cursor", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        social_comments_replies_body = cls(
            platform=platform,
            platform_account_id=platform_account_id,
            platform_comment_id=platform_comment_id,
            cursor=cursor,
            limit=limit,
            page=page,
        )

        social_comments_replies_body.additional_properties = d
        return social_comments_replies_body

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialCommentsQueryBody")


@_attrs_define
class SocialCommentsQueryBody:
    """
    Attributes:
        platform_account_id (int): Platform account ID
        platform_video_id (str): Platform video ID
        cursor (str | Unset): Pagination cursor
        limit (int | Unset): Page size, max 50
        sort_by (str | Unset): Sort: published_at/like_count
        sort_order (str | Unset): Sort direction: asc/desc
    """

    platform_account_id: int
    platform_video_id: str
    cursor: str | Unset = UNSET
    limit: int | Unset = UNSET
    sort_by: str | Unset = UNSET
    sort_order: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_account_id = self.platform_account_id

        platform_video_id = self.platform_video_id

        cursor = self.cursor

        limit = self.limit

        sort_by = self.sort_by

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_account_id": platform_account_id,
                "platform_video_id": platform_video_id,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_account_id = d.pop("platform_account_id")

        platform_video_id = d.pop("platform_video_id")

        cursor = d.pop("cursor", UNSET)

        limit = d.pop("limit", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        social_comments_query_body = cls(
            platform_account_id=platform_account_id,
            platform_video_id=platform_video_id,
            cursor=cursor,
            limit=limit,
            sort_by=sort_by,
            sort_order=sort_order,
        )

        social_comments_query_body.additional_properties = d
        return social_comments_query_body

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

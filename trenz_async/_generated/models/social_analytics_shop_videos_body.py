# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_analytics_shop_videos_body_date_range import (
    SocialAnalyticsShopVideosBodyDateRange,
    check_social_analytics_shop_videos_body_date_range,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsShopVideosBody")


@_attrs_define
class SocialAnalyticsShopVideosBody:
    """
    Attributes:
        date_range (SocialAnalyticsShopVideosBodyDateRange): Date range
        account_types (list[str] | Unset): Account type list
        limit (int | Unset): Page size
        offset (int | Unset): Offset
        platform_account_ids (list[int] | Unset): Platform account ID list
        sort_by (str | Unset): Sort: gmv/orders/items_sold/published_at
        sort_order (str | Unset): Sort direction: desc/asc
    """

    date_range: SocialAnalyticsShopVideosBodyDateRange
    account_types: list[str] | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    platform_account_ids: list[int] | Unset = UNSET
    sort_by: str | Unset = UNSET
    sort_order: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_range: str = self.date_range

        account_types: list[str] | Unset = UNSET
        if not isinstance(self.account_types, Unset):
            account_types = self.account_types

        limit = self.limit

        offset = self.offset

        platform_account_ids: list[int] | Unset = UNSET
        if not isinstance(self.platform_account_ids, Unset):
            platform_account_ids = self.platform_account_ids

        sort_by = self.sort_by

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_range": date_range,
            }
        )
        if account_types is not UNSET:
            field_dict["account_types"] = account_types
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if platform_account_ids is not UNSET:
            field_dict["platform_account_ids"] = platform_account_ids
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_range = check_social_analytics_shop_videos_body_date_range(
            d.pop("date_range")
        )

        account_types = cast(list[str], d.pop("account_types", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        platform_account_ids = cast(list[int], d.pop("platform_account_ids", UNSET))

        sort_by = d.pop("sort_by", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        social_analytics_shop_videos_body = cls(
            date_range=date_range,
            account_types=account_types,
            limit=limit,
            offset=offset,
            platform_account_ids=platform_account_ids,
            sort_by=sort_by,
            sort_order=sort_order,
        )

        social_analytics_shop_videos_body.additional_properties = d
        return social_analytics_shop_videos_body

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

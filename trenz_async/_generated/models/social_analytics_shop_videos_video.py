# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsShopVideosVideo")


@_attrs_define
class SocialAnalyticsShopVideosVideo:
    """
    Attributes:
        cover_url (str | Unset):
        gmv (float | Unset):
        gmv_currency (str | Unset):
        items_sold (int | Unset):
        orders (int | Unset):
        platform_account_id (int | Unset):
        platform_url (str | Unset):
        platform_video_id (str | Unset):
        published_at (int | Unset):
        video_title (str | Unset):
    """

    cover_url: str | Unset = UNSET
    gmv: float | Unset = UNSET
    gmv_currency: str | Unset = UNSET
    items_sold: int | Unset = UNSET
    orders: int | Unset = UNSET
    platform_account_id: int | Unset = UNSET
    platform_url: str | Unset = UNSET
    platform_video_id: str | Unset = UNSET
    published_at: int | Unset = UNSET
    video_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cover_url = self.cover_url

        gmv = self.gmv

        gmv_currency = self.gmv_currency

        items_sold = self.items_sold

        orders = self.orders

        platform_account_id = self.platform_account_id

        platform_url = self.platform_url

        platform_video_id = self.platform_video_id

        published_at = self.published_at

        video_title = self.video_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if gmv is not UNSET:
            field_dict["gmv"] = gmv
        if gmv_currency is not UNSET:
            field_dict["gmv_currency"] = gmv_currency
        if items_sold is not UNSET:
            field_dict["items_sold"] = items_sold
        if orders is not UNSET:
            field_dict["orders"] = orders
        if platform_account_id is not UNSET:
            field_dict["platform_account_id"] = platform_account_id
        if platform_url is not UNSET:
            field_dict["platform_url"] = platform_url
        if platform_video_id is not UNSET:
            field_dict["platform_video_id"] = platform_video_id
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if video_title is not UNSET:
            field_dict["video_title"] = video_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cover_url = d.pop("cover_url", UNSET)

        gmv = d.pop("gmv", UNSET)

        gmv_currency = d.pop("gmv_currency", UNSET)

        items_sold = d.pop("items_sold", UNSET)

        orders = d.pop("orders", UNSET)

        platform_account_id = d.pop("platform_account_id", UNSET)

        platform_url = d.pop("platform_url", UNSET)

        platform_video_id = d.pop("platform_video_id", UNSET)

        published_at = d.pop("published_at", UNSET)

        video_title = d.pop("video_title", UNSET)

        social_analytics_shop_videos_video = cls(
            cover_url=cover_url,
            gmv=gmv,
            gmv_currency=gmv_currency,
            items_sold=items_sold,
            orders=orders,
            platform_account_id=platform_account_id,
            platform_url=platform_url,
            platform_video_id=platform_video_id,
            published_at=published_at,
            video_title=video_title,
        )

        social_analytics_shop_videos_video.additional_properties = d
        return social_analytics_shop_videos_video

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

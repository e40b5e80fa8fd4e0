# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsOverviewSummaryPlatformBreakdownItem")


@_attrs_define
class SocialAnalyticsOverviewSummaryPlatformBreakdownItem:
    """
    Attributes:
        comments (int | Unset):
        gmv (float | Unset):
        likes (int | Unset):
        orders (int | Unset):
        platform (str | Unset):
        shares (int | Unset):
        videos (int | Unset):
        views (int | Unset):
    """

    comments: int | Unset = UNSET
    gmv: float | Unset = UNSET
    likes: int | Unset = UNSET
    orders: int | Unset = UNSET
    platform: str | Unset = UNSET
    shares: int | Unset = UNSET
    videos: int | Unset = UNSET
    views: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comments = self.comments

        gmv = self.gmv

        likes = self.likes

        orders = self.orders

        platform = self.platform

        shares = self.shares

        videos = self.videos

        views = self.views

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comments is not UNSET:
            field_dict["comments"] = comments
        if gmv is not UNSET:
            field_dict["gmv"] = gmv
        if likes is not UNSET:
            field_dict["likes"] = likes
        if orders is not UNSET:
            field_dict["orders"] = orders
        if platform is not UNSET:
            field_dict["platform"] = platform
        if shares is not UNSET:
            field_dict["shares"] = shares
        if videos is not UNSET:
            field_dict["videos"] = videos
        if views is not UNSET:
            field_dict["views"] = views

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comments = d.pop("comments", UNSET)

        gmv = d.pop("gmv", UNSET)

        likes = d.pop("likes", UNSET)

        orders = d.pop("orders", UNSET)

        platform = d.pop("platform", UNSET)

        shares = d.pop("shares", UNSET)

        videos = d.pop("videos", UNSET)

        views = d.pop("views", UNSET)

        social_analytics_overview_summary_platform_breakdown_item = cls(
            comments=comments,
            gmv=gmv,
            likes=likes,
            orders=orders,
            platform=platform,
            shares=shares,
            videos=videos,
            views=views,
        )

        social_analytics_overview_summary_platform_breakdown_item.additional_properties = d
        return social_analytics_overview_summary_platform_breakdown_item

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

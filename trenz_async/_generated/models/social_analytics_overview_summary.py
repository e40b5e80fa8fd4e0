# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_analytics_overview_summary_platform_breakdown_item import (
        SocialAnalyticsOverviewSummaryPlatformBreakdownItem,
    )


T = TypeVar("T", bound="SocialAnalyticsOverviewSummary")


@_attrs_define
class SocialAnalyticsOverviewSummary:
    """
    Attributes:
        avg_anchor_display_rate (float | Unset): Average anchor display rate
        avg_click_through_rate (float | Unset): Average CTR
        comments_growth (int | Unset): Comments growth
        engagement_rate (float | Unset):
        engagement_rate_change (float | Unset): Engagement rate change
        engagements_growth (int | Unset): Engagement growth
        gmv_currency (str | Unset): GMV currency
        likes_growth (int | Unset):
        platform_breakdown (list[SocialAnalyticsOverviewSummaryPlatformBreakdownItem] | Unset): Per-platform breakdown
        shares_growth (int | Unset): Shares growth
        total_accounts (int | Unset):
        total_comments (int | Unset):
        total_engagements (int | Unset): Total engagement
        total_gmv (float | Unset):
        total_items_sold (int | Unset): Units sold
        total_likes (int | Unset):
        total_orders (int | Unset):
        total_posts (int | Unset): Total post count
        total_shares (int | Unset):
        total_videos (int | Unset):
        total_views (int | Unset):
        views_growth (int | Unset):
    """

    avg_anchor_display_rate: float | Unset = UNSET
    avg_click_through_rate: float | Unset = UNSET
    comments_growth: int | Unset = UNSET
    engagement_rate: float | Unset = UNSET
    engagement_rate_change: float | Unset = UNSET
    engagements_growth: int | Unset = UNSET
    gmv_currency: str | Unset = UNSET
    likes_growth: int | Unset = UNSET
    platform_breakdown: (
        list[SocialAnalyticsOverviewSummaryPlatformBreakdownItem] | Unset
    ) = UNSET
    shares_growth: int | Unset = UNSET
    total_accounts: int | Unset = UNSET
    total_comments: int | Unset = UNSET
    total_engagements: int | Unset = UNSET
    total_gmv: float | Unset = UNSET
    total_items_sold: int | Unset = UNSET
    total_likes: int | Unset = UNSET
    total_orders: int | Unset = UNSET
    total_posts: int | Unset = UNSET
    total_shares: int | Unset = UNSET
    total_videos: int | Unset = UNSET
    total_views: int | Unset = UNSET
    views_growth: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_anchor_display_rate = self.avg_anchor_display_rate

        avg_click_through_rate = self.avg_click_through_rate

        comments_growth = self.comments_growth

        engagement_rate = self.engagement_rate

        engagement_rate_change = self.engagement_rate_change

        engagements_growth = self.engagements_growth

        gmv_currency = self.gmv_currency

        likes_growth = self.likes_growth

        platform_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.platform_breakdown, Unset):
            platform_breakdown = []
            for platform_breakdown_item_data in self.platform_breakdown:
                platform_breakdown_item = platform_breakdown_item_data.to_dict()
                platform_breakdown.append(platform_breakdown_item)

        shares_growth = self.shares_growth

        total_accounts = self.total_accounts

        total_comments = self.total_comments

        total_engagements = self.total_engagements

        total_gmv = self.total_gmv

        total_items_sold = self.total_items_sold

        total_likes = self.total_likes

        total_orders = self.total_orders

        total_posts = self.total_posts

        total_shares = self.total_shares

        total_videos = self.total_videos

        total_views = self.total_views

        views_growth = self.views_growth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_anchor_display_rate is not UNSET:
            field_dict["avg_anchor_display_rate"] = avg_anchor_display_rate
        if avg_click_through_rate is not UNSET:
            field_dict["avg_click_through_rate"] = avg_click_through_rate
        if comments_growth is not UNSET:
            field_dict["comments_growth"] = comments_growth
        if engagement_rate is not UNSET:
            field_dict["engagement_rate"] = engagement_rate
        if engagement_rate_change is not UNSET:
            field_dict["engagement_rate_change"] = engagement_rate_change
        if engagements_growth is not UNSET:
            field_dict["engagements_growth"] = engagements_growth
        if gmv_currency is not UNSET:
            field_dict["gmv_currency"] = gmv_currency
        if likes_growth is not UNSET:
            field_dict["likes_growth"] = likes_growth
        if platform_breakdown is not UNSET:
            field_dict["platform_breakdown"] = platform_breakdown
        if shares_growth is not UNSET:
            field_dict["shares_growth"] = shares_growth
        if total_accounts is not UNSET:
            field_dict["total_accounts"] = total_accounts
        if total_comments is not UNSET:
            field_dict["total_comments"] = total_comments
        if total_engagements is not UNSET:
            field_dict["total_engagements"] = total_engagements
        if total_gmv is not UNSET:
            field_dict["total_gmv"] = total_gmv
        if total_items_sold is not UNSET:
            field_dict["total_items_sold"] = total_items_sold
        if total_likes is not UNSET:
            field_dict["total_likes"] = total_likes
        if total_orders is not UNSET:
            field_dict["total_orders"] = total_orders
        if total_posts is not UNSET:
            field_dict["total_posts"] = total_posts
        if total_shares is not UNSET:
            field_dict["total_shares"] = total_shares
        if total_videos is not UNSET:
            field_dict["total_videos"] = total_videos
        if total_views is not UNSET:
            field_dict["total_views"] = total_views
        if views_growth is not UNSET:
            field_dict["views_growth"] = views_growth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_analytics_overview_summary_platform_breakdown_item import (
            SocialAnalyticsOverviewSummaryPlatformBreakdownItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        avg_anchor_display_rate = d.pop("avg_anchor_display_rate", UNSET)

        avg_click_through_rate = d.pop("avg_click_through_rate", UNSET)

        comments_growth = d.pop("comments_growth", UNSET)

        engagement_rate = d.pop("engagement_rate", UNSET)

        engagement_rate_change = d.pop("engagement_rate_change", UNSET)

        engagements_growth = d.pop("engagements_growth", UNSET)

        gmv_currency = d.pop("gmv_currency", UNSET)

        likes_growth = d.pop("likes_growth", UNSET)

        _platform_breakdown = d.pop("platform_breakdown", UNSET)
        platform_breakdown: (
            list[SocialAnalyticsOverviewSummaryPlatformBreakdownItem] | Unset
        ) = UNSET
        if _platform_breakdown is not UNSET:
            platform_breakdown = []
            for platform_breakdown_item_data in _platform_breakdown:
                platform_breakdown_item = (
                    SocialAnalyticsOverviewSummaryPlatformBreakdownItem.from_dict(
                        platform_breakdown_item_data
                    )
                )

                platform_breakdown.append(platform_breakdown_item)

        shares_growth = d.pop("shares_growth", UNSET)

        total_accounts = d.pop("total_accounts", UNSET)

        total_comments = d.pop("total_comments", UNSET)

        total_engagements = d.pop("total_engagements", UNSET)

        total_gmv = d.pop("total_gmv", UNSET)

        total_items_sold = d.pop("total_items_sold", UNSET)

        total_likes = d.pop("total_likes", UNSET)

        total_orders = d.pop("total_orders", UNSET)

        total_posts = d.pop("total_posts", UNSET)

        total_shares = d.pop("total_shares", UNSET)

        total_videos = d.pop("total_videos", UNSET)

        total_views = d.pop("total_views", UNSET)

        views_growth = d.pop("views_growth", UNSET)

        social_analytics_overview_summary = cls(
            avg_anchor_display_rate=avg_anchor_display_rate,
            avg_click_through_rate=avg_click_through_rate,
            comments_growth=comments_growth,
            engagement_rate=engagement_rate,
            engagement_rate_change=engagement_rate_change,
            engagements_growth=engagements_growth,
            gmv_currency=gmv_currency,
            likes_growth=likes_growth,
            platform_breakdown=platform_breakdown,
            shares_growth=shares_growth,
            total_accounts=total_accounts,
            total_comments=total_comments,
            total_engagements=total_engagements,
            total_gmv=total_gmv,
            total_items_sold=total_items_sold,
            total_likes=total_likes,
            total_orders=total_orders,
            total_posts=total_posts,
            total_shares=total_shares,
            total_videos=total_videos,
            total_views=total_views,
            views_growth=views_growth,
        )

        social_analytics_overview_summary.additional_properties = d
        return social_analytics_overview_summary

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

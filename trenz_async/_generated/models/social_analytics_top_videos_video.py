# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsTopVideosVideo")


@_attrs_define
class SocialAnalyticsTopVideosVideo:
    """
    Attributes:
        account_avatar_url (str | Unset): Account avatar URL
        account_display_name (str | Unset): Account display name
        anchor_display_rate (float | Unset): Anchor display rate
        click_through_rate (float | Unset): Click-through rate
        comment_count (int | Unset):
        cover_url (str | Unset):
        gmv_amount (float | Unset): GMV amount
        gmv_currency (str | Unset): GMV currency
        item_sold_count (int | Unset): Units sold
        like_count (int | Unset):
        metric_growth (int | Unset): Metric growth
        order_count (int | Unset): Orders
        platform (str | Unset):
        platform_account_id (int | Unset):
        platform_url (str | Unset):
        platform_video_id (str | Unset):
        product_id (str | Unset): Linked product ID
        product_image_url (str | Unset): Linked product image URL
        product_title (str | Unset): Linked product name
        published_at (int | Unset):
        region (str | Unset): Region
        share_count (int | Unset):
        video_title (str | Unset):
        view_count (int | Unset):
    """

    account_avatar_url: str | Unset = UNSET
    account_display_name: str | Unset = UNSET
    anchor_display_rate: float | Unset = UNSET
    click_through_rate: float | Unset = UNSET
    comment_count: int | Unset = UNSET
    cover_url: str | Unset = UNSET
    gmv_amount: float | Unset = UNSET
    gmv_currency: str | Unset = UNSET
    item_sold_count: int | Unset = UNSET
    like_count: int | Unset = UNSET
    metric_growth: int | Unset = UNSET
    order_count: int | Unset = UNSET
    platform: str | Unset = UNSET
    platform_account_id: int | Unset = UNSET
    platform_url: str | Unset = UNSET
    platform_video_id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    product_image_url: str | Unset = UNSET
    product_title: str | Unset = UNSET
    published_at: int | Unset = UNSET
    region: str | Unset = UNSET
    share_count: int | Unset = UNSET
    video_title: str | Unset = UNSET
    view_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_avatar_url = self.account_avatar_url

        account_display_name = self.account_display_name

        anchor_display_rate = self.anchor_display_rate

        click_through_rate = self.click_through_rate

        comment_count = self.comment_count

        cover_url = self.cover_url

        gmv_amount = self.gmv_amount

        gmv_currency = self.gmv_currency

        item_sold_count = self.item_sold_count

        like_count = self.like_count

        metric_growth = self.metric_growth

        order_count = self.order_count

        platform = self.platform

        platform_account_id = self.platform_account_id

        platform_url = self.platform_url

        platform_video_id = self.platform_video_id

        product_id = self.product_id

        product_image_url = self.product_image_url

        product_title = self.product_title

        published_at = self.published_at

        region = self.region

        share_count = self.share_count

        video_title = self.video_title

        view_count = self.view_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_avatar_url is not UNSET:
            field_dict["account_avatar_url"] = account_avatar_url
        if account_display_name is not UNSET:
            field_dict["account_display_name"] = account_display_name
        if anchor_display_rate is not UNSET:
            field_dict["anchor_display_rate"] = anchor_display_rate
        if click_through_rate is not UNSET:
            field_dict["click_through_rate"] = click_through_rate
        if comment_count is not UNSET:
            field_dict["comment_count"] = comment_count
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if gmv_amount is not UNSET:
            field_dict["gmv_amount"] = gmv_amount
        if gmv_currency is not UNSET:
            field_dict["gmv_currency"] = gmv_currency
        if item_sold_count is not UNSET:
            field_dict["item_sold_count"] = item_sold_count
        if like_count is not UNSET:
            field_dict["like_count"] = like_count
        if metric_growth is not UNSET:
            field_dict["metric_growth"] = metric_growth
        if order_count is not UNSET:
            field_dict["order_count"] = order_count
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_account_id is not UNSET:
            field_dict["platform_account_id"] = platform_account_id
        if platform_url is not UNSET:
            field_dict["platform_url"] = platform_url
        if platform_video_id is not UNSET:
            field_dict["platform_video_id"] = platform_video_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_image_url is not UNSET:
            field_dict["product_image_url"] = product_image_url
        if product_title is not UNSET:
            field_dict["product_title"] = product_title
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if region is not UNSET:
            field_dict["region"] = region
        if share_count is not UNSET:
            field_dict["share_count"] = share_count
        if video_title is not UNSET:
            field_dict["video_title"] = video_title
        if view_count is not UNSET:
            field_dict["view_count"] = view_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_avatar_url = d.pop("account_avatar_url", UNSET)

        account_display_name = d.pop("account_display_name", UNSET)

        anchor_display_rate = d.pop("anchor_display_rate", UNSET)

        click_through_rate = d.pop("click_through_rate", UNSET)

        comment_count = d.pop("comment_count", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        gmv_amount = d.pop("gmv_amount", UNSET)

        gmv_currency = d.pop("gmv_currency", UNSET)

        item_sold_count = d.pop("item_sold_count", UNSET)

        like_count = d.pop("like_count", UNSET)

        metric_growth = d.pop("metric_growth", UNSET)

        order_count = d.pop("order_count", UNSET)

        platform = d.pop("platform", UNSET)

        platform_account_id = d.pop("platform_account_id", UNSET)

        platform_url = d.pop("platform_url", UNSET)

        platform_video_id = d.pop("platform_video_id", UNSET)

        product_id = d.pop("product_id", UNSET)

        product_image_url = d.pop("product_image_url", UNSET)

        product_title = d.pop("product_title", UNSET)

        published_at = d.pop("published_at", UNSET)

        region = d.pop("region", UNSET)

        share_count = d.pop("share_count", UNSET)

        video_title = d.pop("video_title", UNSET)

        view_count = d.pop("view_count", UNSET)

        social_analytics_top_videos_video = cls(
            account_avatar_url=account_avatar_url,
            account_display_name=account_display_name,
            anchor_display_rate=anchor_display_rate,
            click_through_rate=click_through_rate,
            comment_count=comment_count,
            cover_url=cover_url,
            gmv_amount=gmv_amount,
            gmv_currency=gmv_currency,
            item_sold_count=item_sold_count,
            like_count=like_count,
            metric_growth=metric_growth,
            order_count=order_count,
            platform=platform,
            platform_account_id=platform_account_id,
            platform_url=platform_url,
            platform_video_id=platform_video_id,
            product_id=product_id,
            product_image_url=product_image_url,
            product_title=product_title,
            published_at=published_at,
            region=region,
            share_count=share_count,
            video_title=video_title,
            view_count=view_count,
        )

        social_analytics_top_videos_video.additional_properties = d
        return social_analytics_top_videos_video

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

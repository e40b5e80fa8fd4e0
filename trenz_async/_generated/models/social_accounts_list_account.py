# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAccountsListAccount")


@_attrs_define
class SocialAccountsListAccount:
    """
    Attributes:
        account_type (str | Unset): Account type: business/creator
        avatar_url (str | Unset): Avatar URL
        created_at (int | Unset): Bound at (Unix timestamp)
        display_name (str | Unset): Display name
        engagement_rate (float | Unset): Engagement rate (%)
        followers (int | Unset): Followers
        gmv (float | Unset): GMV (tiktok-shop-pc only)
        gmv_currency (str | Unset): GMV currency
        id (int | Unset): Account ID
        last_posted_at (int | Unset): Last published at (Unix timestamp)
        orders (int | Unset): Orders
        platform (str | Unset): Platform: tiktok/tiktok-shop-pc/instagram/youtube/facebook
        post_activity (list[int] | Unset): Last 14-day publishing activity (index 0 = 14 days ago, 13 = today)
        refresh_token_expires_at (int | Unset): OAuth token expires at (Unix timestamp)
        region (str | Unset): Region (tiktok-shop-pc)
        remark (str | Unset): User remark
        scheduled_posts (int | Unset): Pending-publish video count
        status (str | Unset): Status: active/expired/revoked
        total_comments (int | Unset): Total comments
        total_likes (int | Unset): Total likes
        total_posts (int | Unset): Published video count
        total_shares (int | Unset): Total shares
        total_views (int | Unset): Total views
        username (str | Unset): Username
    """

    account_type: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    created_at: int | Unset = UNSET
    display_name: str | Unset = UNSET
    engagement_rate: float | Unset = UNSET
    followers: int | Unset = UNSET
    gmv: float | Unset = UNSET
    gmv_currency: str | Unset = UNSET
    id: int | Unset = UNSET
    last_posted_at: int | Unset = UNSET
    orders: int | Unset = UNSET
    platform: str | Unset = UNSET
    post_activity: list[int] | Unset = UNSET
    refresh_token_expires_at: int | Unset = UNSET
    region: str | Unset = UNSET
    remark: str | Unset = UNSET
    scheduled_posts: int | Unset = UNSET
    status: str | Unset = UNSET
    total_comments: int | Unset = UNSET
    total_likes: int | Unset = UNSET
    total_posts: int | Unset = UNSET
    total_shares: int | Unset = UNSET
    total_views: int | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        avatar_url = self.avatar_url

        created_at = self.created_at

        display_name = self.display_name

        engagement_rate = self.engagement_rate

        followers = self.followers

        gmv = self.gmv

        gmv_currency = self.gmv_currency

        id = self.id

        last_posted_at = self.last_posted_at

        orders = self.orders

        platform = self.platform

        post_activity: list[int] | Unset = UNSET
        if not isinstance(self.post_activity, Unset):
            post_activity = self.post_activity

        refresh_token_expires_at = self.refresh_token_expires_at

        region = self.region

        remark = self.remark

        scheduled_posts = self.scheduled_posts

        status = self.status

        total_comments = self.total_comments

        total_likes = self.total_likes

        total_posts = self.total_posts

        total_shares = self.total_shares

        total_views = self.total_views

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if engagement_rate is not UNSET:
            field_dict["engagement_rate"] = engagement_rate
        if followers is not UNSET:
            field_dict["followers"] = followers
        if gmv is not UNSET:
            field_dict["gmv"] = gmv
        if gmv_currency is not UNSET:
            field_dict["gmv_currency"] = gmv_currency
        if id is not UNSET:
            field_dict["id"] = id
        if last_posted_at is not UNSET:
            field_dict["last_posted_at"] = last_posted_at
        if orders is not UNSET:
            field_dict["orders"] = orders
        if platform is not UNSET:
            field_dict["platform"] = platform
        if post_activity is not UNSET:
            field_dict["post_activity"] = post_activity
        if refresh_token_expires_at is not UNSET:
            field_dict["refresh_token_expires_at"] = refresh_token_expires_at
        if region is not UNSET:
            field_dict["region"] = region
        if remark is not UNSET:
            field_dict["remark"] = remark
        if scheduled_posts is not UNSET:
            field_dict["scheduled_posts"] = scheduled_posts
        if status is not UNSET:
            field_dict["status"] = status
        if total_comments is not UNSET:
            field_dict["total_comments"] = total_comments
        if total_likes is not UNSET:
            field_dict["total_likes"] = total_likes
        if total_posts is not UNSET:
            field_dict["total_posts"] = total_posts
        if total_shares is not UNSET:
            field_dict["total_shares"] = total_shares
        if total_views is not UNSET:
            field_dict["total_views"] = total_views
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_type = d.pop("account_type", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        created_at = d.pop("created_at", UNSET)

        display_name = d.pop("display_name", UNSET)

        engagement_rate = d.pop("engagement_rate", UNSET)

        followers = d.pop("followers", UNSET)

        gmv = d.pop("gmv", UNSET)

        gmv_currency = d.pop("gmv_currency", UNSET)

        id = d.pop("id", UNSET)

        last_posted_at = d.pop("last_posted_at", UNSET)

        orders = d.pop("orders", UNSET)

        platform = d.pop("platform", UNSET)

        post_activity = cast(list[int], d.pop("post_activity", UNSET))

        refresh_token_expires_at = d.pop("refresh_token_expires_at", UNSET)

        region = d.pop("region", UNSET)

        remark = d.pop("remark", UNSET)

        scheduled_posts = d.pop("scheduled_posts", UNSET)

        status = d.pop("status", UNSET)

        total_comments = d.pop("total_comments", UNSET)

        total_likes = d.pop("total_likes", UNSET)

        total_posts = d.pop("total_posts", UNSET)

        total_shares = d.pop("total_shares", UNSET)

        total_views = d.pop("total_views", UNSET)

        username = d.pop("username", UNSET)

        social_accounts_list_account = cls(
            account_type=account_type,
            avatar_url=avatar_url,
            created_at=created_at,
            display_name=display_name,
            engagement_rate=engagement_rate,
            followers=followers,
            gmv=gmv,
            gmv_currency=gmv_currency,
            id=id,
            last_posted_at=last_posted_at,
            orders=orders,
            platform=platform,
            post_activity=post_activity,
            refresh_token_expires_at=refresh_token_expires_at,
            region=region,
            remark=remark,
            scheduled_posts=scheduled_posts,
            status=status,
            total_comments=total_comments,
            total_likes=total_likes,
            total_posts=total_posts,
            total_shares=total_shares,
            total_views=total_views,
            username=username,
        )

        social_accounts_list_account.additional_properties = d
        return social_accounts_list_account

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsTopAccountsAccount")


@_attrs_define
class SocialAnalyticsTopAccountsAccount:
    """
    Attributes:
        avatar_url (str | Unset):
        display_name (str | Unset):
        metric_growth (int | Unset):
        metric_value (int | Unset):
        platform (str | Unset):
        platform_account_id (int | Unset):
        video_count (int | Unset):
    """

    avatar_url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    metric_growth: int | Unset = UNSET
    metric_value: int | Unset = UNSET
    platform: str | Unset = UNSET
    platform_account_id: int | Unset = UNSET
    video_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_url = self.avatar_url

        display_name = self.display_name

        metric_growth = self.metric_growth

        metric_value = self.metric_value

        platform = self.platform

        platform_account_id = self.platform_account_id

        video_count = self.video_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if metric_growth is not UNSET:
            field_dict["metric_growth"] = metric_growth
        if metric_value is not UNSET:
            field_dict["metric_value"] = metric_value
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_account_id is not UNSET:
            field_dict["platform_account_id"] = platform_account_id
        if video_count is not UNSET:
            field_dict["video_count"] = video_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_url = d.pop("avatar_url", UNSET)

        display_name = d.pop("display_name", UNSET)

        metric_growth = d.pop("metric_growth", UNSET)

        metric_value = d.pop("metric_value", UNSET)

        platform = d.pop("platform", UNSET)

        platform_account_id = d.pop("platform_account_id", UNSET)

        video_count = d.pop("video_count", UNSET)

        social_analytics_top_accounts_account = cls(
            avatar_url=avatar_url,
            display_name=display_name,
            metric_growth=metric_growth,
            metric_value=metric_value,
            platform=platform,
            platform_account_id=platform_account_id,
            video_count=video_count,
        )

        social_analytics_top_accounts_account.additional_properties = d
        return social_analytics_top_accounts_account

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

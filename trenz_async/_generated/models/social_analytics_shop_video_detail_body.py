# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SocialAnalyticsShopVideoDetailBody")


@_attrs_define
class SocialAnalyticsShopVideoDetailBody:
    """
    Attributes:
        platform_account_id (int): Shop account ID
        platform_video_id (str): Platform video ID
    """

    platform_account_id: int
    platform_video_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_account_id = self.platform_account_id

        platform_video_id = self.platform_video_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_account_id": platform_account_id,
                "platform_video_id": platform_video_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_account_id = d.pop("platform_account_id")

        platform_video_id = d.pop("platform_video_id")

        social_analytics_shop_video_detail_body = cls(
            platform_account_id=platform_account_id,
            platform_video_id=platform_video_id,
        )

        social_analytics_shop_video_detail_body.additional_properties = d
        return social_analytics_shop_video_detail_body

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.social_analytics_shop_videos_data import SocialAnalyticsShopVideosData
    from ..models.usage_info import UsageInfo


T = TypeVar("T", bound="SocialAnalyticsShopVideosResponse")


@_attrs_define
class SocialAnalyticsShopVideosResponse:
    """
    Attributes:
        data (SocialAnalyticsShopVideosData):
        request_id (str):
        usage (UsageInfo):
    """

    data: SocialAnalyticsShopVideosData
    request_id: str
    usage: UsageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request_id = self.request_id

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "request_id": request_id,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_analytics_shop_videos_data import (
            SocialAnalyticsShopVideosData,  # noqa: PLC0415
        )
        from ..models.usage_info import UsageInfo  # noqa: PLC0415

        d = dict(src_dict)
        data = SocialAnalyticsShopVideosData.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        usage = UsageInfo.from_dict(d.pop("usage"))

        social_analytics_shop_videos_response = cls(
            data=data,
            request_id=request_id,
            usage=usage,
        )

        social_analytics_shop_videos_response.additional_properties = d
        return social_analytics_shop_videos_response

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

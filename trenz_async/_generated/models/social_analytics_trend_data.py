# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_analytics_trend_trend_data_item import (
        SocialAnalyticsTrendTrendDataItem,
    )


T = TypeVar("T", bound="SocialAnalyticsTrendData")


@_attrs_define
class SocialAnalyticsTrendData:
    """
    Attributes:
        growth_rate (float | Unset):
        total_growth (float | Unset):
        trend_data (list[SocialAnalyticsTrendTrendDataItem] | Unset):
    """

    growth_rate: float | Unset = UNSET
    total_growth: float | Unset = UNSET
    trend_data: list[SocialAnalyticsTrendTrendDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        growth_rate = self.growth_rate

        total_growth = self.total_growth

        trend_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trend_data, Unset):
            trend_data = []
            for trend_data_item_data in self.trend_data:
                trend_data_item = trend_data_item_data.to_dict()
                trend_data.append(trend_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if growth_rate is not UNSET:
            field_dict["growth_rate"] = growth_rate
        if total_growth is not UNSET:
            field_dict["total_growth"] = total_growth
        if trend_data is not UNSET:
            field_dict["trend_data"] = trend_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_analytics_trend_trend_data_item import (
            SocialAnalyticsTrendTrendDataItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        growth_rate = d.pop("growth_rate", UNSET)

        total_growth = d.pop("total_growth", UNSET)

        _trend_data = d.pop("trend_data", UNSET)
        trend_data: list[SocialAnalyticsTrendTrendDataItem] | Unset = UNSET
        if _trend_data is not UNSET:
            trend_data = []
            for trend_data_item_data in _trend_data:
                trend_data_item = SocialAnalyticsTrendTrendDataItem.from_dict(
                    trend_data_item_data
                )

                trend_data.append(trend_data_item)

        social_analytics_trend_data = cls(
            growth_rate=growth_rate,
            total_growth=total_growth,
            trend_data=trend_data,
        )

        social_analytics_trend_data.additional_properties = d
        return social_analytics_trend_data

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

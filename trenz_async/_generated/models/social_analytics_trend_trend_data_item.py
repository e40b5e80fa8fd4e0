# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsTrendTrendDataItem")


@_attrs_define
class SocialAnalyticsTrendTrendDataItem:
    """
    Attributes:
        date (str | Unset):
        growth (float | Unset):
        value (float | Unset):
    """

    date: str | Unset = UNSET
    growth: float | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        growth = self.growth

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if growth is not UNSET:
            field_dict["growth"] = growth
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        growth = d.pop("growth", UNSET)

        value = d.pop("value", UNSET)

        social_analytics_trend_trend_data_item = cls(
            date=date,
            growth=growth,
            value=value,
        )

        social_analytics_trend_trend_data_item.additional_properties = d
        return social_analytics_trend_trend_data_item

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

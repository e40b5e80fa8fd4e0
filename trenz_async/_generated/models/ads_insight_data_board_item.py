# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdsInsightDataBoardItem")


@_attrs_define
class AdsInsightDataBoardItem:
    """
    Attributes:
        key (str | Unset):
        label (str | Unset):
        trend (float | Unset):
        value (float | Unset):
    """

    key: str | Unset = UNSET
    label: str | Unset = UNSET
    trend: float | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        trend = self.trend

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if trend is not UNSET:
            field_dict["trend"] = trend
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        label = d.pop("label", UNSET)

        trend = d.pop("trend", UNSET)

        value = d.pop("value", UNSET)

        ads_insight_data_board_item = cls(
            key=key,
            label=label,
            trend=trend,
            value=value,
        )

        ads_insight_data_board_item.additional_properties = d
        return ads_insight_data_board_item

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

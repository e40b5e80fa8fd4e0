# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_insight_data_detail_item_metrics import (
        AdsInsightDataDetailItemMetrics,
    )


T = TypeVar("T", bound="AdsInsightDataDetailItem")


@_attrs_define
class AdsInsightDataDetailItem:
    """
    Attributes:
        date (str | Unset):
        metrics (AdsInsightDataDetailItemMetrics | Unset):
    """

    date: str | Unset = UNSET
    metrics: AdsInsightDataDetailItemMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_insight_data_detail_item_metrics import (
            AdsInsightDataDetailItemMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        date = d.pop("date", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: AdsInsightDataDetailItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = AdsInsightDataDetailItemMetrics.from_dict(_metrics)

        ads_insight_data_detail_item = cls(
            date=date,
            metrics=metrics,
        )

        ads_insight_data_detail_item.additional_properties = d
        return ads_insight_data_detail_item

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

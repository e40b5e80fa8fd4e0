# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_integrated_report_list_item_dimensions import (
        AdsIntegratedReportListItemDimensions,
    )
    from ..models.ads_integrated_report_list_item_metrics import (
        AdsIntegratedReportListItemMetrics,
    )


T = TypeVar("T", bound="AdsIntegratedReportListItem")


@_attrs_define
class AdsIntegratedReportListItem:
    """
    Attributes:
        dimensions (AdsIntegratedReportListItemDimensions | Unset): Dimension value
        metrics (AdsIntegratedReportListItemMetrics | Unset): Metric value
    """

    dimensions: AdsIntegratedReportListItemDimensions | Unset = UNSET
    metrics: AdsIntegratedReportListItemMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_integrated_report_list_item_dimensions import (
            AdsIntegratedReportListItemDimensions,  # noqa: PLC0415
        )
        from ..models.ads_integrated_report_list_item_metrics import (
            AdsIntegratedReportListItemMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _dimensions = d.pop("dimensions", UNSET)
        dimensions: AdsIntegratedReportListItemDimensions | Unset
        if isinstance(_dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = AdsIntegratedReportListItemDimensions.from_dict(_dimensions)

        _metrics = d.pop("metrics", UNSET)
        metrics: AdsIntegratedReportListItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = AdsIntegratedReportListItemMetrics.from_dict(_metrics)

        ads_integrated_report_list_item = cls(
            dimensions=dimensions,
            metrics=metrics,
        )

        ads_integrated_report_list_item.additional_properties = d
        return ads_integrated_report_list_item

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_insight_data_board_item import AdsInsightDataBoardItem
    from ..models.ads_insight_data_detail_item import AdsInsightDataDetailItem
    from ..models.ads_insight_data_metric import AdsInsightDataMetric


T = TypeVar("T", bound="AdsInsightDataData")


@_attrs_define
class AdsInsightDataData:
    """
    Attributes:
        board_items (list[AdsInsightDataBoardItem] | Unset): Dashboard summary
        detail_items (list[AdsInsightDataDetailItem] | Unset): Daily detail data
        metrics (list[AdsInsightDataMetric] | Unset): Available metric definition list
    """

    board_items: list[AdsInsightDataBoardItem] | Unset = UNSET
    detail_items: list[AdsInsightDataDetailItem] | Unset = UNSET
    metrics: list[AdsInsightDataMetric] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.board_items, Unset):
            board_items = []
            for board_items_item_data in self.board_items:
                board_items_item = board_items_item_data.to_dict()
                board_items.append(board_items_item)

        detail_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail_items, Unset):
            detail_items = []
            for detail_items_item_data in self.detail_items:
                detail_items_item = detail_items_item_data.to_dict()
                detail_items.append(detail_items_item)

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if board_items is not UNSET:
            field_dict["board_items"] = board_items
        if detail_items is not UNSET:
            field_dict["detail_items"] = detail_items
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_insight_data_board_item import AdsInsightDataBoardItem  # noqa: PLC0415
        from ..models.ads_insight_data_detail_item import AdsInsightDataDetailItem  # noqa: PLC0415
        from ..models.ads_insight_data_metric import AdsInsightDataMetric  # noqa: PLC0415

        d = dict(src_dict)
        _board_items = d.pop("board_items", UNSET)
        board_items: list[AdsInsightDataBoardItem] | Unset = UNSET
        if _board_items is not UNSET:
            board_items = []
            for board_items_item_data in _board_items:
                board_items_item = AdsInsightDataBoardItem.from_dict(
                    board_items_item_data
                )

                board_items.append(board_items_item)

        _detail_items = d.pop("detail_items", UNSET)
        detail_items: list[AdsInsightDataDetailItem] | Unset = UNSET
        if _detail_items is not UNSET:
            detail_items = []
            for detail_items_item_data in _detail_items:
                detail_items_item = AdsInsightDataDetailItem.from_dict(
                    detail_items_item_data
                )

                detail_items.append(detail_items_item)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[AdsInsightDataMetric] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = AdsInsightDataMetric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        ads_insight_data_data = cls(
            board_items=board_items,
            detail_items=detail_items,
            metrics=metrics,
        )

        ads_insight_data_data.additional_properties = d
        return ads_insight_data_data

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

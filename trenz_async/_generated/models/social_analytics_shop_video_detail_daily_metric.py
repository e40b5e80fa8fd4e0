# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsShopVideoDetailDailyMetric")


@_attrs_define
class SocialAnalyticsShopVideoDetailDailyMetric:
    """
    Attributes:
        anchor_display_rate (float | Unset): Anchor display rate
        click_through_rate (float | Unset): Click-through rate
        gmv (float | Unset):
        gmv_currency (str | Unset):
        items_sold (int | Unset):
        metric_date (str | Unset):
        orders (int | Unset):
    """

    anchor_display_rate: float | Unset = UNSET
    click_through_rate: float | Unset = UNSET
    gmv: float | Unset = UNSET
    gmv_currency: str | Unset = UNSET
    items_sold: int | Unset = UNSET
    metric_date: str | Unset = UNSET
    orders: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor_display_rate = self.anchor_display_rate

        click_through_rate = self.click_through_rate

        gmv = self.gmv

        gmv_currency = self.gmv_currency

        items_sold = self.items_sold

        metric_date = self.metric_date

        orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anchor_display_rate is not UNSET:
            field_dict["anchor_display_rate"] = anchor_display_rate
        if click_through_rate is not UNSET:
            field_dict["click_through_rate"] = click_through_rate
        if gmv is not UNSET:
            field_dict["gmv"] = gmv
        if gmv_currency is not UNSET:
            field_dict["gmv_currency"] = gmv_currency
        if items_sold is not UNSET:
            field_dict["items_sold"] = items_sold
        if metric_date is not UNSET:
            field_dict["metric_date"] = metric_date
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        anchor_display_rate = d.pop("anchor_display_rate", UNSET)

        click_through_rate = d.pop("click_through_rate", UNSET)

        gmv = d.pop("gmv", UNSET)

        gmv_currency = d.pop("gmv_currency", UNSET)

        items_sold = d.pop("items_sold", UNSET)

        metric_date = d.pop("metric_date", UNSET)

        orders = d.pop("orders", UNSET)

        social_analytics_shop_video_detail_daily_metric = cls(
            anchor_display_rate=anchor_display_rate,
            click_through_rate=click_through_rate,
            gmv=gmv,
            gmv_currency=gmv_currency,
            items_sold=items_sold,
            metric_date=metric_date,
            orders=orders,
        )

        social_analytics_shop_video_detail_daily_metric.additional_properties = d
        return social_analytics_shop_video_detail_daily_metric

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

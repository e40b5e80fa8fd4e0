# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ads_integrated_report_body_data_level import (
    AdsIntegratedReportBodyDataLevel,
    check_ads_integrated_report_body_data_level,
)
from ..models.ads_integrated_report_body_order_type import (
    AdsIntegratedReportBodyOrderType,
    check_ads_integrated_report_body_order_type,
)
from ..models.ads_integrated_report_body_report_type import (
    AdsIntegratedReportBodyReportType,
    check_ads_integrated_report_body_report_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_integrated_report_filtering_item import (
        AdsIntegratedReportFilteringItem,
    )


T = TypeVar("T", bound="AdsIntegratedReportBody")


@_attrs_define
class AdsIntegratedReportBody:
    """
    Attributes:
        account_id (str): Advertiser account ID
        dimensions (list[str]): Aggregation dimension
        report_type (AdsIntegratedReportBodyReportType): Report type
        advertiser_id (str | Unset): Advertiser account ID (one of `advertiser_account_id`, `advertiser_ids`, or `bc_id`
            is required)
        advertiser_ids (list[str] | Unset): Advertiser ID list, max 5
        bc_id (str | Unset): Business Center ID
        data_level (AdsIntegratedReportBodyDataLevel | Unset): Data level
        enable_total_metrics (bool | Unset): Whether to return aggregated metrics
        end_date (str | Unset): End date, YYYY-MM-DD
        filtering (list[AdsIntegratedReportFilteringItem] | Unset): Filter
        metrics (list[str] | Unset): Metrics to query, default ["spend","impressions"]
        multi_adv_report_in_utc_time (bool | Unset): Whether to use UTC time
        order_field (str | Unset): Sort field
        order_type (AdsIntegratedReportBodyOrderType | Unset): Sort mode
        page (int | Unset): Page number
        page_size (int | Unset): Page size, default 10, max 1000 Default: 10.
        query_lifetime (bool | Unset): Whether to query lifetime metrics
        service_type (str | Unset): Service type
        start_date (str | Unset): Start date, YYYY-MM-DD
    """

    account_id: str
    dimensions: list[str]
    report_type: AdsIntegratedReportBodyReportType
    advertiser_id: str | Unset = UNSET
    advertiser_ids: list[str] | Unset = UNSET
    bc_id: str | Unset = UNSET
    data_level: AdsIntegratedReportBodyDataLevel | Unset = UNSET
    enable_total_metrics: bool | Unset = UNSET
    end_date: str | Unset = UNSET
    filtering: list[AdsIntegratedReportFilteringItem] | Unset = UNSET
    metrics: list[str] | Unset = UNSET
    multi_adv_report_in_utc_time: bool | Unset = UNSET
    order_field: str | Unset = UNSET
    order_type: AdsIntegratedReportBodyOrderType | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = 10
    query_lifetime: bool | Unset = UNSET
    service_type: str | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        dimensions = self.dimensions

        report_type: str = self.report_type

        advertiser_id = self.advertiser_id

        advertiser_ids: list[str] | Unset = UNSET
        if not isinstance(self.advertiser_ids, Unset):
            advertiser_ids = self.advertiser_ids

        bc_id = self.bc_id

        data_level: str | Unset = UNSET
        if not isinstance(self.data_level, Unset):
            data_level = self.data_level

        enable_total_metrics = self.enable_total_metrics

        end_date = self.end_date

        filtering: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filtering, Unset):
            filtering = []
            for filtering_item_data in self.filtering:
                filtering_item = filtering_item_data.to_dict()
                filtering.append(filtering_item)

        metrics: list[str] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics

        multi_adv_report_in_utc_time = self.multi_adv_report_in_utc_time

        order_field = self.order_field

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        page = self.page

        page_size = self.page_size

        query_lifetime = self.query_lifetime

        service_type = self.service_type

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "dimensions": dimensions,
                "report_type": report_type,
            }
        )
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if advertiser_ids is not UNSET:
            field_dict["advertiser_ids"] = advertiser_ids
        if bc_id is not UNSET:
            field_dict["bc_id"] = bc_id
        if data_level is not UNSET:
            field_dict["data_level"] = data_level
        if enable_total_metrics is not UNSET:
            field_dict["enable_total_metrics"] = enable_total_metrics
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if filtering is not UNSET:
            field_dict["filtering"] = filtering
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if multi_adv_report_in_utc_time is not UNSET:
            field_dict["multi_adv_report_in_utc_time"] = multi_adv_report_in_utc_time
        if order_field is not UNSET:
            field_dict["order_field"] = order_field
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if query_lifetime is not UNSET:
            field_dict["query_lifetime"] = query_lifetime
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_integrated_report_filtering_item import (
            AdsIntegratedReportFilteringItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        account_id = d.pop("account_id")

        dimensions = cast(list[str], d.pop("dimensions"))

        report_type = check_ads_integrated_report_body_report_type(d.pop("report_type"))

        advertiser_id = d.pop("advertiser_id", UNSET)

        advertiser_ids = cast(list[str], d.pop("advertiser_ids", UNSET))

        bc_id = d.pop("bc_id", UNSET)

        _data_level = d.pop("data_level", UNSET)
        data_level: AdsIntegratedReportBodyDataLevel | Unset
        if isinstance(_data_level, Unset):
            data_level = UNSET
        else:
            data_level = check_ads_integrated_report_body_data_level(_data_level)

        enable_total_metrics = d.pop("enable_total_metrics", UNSET)

        end_date = d.pop("end_date", UNSET)

        _filtering = d.pop("filtering", UNSET)
        filtering: list[AdsIntegratedReportFilteringItem] | Unset = UNSET
        if _filtering is not UNSET:
            filtering = []
            for filtering_item_data in _filtering:
                filtering_item = AdsIntegratedReportFilteringItem.from_dict(
                    filtering_item_data
                )

                filtering.append(filtering_item)

        metrics = cast(list[str], d.pop("metrics", UNSET))

        multi_adv_report_in_utc_time = d.pop("multi_adv_report_in_utc_time", UNSET)

        order_field = d.pop("order_field", UNSET)

        _order_type = d.pop("order_type", UNSET)
        order_type: AdsIntegratedReportBodyOrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_ads_integrated_report_body_order_type(_order_type)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        query_lifetime = d.pop("query_lifetime", UNSET)

        service_type = d.pop("service_type", UNSET)

        start_date = d.pop("start_date", UNSET)

        ads_integrated_report_body = cls(
            account_id=account_id,
            dimensions=dimensions,
            report_type=report_type,
            advertiser_id=advertiser_id,
            advertiser_ids=advertiser_ids,
            bc_id=bc_id,
            data_level=data_level,
            enable_total_metrics=enable_total_metrics,
            end_date=end_date,
            filtering=filtering,
            metrics=metrics,
            multi_adv_report_in_utc_time=multi_adv_report_in_utc_time,
            order_field=order_field,
            order_type=order_type,
            page=page,
            page_size=page_size,
            query_lifetime=query_lifetime,
            service_type=service_type,
            start_date=start_date,
        )

        ads_integrated_report_body.additional_properties = d
        return ads_integrated_report_body

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

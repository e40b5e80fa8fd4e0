# generated from openapi.json by codegen; do not edit
"""`client.ad_reports`: the Ads/Leads & Reports operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.ads_integrated_report_list_item import AdsIntegratedReportListItem
    from .._generated.models.ads_integrated_report_response import AdsIntegratedReportResponse
    from .._generated.models.ads_leads_list_list_item import AdsLeadsListListItem
    from .._generated.models.ads_leads_list_response import AdsLeadsListResponse
    from ..models._params import AdsIntegratedReportFilteringItemParam

__all__ = ["AdReportsResource", "AdReportsResourceWithRawResponse"]


class AdReportsResource(Resource):
    """Operations tagged Ads/Leads & Reports."""

    @functools.cached_property
    def with_raw_response(self) -> AdReportsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AdReportsResourceWithRawResponse(self)

    def integrated_report(
        self,
        *,
        account_id: str,
        dimensions: list[str],
        report_type: Literal["BASIC", "AUDIENCE", "PLAYABLE_MATERIAL", "CATALOG", "BC", "TT_SHOP"],
        advertiser_id: str | None = None,
        advertiser_ids: list[str] | None = None,
        bc_id: str | None = None,
        data_level: Literal[
            "AUCTION_AD", "AUCTION_ADGROUP", "AUCTION_CAMPAIGN", "AUCTION_ADVERTISER"
        ]
        | None = None,
        enable_total_metrics: bool | None = None,
        end_date: str | None = None,
        filtering: list[AdsIntegratedReportFilteringItemParam] | None = None,
        metrics: list[str] | None = None,
        multi_adv_report_in_utc_time: bool | None = None,
        order_field: str | None = None,
        order_type: Literal["ASC", "DESC"] | None = None,
        page: int | None = None,
        page_size: int = 10,
        query_lifetime: bool | None = None,
        service_type: str | None = None,
        start_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[AdsIntegratedReportResponse, AdsIntegratedReportListItem]:
        """Ad Integrated Report.

        `POST /open/v1/ads/tiktok/report` (trenz-ads-integrated-report): 5 coins, charged per call.

        Get a TikTok ad integrated report with multi-dimensional, multi-metric aggregation.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `AdsIntegratedReportListItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            account_id: (body, required) Advertiser account ID
            dimensions: (body, required) Aggregation dimension
            report_type: (body, required) Report type
            advertiser_id: (body) Advertiser account ID (one of `advertiser_account_id`, `advertiser_ids`, or `bc_id` is required)
            advertiser_ids: (body) Advertiser ID list, max 5
            bc_id: (body) Business Center ID
            data_level: (body) Data level
            enable_total_metrics: (body) Whether to return aggregated metrics
            end_date: (body) End date, YYYY-MM-DD
            filtering: (body) Filter
            metrics: (body) Metrics to query, default ["spend","impressions"]
            multi_adv_report_in_utc_time: (body) Whether to use UTC time
            order_field: (body) Sort field
            order_type: (body) Sort mode
            page: (body) Page number
            page_size: (body) Page size, default 10, max 1000 Default: 10.
            query_lifetime: (body) Whether to query lifetime metrics
            service_type: (body) Service type
            start_date: (body) Start date, YYYY-MM-DD
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "dimensions": dimensions,
            "report_type": report_type,
            "advertiser_id": advertiser_id,
            "advertiser_ids": advertiser_ids,
            "bc_id": bc_id,
            "data_level": data_level,
            "enable_total_metrics": enable_total_metrics,
            "end_date": end_date,
            "filtering": filtering,
            "metrics": metrics,
            "multi_adv_report_in_utc_time": multi_adv_report_in_utc_time,
            "order_field": order_field,
            "order_type": order_type,
            "page": page,
            "page_size": page_size,
            "query_lifetime": query_lifetime,
            "service_type": service_type,
            "start_date": start_date,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-ads-integrated-report", params, options)

    def leads_list(
        self,
        *,
        advertiser_id: str | None = None,
        end_time: int | None = None,
        lead_id: str | None = None,
        page: int | None = None,
        page_size: int = 10,
        platform: str | None = None,
        start_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[AdsLeadsListResponse, AdsLeadsListListItem]:
        """Leads List.

        `POST /open/v1/ads/tiktok/leads` (trenz-ads-leads-list): 1 coins, charged per call.

        List TikTok ad leads, filterable by advertiser account, platform, and time range.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `AdsLeadsListListItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            advertiser_id: (body) Advertiser account ID
            end_time: (body) Lead creation time end (Unix seconds)
            lead_id: (body) Lead ID (exact match)
            page: (body) Page number
            page_size: (body) Page size, default 10, max 100 Default: 10.
            platform: (body) Platform type, e.g. tiktok
            start_time: (body) Lead creation time start (Unix seconds)
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "advertiser_id": advertiser_id,
            "end_time": end_time,
            "lead_id": lead_id,
            "page": page,
            "page_size": page_size,
            "platform": platform,
            "start_time": start_time,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-ads-leads-list", params, options)


class AdReportsResourceWithRawResponse(RawResponses):
    """`client.ad_reports.with_raw_response`: each call's `RawResponse`.

    The methods of `AdReportsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AdReportsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.integrated_report = async_to_raw_response_wrapper(raw.integrated_report)
        self.leads_list = async_to_raw_response_wrapper(raw.leads_list)

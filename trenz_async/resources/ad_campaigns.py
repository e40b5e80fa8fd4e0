# generated from openapi.json by codegen; do not edit
"""`client.ad_campaigns`: the Ads/Campaigns operations."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.ads_detail_response import AdsDetailResponse
    from .._generated.models.ads_insight_data_response import AdsInsightDataResponse
    from .._generated.models.ads_list_list_item import AdsListListItem
    from .._generated.models.ads_list_response import AdsListResponse
    from ..models._params import AdsListFilteringParam

__all__ = ["AdCampaignsResource", "AdCampaignsResourceWithRawResponse"]


class AdCampaignsResource(Resource):
    """Operations tagged Ads/Campaigns."""

    @functools.cached_property
    def with_raw_response(self) -> AdCampaignsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AdCampaignsResourceWithRawResponse(self)

    async def detail(
        self,
        *,
        ad_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AdsDetailResponse:
        """Ad Detail.

        `POST /open/v1/ads/tiktok/ads/detail` (trenz-ads-detail): 1 coins, charged per call.

        Get full details of a single TikTok ad, including targeting, budget/bid, and performance data.

        Args:
            ad_id: (body, required) Ad ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "ad_id": ad_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast("AdsDetailResponse", await self._call("trenz-ads-detail", params, options))

    async def insight_data(
        self,
        *,
        ad_id: str,
        end_date: str | None = None,
        start_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AdsInsightDataResponse:
        """Ad Insight Data.

        `POST /open/v1/ads/tiktok/ads/insight` (trenz-ads-insight-data): 5 coins, charged per call.

        Get TikTok ad performance data, including dashboard summary and daily breakdown.

        Args:
            ad_id: (body, required) Ad ID
            end_date: (body) Query end date, format YYYY-MM-DD, omit for all-time
            start_date: (body) Query start date, format YYYY-MM-DD, omit for all-time
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "ad_id": ad_id,
            "end_date": end_date,
            "start_date": start_date,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "AdsInsightDataResponse", await self._call("trenz-ads-insight-data", params, options)
        )

    def list(
        self,
        *,
        account_id: str | None = None,
        advertiser_id: str | None = None,
        exclude_field_types_in_response: builtins.list[str] | None = None,
        fields: builtins.list[str] | None = None,
        filtering: AdsListFilteringParam | None = None,
        force_refresh: bool | None = None,
        page: int | None = None,
        page_size: int = 20,
        with_metrics: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[AdsListResponse, AdsListListItem]:
        """Ad List.

        `POST /open/v1/ads/tiktok/ads` (trenz-ads-list): 1 coins, charged per call.

        List TikTok ads with field selection, filter conditions, and metrics.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `AdsListListItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            account_id: (body) Advertiser account ID
            advertiser_id: (body) Advertiser account ID
            exclude_field_types_in_response: (body) Excluded field types
            fields: (body) Fields to return
            filtering: (body) Filter (click to expand for details)
            force_refresh: (body) Whether to force refresh
            page: (body) Page number
            page_size: (body) Page size, default 20, max 100 Default: 20.
            with_metrics: (body) Whether to include metric data
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "advertiser_id": advertiser_id,
            "exclude_field_types_in_response": exclude_field_types_in_response,
            "fields": fields,
            "filtering": filtering,
            "force_refresh": force_refresh,
            "page": page,
            "page_size": page_size,
            "with_metrics": with_metrics,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-ads-list", params, options)


class AdCampaignsResourceWithRawResponse(RawResponses):
    """`client.ad_campaigns.with_raw_response`: each call's `RawResponse`.

    The methods of `AdCampaignsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AdCampaignsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.detail = async_to_raw_response_wrapper(raw.detail)
        self.insight_data = async_to_raw_response_wrapper(raw.insight_data)
        self.list = async_to_raw_response_wrapper(raw.list)

# generated from openapi.json by codegen; do not edit
"""`client.ad_campaigns`: the Ads/Campaigns operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.ads_detail_response import AdsDetailResponse
    from .._generated.models.ads_insight_data_response import AdsInsightDataResponse
    from .._generated.models.ads_list_response import AdsListResponse

__all__ = ["AdCampaignsResource"]


class AdCampaignsResource(Resource):
    """Operations tagged Ads/Campaigns."""

    async def detail(
        self,
        *,
        ad_id: str,
    ) -> AdsDetailResponse:
        """Ad Detail.

        `POST /open/v1/ads/tiktok/ads/detail` (trenz-ads-detail): 1 coins, charged per call.

        Get full details of a single TikTok ad, including targeting, budget/bid, and performance data.

        Args:
            ad_id: (body, required) Ad ID
        """
        params: dict[str, Any] = {
            "ad_id": ad_id,
        }
        return cast("AdsDetailResponse", await self._call("trenz-ads-detail", params))

    async def insight_data(
        self,
        *,
        ad_id: str,
        end_date: str | None = None,
        start_date: str | None = None,
    ) -> AdsInsightDataResponse:
        """Ad Insight Data.

        `POST /open/v1/ads/tiktok/ads/insight` (trenz-ads-insight-data): 5 coins, charged per call.

        Get TikTok ad performance data, including dashboard summary and daily breakdown.

        Args:
            ad_id: (body, required) Ad ID
            end_date: (body) Query end date, format YYYY-MM-DD, omit for all-time
            start_date: (body) Query start date, format YYYY-MM-DD, omit for all-time
        """
        params: dict[str, Any] = {
            "ad_id": ad_id,
            "end_date": end_date,
            "start_date": start_date,
        }
        return cast("AdsInsightDataResponse", await self._call("trenz-ads-insight-data", params))

    async def list(
        self,
        *,
        account_id: str | None = None,
        advertiser_id: str | None = None,
        exclude_field_types_in_response: list[Any] | None = None,
        fields: list[Any] | None = None,
        filtering: dict[str, Any] | None = None,
        force_refresh: bool | None = None,
        page: int | None = None,
        page_size: int = 20,
        with_metrics: bool | None = None,
    ) -> AdsListResponse:
        """Ad List.

        `POST /open/v1/ads/tiktok/ads` (trenz-ads-list): 1 coins, charged per call.

        List TikTok ads with field selection, filter conditions, and metrics.

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
        return cast("AdsListResponse", await self._call("trenz-ads-list", params))

# generated from openapi.json by codegen; do not edit
"""`client.social_analytics`: the Social/5.Analytics operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.social_analytics_overview_response import (
        SocialAnalyticsOverviewResponse,
    )
    from .._generated.models.social_analytics_shop_video_detail_response import (
        SocialAnalyticsShopVideoDetailResponse,
    )
    from .._generated.models.social_analytics_shop_videos_response import (
        SocialAnalyticsShopVideosResponse,
    )
    from .._generated.models.social_analytics_shop_videos_video import (
        SocialAnalyticsShopVideosVideo,
    )
    from .._generated.models.social_analytics_top_accounts_response import (
        SocialAnalyticsTopAccountsResponse,
    )
    from .._generated.models.social_analytics_top_products_response import (
        SocialAnalyticsTopProductsResponse,
    )
    from .._generated.models.social_analytics_top_videos_response import (
        SocialAnalyticsTopVideosResponse,
    )
    from .._generated.models.social_analytics_trend_response import SocialAnalyticsTrendResponse

__all__ = ["SocialAnalyticsResource", "SocialAnalyticsResourceWithRawResponse"]


class SocialAnalyticsResource(Resource):
    """Operations tagged Social/5.Analytics."""

    @functools.cached_property
    def with_raw_response(self) -> SocialAnalyticsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return SocialAnalyticsResourceWithRawResponse(self)

    async def overview(
        self,
        *,
        account_types: list[str] | None = None,
        end_date: str | None = None,
        platform_account_ids: list[int] | None = None,
        platforms: list[str] | None = None,
        start_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialAnalyticsOverviewResponse:
        """Analytics Overview.

        `POST /open/v1/social/analytics/overview` (trenz-social-analytics-overview): 1 coins, charged per call.

        Get a social account analytics overview, including views, engagement, and commerce aggregates.

        Args:
            account_types: (body) Account type filter
            end_date: (body) End date YYYY-MM-DD
            platform_account_ids: (body) Account filter
            platforms: (body) Platform filter
            start_date: (body) Start date YYYY-MM-DD
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_types": account_types,
            "end_date": end_date,
            "platform_account_ids": platform_account_ids,
            "platforms": platforms,
            "start_date": start_date,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialAnalyticsOverviewResponse",
            await self._call("trenz-social-analytics-overview", params, options),
        )

    async def shop_video_detail(
        self,
        *,
        platform_account_id: int,
        platform_video_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialAnalyticsShopVideoDetailResponse:
        """Shoppable Video Detail.

        `POST /open/v1/social/analytics/shop-videos/detail` (trenz-social-analytics-shop-video-detail): 1 coins, charged per call.

        Get daily commerce metrics and linked products for a shoppable video.

        Args:
            platform_account_id: (body, required) Shop account ID
            platform_video_id: (body, required) Platform video ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "platform_account_id": platform_account_id,
            "platform_video_id": platform_video_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialAnalyticsShopVideoDetailResponse",
            await self._call("trenz-social-analytics-shop-video-detail", params, options),
        )

    def shop_videos(
        self,
        *,
        date_range: Literal["7d", "14d", "30d"],
        account_types: list[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        platform_account_ids: list[int] | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialAnalyticsShopVideosResponse, SocialAnalyticsShopVideosVideo]:
        """Shoppable Video List.

        `POST /open/v1/social/analytics/shop-videos` (trenz-social-analytics-shop-videos): 2 coins, charged per call.

        List TikTok Shop shoppable videos with their commerce metrics.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialAnalyticsShopVideosVideo`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            date_range: (body, required) Date range
            account_types: (body) Account type list
            limit: (body) Page size
            offset: (body) Offset
            platform_account_ids: (body) Platform account ID list
            sort_by: (body) Sort: gmv/orders/items_sold/published_at
            sort_order: (body) Sort direction: desc/asc
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "date_range": date_range,
            "account_types": account_types,
            "limit": limit,
            "offset": offset,
            "platform_account_ids": platform_account_ids,
            "sort_by": sort_by,
            "sort_order": sort_order,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-analytics-shop-videos", params, options)

    async def top_accounts(
        self,
        *,
        metric: str,
        account_types: list[str] | None = None,
        end_date: str | None = None,
        limit: int | None = None,
        platforms: list[str] | None = None,
        start_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialAnalyticsTopAccountsResponse:
        """Top Accounts Ranking.

        `POST /open/v1/social/analytics/top-accounts` (trenz-social-analytics-top-accounts): 1 coins, charged per call.

        Rank top accounts by metric.

        Args:
            metric: (body, required) Sort metric: views/likes/comments/shares/gmv
            account_types: (body) Account type list
            end_date: (body) End date YYYY-MM-DD
            limit: (body) Result size, default 10
            platforms: (body) Platform list, e.g. ["tiktok"]
            start_date: (body) Start date YYYY-MM-DD
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "metric": metric,
            "account_types": account_types,
            "end_date": end_date,
            "limit": limit,
            "platforms": platforms,
            "start_date": start_date,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialAnalyticsTopAccountsResponse",
            await self._call("trenz-social-analytics-top-accounts", params, options),
        )

    async def top_products(
        self,
        *,
        metric: str,
        account_types: list[str] | None = None,
        end_date: str | None = None,
        limit: int | None = None,
        platform_account_ids: list[int] | None = None,
        start_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialAnalyticsTopProductsResponse:
        """Top Products Ranking.

        `POST /open/v1/social/analytics/top-products` (trenz-social-analytics-top-products): 1 coins, charged per call.

        Rank top products by sales metric.

        Args:
            metric: (body, required) Sort metric: gmv/orders/video_count
            account_types: (body) Account type list
            end_date: (body) End date YYYY-MM-DD
            limit: (body) Result size, default 10
            platform_account_ids: (body) Account ID list
            start_date: (body) Start date YYYY-MM-DD
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "metric": metric,
            "account_types": account_types,
            "end_date": end_date,
            "limit": limit,
            "platform_account_ids": platform_account_ids,
            "start_date": start_date,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialAnalyticsTopProductsResponse",
            await self._call("trenz-social-analytics-top-products", params, options),
        )

    async def top_videos(
        self,
        *,
        metric: str,
        account_types: list[str] | None = None,
        end_date: str | None = None,
        limit: int | None = None,
        platform_account_ids: list[int] | None = None,
        platforms: list[str] | None = None,
        start_date: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialAnalyticsTopVideosResponse:
        """Top Videos Ranking.

        `POST /open/v1/social/analytics/top-videos` (trenz-social-analytics-top-videos): 1 coins, charged per call.

        Rank top videos by metric.

        Args:
            metric: (body, required) Sort metric: views/likes/comments/shares
            account_types: (body) Account type list
            end_date: (body) End date YYYY-MM-DD
            limit: (body) Result size, default 10
            platform_account_ids: (body) Account ID list
            platforms: (body) Platform list
            start_date: (body) Start date YYYY-MM-DD
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "metric": metric,
            "account_types": account_types,
            "end_date": end_date,
            "limit": limit,
            "platform_account_ids": platform_account_ids,
            "platforms": platforms,
            "start_date": start_date,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialAnalyticsTopVideosResponse",
            await self._call("trenz-social-analytics-top-videos", params, options),
        )

    async def trend(
        self,
        *,
        metric: str,
        account_types: list[str] | None = None,
        end_date: str | None = None,
        granularity: str | None = None,
        platform_account_ids: list[int] | None = None,
        platforms: list[str] | None = None,
        start_date: str | None = None,
        value_mode: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialAnalyticsTrendResponse:
        """Analytics Trend.

        `POST /open/v1/social/analytics/trend` (trenz-social-analytics-trend): 1 coins, charged per call.

        Get time-series trend data for a specified metric.

        Args:
            metric: (body, required) Metric: views/likes/comments/shares/followers
            account_types: (body) Account type list
            end_date: (body) End date YYYY-MM-DD
            granularity: (body) Time granularity: day/week
            platform_account_ids: (body) Account ID list
            platforms: (body) Platform list
            start_date: (body) Start date YYYY-MM-DD
            value_mode: (body) Numeric mode
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "metric": metric,
            "account_types": account_types,
            "end_date": end_date,
            "granularity": granularity,
            "platform_account_ids": platform_account_ids,
            "platforms": platforms,
            "start_date": start_date,
            "value_mode": value_mode,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialAnalyticsTrendResponse",
            await self._call("trenz-social-analytics-trend", params, options),
        )


class SocialAnalyticsResourceWithRawResponse(RawResponses):
    """`client.social_analytics.with_raw_response`: each call's `RawResponse`.

    The methods of `SocialAnalyticsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: SocialAnalyticsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.overview = async_to_raw_response_wrapper(raw.overview)
        self.shop_video_detail = async_to_raw_response_wrapper(raw.shop_video_detail)
        self.shop_videos = async_to_raw_response_wrapper(raw.shop_videos)
        self.top_accounts = async_to_raw_response_wrapper(raw.top_accounts)
        self.top_products = async_to_raw_response_wrapper(raw.top_products)
        self.top_videos = async_to_raw_response_wrapper(raw.top_videos)
        self.trend = async_to_raw_response_wrapper(raw.trend)

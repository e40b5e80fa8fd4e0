# generated from openapi.json by codegen; do not edit
"""`client.ads`: the Data/Ads operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.ad_creative_detail_response import AdCreativeDetailResponse
    from .._generated.models.ads_search_item import AdsSearchItem
    from .._generated.models.ads_search_response import AdsSearchResponse

__all__ = ["AdsResource", "AdsResourceWithRawResponse"]


class AdsResource(Resource):
    """Operations tagged Data/Ads."""

    @functools.cached_property
    def with_raw_response(self) -> AdsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AdsResourceWithRawResponse(self)

    async def creative_detail(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        id: str,
        include: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AdCreativeDetailResponse:
        """TikTok Ad Creative Detail.

        `GET /open/v1/ad-creatives/{id}` (trenz-ad-creative-detail): 5 coins, charged per call.

        Get TikTok ad creative details.

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            id: (path, required) See the Trenz API reference.
            include: (query) Include related resources, comma-separated (values: calendar(Calendar data), core(Core metrics), products(Linked products), similar(Similar creatives), trend(Trend data))
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country": country,
            "id": id,
            "include": include,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "AdCreativeDetailResponse",
            await self._call("trenz-ad-creative-detail", params, options),
        )

    def search(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        ad_type: str | None = None,
        category: str | None = None,
        exclude_spark_ads: bool | None = None,
        keyword: str | None = None,
        max_days: float | None = None,
        max_gmv: float | None = None,
        max_views: float | None = None,
        min_days: float | None = None,
        min_gmv: float | None = None,
        min_views: float | None = None,
        page: int = 1,
        page_size: int = 20,
        sort: Literal[
            "cost:asc",
            "cost:desc",
            "days:asc",
            "days:desc",
            "engagement:asc",
            "engagement:desc",
            "gmv:asc",
            "gmv:desc",
            "views:asc",
            "views:desc",
        ] = "gmv:desc",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[AdsSearchResponse, AdsSearchItem]:
        """Ad Search.

        `GET /open/v1/ads/search` (trenz-ads-search): 5 coins, charged per call.

        Search TikTok ad creatives with filters on delivery days, estimated GMV, engagement rate, etc.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `AdsSearchItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            ad_type: (query) Ad type: 1=TikTok Shop, 2=Independent Site, 3=App, 4=Game, 5=Brand, 6=Lead, 7=Engagement
            category: (query) Ad category ID
            exclude_spark_ads: (query) Exclude Spark Ads
            keyword: (query) Search keyword
            max_days: (query) Max delivery days
            max_gmv: (query) Max GMV (USD)
            max_views: (query) Max views
            min_days: (query) Min delivery days
            min_gmv: (query) Min GMV (USD)
            min_views: (query) Min views
            page: (query) Page number, default 1 Default: 1.
            page_size: (query) Page size, default 20, max 20 Default: 20.
            sort: (query) Sort field, format: field:asc|desc. Allowed fields: cost, days, engagement, gmv, views. Default: gmv:desc Default: 'gmv:desc'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country": country,
            "ad_type": ad_type,
            "category": category,
            "exclude_spark_ads": exclude_spark_ads,
            "keyword": keyword,
            "max_days": max_days,
            "max_gmv": max_gmv,
            "max_views": max_views,
            "min_days": min_days,
            "min_gmv": min_gmv,
            "min_views": min_views,
            "page": page,
            "page_size": page_size,
            "sort": sort,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-ads-search", params, options)


class AdsResourceWithRawResponse(RawResponses):
    """`client.ads.with_raw_response`: each call's `RawResponse`.

    The methods of `AdsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AdsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.creative_detail = async_to_raw_response_wrapper(raw.creative_detail)
        self.search = async_to_raw_response_wrapper(raw.search)

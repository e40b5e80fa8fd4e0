# generated from openapi.json by codegen; do not edit
"""`client.lives`: the Data/Lives operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.lives_detail_response import LivesDetailResponse
    from .._generated.models.lives_search_item import LivesSearchItem
    from .._generated.models.lives_search_response import LivesSearchResponse

__all__ = ["LivesResource", "LivesResourceWithRawResponse"]


class LivesResource(Resource):
    """Operations tagged Data/Lives."""

    @functools.cached_property
    def with_raw_response(self) -> LivesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return LivesResourceWithRawResponse(self)

    async def detail(
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
    ) -> LivesDetailResponse:
        """Live Detail.

        `GET /open/v1/lives/{id}` (trenz-lives-detail): 5 coins, charged per call.

        Get TikTok live stream details, including basics, core metrics, trends, linked products, and similar lives.

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            id: (path, required) See the Trenz API reference.
            include: (query) Include related resources, comma-separated (values: core(Core metrics), products(Linked products), similar(Similar lives), trend(Trend data))
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
        return cast("LivesDetailResponse", await self._call("trenz-lives-detail", params, options))

    def search(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        category: str | None = None,
        is_commercial: bool | None = None,
        is_living: bool | None = None,
        keyword: str | None = None,
        max_audience: float | None = None,
        max_gmv: float | None = None,
        max_sold: float | None = None,
        min_audience: float | None = None,
        min_gmv: float | None = None,
        min_sold: float | None = None,
        page: int = 1,
        page_size: int = 20,
        product_category: str | None = None,
        sort: Literal[
            "audience:asc",
            "audience:desc",
            "gmv:asc",
            "gmv:desc",
            "peak_audience:asc",
            "peak_audience:desc",
            "sold:asc",
            "sold:desc",
            "start_time:asc",
            "start_time:desc",
        ] = "gmv:desc",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[LivesSearchResponse, LivesSearchItem]:
        """Live Search.

        `GET /open/v1/lives/search` (trenz-lives-search): 5 coins, charged per call.

        Search TikTok commerce live streams with filters on sales, GMV, audience count, etc.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `LivesSearchItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            category: (query) Streamer category ID
            is_commercial: (query) Whether is a commerce live
            is_living: (query) Whether currently live-streaming
            keyword: (query) Search keyword
            max_audience: (query) Max audience
            max_gmv: (query) Max GMV (USD)
            max_sold: (query) Max sales
            min_audience: (query) Min audience
            min_gmv: (query) Min GMV (USD)
            min_sold: (query) Min sales
            page: (query) Page number, default 1 Default: 1.
            page_size: (query) Page size, default 20, max 20 Default: 20.
            product_category: (query) Product category ID
            sort: (query) Sort field, format: field:asc|desc. Allowed fields: audience, gmv, peak_audience, sold, start_time. Default: gmv:desc Default: 'gmv:desc'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country": country,
            "category": category,
            "is_commercial": is_commercial,
            "is_living": is_living,
            "keyword": keyword,
            "max_audience": max_audience,
            "max_gmv": max_gmv,
            "max_sold": max_sold,
            "min_audience": min_audience,
            "min_gmv": min_gmv,
            "min_sold": min_sold,
            "page": page,
            "page_size": page_size,
            "product_category": product_category,
            "sort": sort,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-lives-search", params, options)


class LivesResourceWithRawResponse(RawResponses):
    """`client.lives.with_raw_response`: each call's `RawResponse`.

    The methods of `LivesResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: LivesResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.detail = async_to_raw_response_wrapper(raw.detail)
        self.search = async_to_raw_response_wrapper(raw.search)

# generated from openapi.json by codegen; do not edit
"""`client.videos`: the Data/Videos operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.videos_detail_response import VideosDetailResponse
    from .._generated.models.videos_search_item import VideosSearchItem
    from .._generated.models.videos_search_response import VideosSearchResponse

__all__ = ["VideosResource", "VideosResourceWithRawResponse"]


class VideosResource(Resource):
    """Operations tagged Data/Videos."""

    @functools.cached_property
    def with_raw_response(self) -> VideosResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return VideosResourceWithRawResponse(self)

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
    ) -> VideosDetailResponse:
        """Video Detail.

        `GET /open/v1/videos/{id}` (trenz-videos-detail): 5 coins, charged per call.

        Get TikTok video details with linked products.

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            id: (path, required) See the Trenz API reference.
            include: (query) Include related resources, comma-separated (values: products(Linked products))
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
            "VideosDetailResponse", await self._call("trenz-videos-detail", params, options)
        )

    def search(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        category: str | None = None,
        is_commercial: bool | None = None,
        keyword: str | None = None,
        max_engagement: float | None = None,
        max_gmv_30d: float | None = None,
        max_likes: float | None = None,
        max_views: float | None = None,
        min_engagement: float | None = None,
        min_gmv_30d: float | None = None,
        min_likes: float | None = None,
        min_views: float | None = None,
        page: int = 1,
        page_size: int = 20,
        sort: Literal[
            "engagement:asc",
            "engagement:desc",
            "gmv_30d:asc",
            "gmv_30d:desc",
            "launch_time:asc",
            "launch_time:desc",
            "likes:asc",
            "likes:desc",
            "sold_30d:asc",
            "sold_30d:desc",
            "views:asc",
            "views:desc",
        ] = "views:desc",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[VideosSearchResponse, VideosSearchItem]:
        """Video Search.

        `GET /open/v1/videos/search` (trenz-videos-search): 5 coins, charged per call.

        Search TikTok shoppable videos with multi-dimensional filters on views, GMV, engagement rate, etc.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `VideosSearchItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            category: (query) Video category ID
            is_commercial: (query) Whether is a commerce video
            keyword: (query) Search keyword
            max_engagement: (query) Max engagement rate (0-1)
            max_gmv_30d: (query) 30-day max GMV (USD)
            max_likes: (query) Max likes
            max_views: (query) Max views
            min_engagement: (query) Min engagement rate (0-1)
            min_gmv_30d: (query) 30-day min GMV (USD)
            min_likes: (query) Min likes
            min_views: (query) Min views
            page: (query) Page number, default 1 Default: 1.
            page_size: (query) Page size, default 20, max 20 Default: 20.
            sort: (query) Sort field, format: field:asc|desc. Allowed fields: engagement, gmv_30d, launch_time, likes, sold_30d, views. Default: views:desc Default: 'views:desc'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country": country,
            "category": category,
            "is_commercial": is_commercial,
            "keyword": keyword,
            "max_engagement": max_engagement,
            "max_gmv_30d": max_gmv_30d,
            "max_likes": max_likes,
            "max_views": max_views,
            "min_engagement": min_engagement,
            "min_gmv_30d": min_gmv_30d,
            "min_likes": min_likes,
            "min_views": min_views,
            "page": page,
            "page_size": page_size,
            "sort": sort,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-videos-search", params, options)


class VideosResourceWithRawResponse(RawResponses):
    """`client.videos.with_raw_response`: each call's `RawResponse`.

    The methods of `VideosResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: VideosResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.detail = async_to_raw_response_wrapper(raw.detail)
        self.search = async_to_raw_response_wrapper(raw.search)

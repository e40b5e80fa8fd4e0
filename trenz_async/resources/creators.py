# generated from openapi.json by codegen; do not edit
"""`client.creators`: the Data/Creators operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.creators_detail_response import CreatorsDetailResponse
    from .._generated.models.creators_search_item import CreatorsSearchItem
    from .._generated.models.creators_search_response import CreatorsSearchResponse

__all__ = ["CreatorsResource", "CreatorsResourceWithRawResponse"]


class CreatorsResource(Resource):
    """Operations tagged Data/Creators."""

    @functools.cached_property
    def with_raw_response(self) -> CreatorsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return CreatorsResourceWithRawResponse(self)

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
    ) -> CreatorsDetailResponse:
        """Creator Detail.

        `GET /open/v1/creators/{id}` (trenz-creators-detail): 5 coins, charged per call.

        Get TikTok creator details with video list and shoppable products.

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            id: (path, required) See the Trenz API reference.
            include: (query) Include related resources, comma-separated (values: products(Linked products), videos(Linked videos))
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
            "CreatorsDetailResponse", await self._call("trenz-creators-detail", params, options)
        )

    def search(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        category: str | None = None,
        has_contact: bool | None = None,
        keyword: str | None = None,
        max_avg_views: float | None = None,
        max_engagement: float | None = None,
        max_followers: float | None = None,
        max_gmv_30d: float | None = None,
        min_avg_views: float | None = None,
        min_engagement: float | None = None,
        min_followers: float | None = None,
        min_gmv_30d: float | None = None,
        page: int = 1,
        page_size: int = 20,
        sort: Literal[
            "avg_views:asc",
            "avg_views:desc",
            "engagement:asc",
            "engagement:desc",
            "follower_growth_7d:asc",
            "follower_growth_7d:desc",
            "followers:asc",
            "followers:desc",
            "gmv_30d:asc",
            "gmv_30d:desc",
            "video_gmv_30d:asc",
            "video_gmv_30d:desc",
        ] = "gmv_30d:desc",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[CreatorsSearchResponse, CreatorsSearchItem]:
        """Creator Search.

        `GET /open/v1/creators/search` (trenz-creators-search): 5 coins, charged per call.

        Search TikTok creators with multi-dimensional filters on followers, GMV, engagement rate, etc.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `CreatorsSearchItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            category: (query) Creator category ID
            has_contact: (query) Whether has contact info
            keyword: (query) Search keyword
            max_avg_views: (query) Max average views
            max_engagement: (query) Max engagement rate (0-1)
            max_followers: (query) Max followers
            max_gmv_30d: (query) 30-day max GMV (USD)
            min_avg_views: (query) Min average views
            min_engagement: (query) Min engagement rate (0-1)
            min_followers: (query) Min followers
            min_gmv_30d: (query) 30-day min GMV (USD)
            page: (query) Page number, default 1 Default: 1.
            page_size: (query) Page size, default 20, max 20 Default: 20.
            sort: (query) Sort field, format: field:asc|desc. Allowed fields: avg_views, engagement, follower_growth_7d, followers, gmv_30d, video_gmv_30d. Default: gmv_30d:desc Default: 'gmv_30d:desc'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country": country,
            "category": category,
            "has_contact": has_contact,
            "keyword": keyword,
            "max_avg_views": max_avg_views,
            "max_engagement": max_engagement,
            "max_followers": max_followers,
            "max_gmv_30d": max_gmv_30d,
            "min_avg_views": min_avg_views,
            "min_engagement": min_engagement,
            "min_followers": min_followers,
            "min_gmv_30d": min_gmv_30d,
            "page": page,
            "page_size": page_size,
            "sort": sort,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-creators-search", params, options)


class CreatorsResourceWithRawResponse(RawResponses):
    """`client.creators.with_raw_response`: each call's `RawResponse`.

    The methods of `CreatorsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: CreatorsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.detail = async_to_raw_response_wrapper(raw.detail)
        self.search = async_to_raw_response_wrapper(raw.search)

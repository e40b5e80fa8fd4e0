# generated from openapi.json by codegen; do not edit
"""`client.sellers`: the Data/Sellers operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.sellers_detail_response import SellersDetailResponse
    from .._generated.models.sellers_search_item import SellersSearchItem
    from .._generated.models.sellers_search_response import SellersSearchResponse

__all__ = ["SellersResource", "SellersResourceWithRawResponse"]


class SellersResource(Resource):
    """Operations tagged Data/Sellers."""

    @functools.cached_property
    def with_raw_response(self) -> SellersResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return SellersResourceWithRawResponse(self)

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
    ) -> SellersDetailResponse:
        """Seller Detail.

        `GET /open/v1/sellers/{id}` (trenz-sellers-detail): 5 coins, charged per call.

        Get TikTok seller details with product list and linked creators.

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            id: (path, required) See the Trenz API reference.
            include: (query) Include related resources, comma-separated (values: creators(Linked creators), products(Linked products))
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
            "SellersDetailResponse", await self._call("trenz-sellers-detail", params, options)
        )

    def search(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        category: str | None = None,
        keyword: str | None = None,
        max_gmv_7d: float | None = None,
        max_rating: float | None = None,
        max_sold_7d: float | None = None,
        min_gmv_7d: float | None = None,
        min_rating: float | None = None,
        min_sold_7d: float | None = None,
        page: int = 1,
        page_size: int = 20,
        seller_type: str | None = None,
        sort: Literal[
            "gmv_7d:asc",
            "gmv_7d:desc",
            "product_count:asc",
            "product_count:desc",
            "rating:asc",
            "rating:desc",
            "sold_7d:asc",
            "sold_7d:desc",
            "total_gmv:asc",
            "total_gmv:desc",
            "total_sold:asc",
            "total_sold:desc",
        ] = "gmv_7d:desc",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SellersSearchResponse, SellersSearchItem]:
        """Seller Search.

        `GET /open/v1/sellers/search` (trenz-sellers-search): 5 coins, charged per call.

        Search TikTok sellers with multi-dimensional filters on category, rating, sales, etc.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SellersSearchItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            category: (query) Seller primary category ID
            keyword: (query) Search keyword
            max_gmv_7d: (query) 7-day max sales amount (USD)
            max_rating: (query) Max seller rating
            max_sold_7d: (query) 7-day max sales
            min_gmv_7d: (query) 7-day min sales amount (USD)
            min_rating: (query) Min seller rating
            min_sold_7d: (query) 7-day min sales
            page: (query) Page number, default 1 Default: 1.
            page_size: (query) Page size, default 20, max 20 Default: 20.
            seller_type: (query) Seller type: 1=Overseas Non-brand, 2=Local, 3=Brand, 4=Non-brand
            sort: (query) Sort field, format: field:asc|desc. Allowed fields: gmv_7d, product_count, rating, sold_7d, total_gmv, total_sold. Default: gmv_7d:desc Default: 'gmv_7d:desc'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country": country,
            "category": category,
            "keyword": keyword,
            "max_gmv_7d": max_gmv_7d,
            "max_rating": max_rating,
            "max_sold_7d": max_sold_7d,
            "min_gmv_7d": min_gmv_7d,
            "min_rating": min_rating,
            "min_sold_7d": min_sold_7d,
            "page": page,
            "page_size": page_size,
            "seller_type": seller_type,
            "sort": sort,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-sellers-search", params, options)


class SellersResourceWithRawResponse(RawResponses):
    """`client.sellers.with_raw_response`: each call's `RawResponse`.

    The methods of `SellersResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: SellersResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.detail = async_to_raw_response_wrapper(raw.detail)
        self.search = async_to_raw_response_wrapper(raw.search)

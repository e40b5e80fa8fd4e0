# generated from openapi.json by codegen; do not edit
"""`client.products`: the Data/Products operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.products_detail_response import ProductsDetailResponse
    from .._generated.models.products_search_item import ProductsSearchItem
    from .._generated.models.products_search_response import ProductsSearchResponse

__all__ = ["ProductsResource", "ProductsResourceWithRawResponse"]


class ProductsResource(Resource):
    """Operations tagged Data/Products."""

    @functools.cached_property
    def with_raw_response(self) -> ProductsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return ProductsResourceWithRawResponse(self)

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
    ) -> ProductsDetailResponse:
        """Product Detail.

        `GET /open/v1/products/{id}` (trenz-products-detail): 5 coins, charged per call.

        Get TikTok product details with linked videos, creators, and reviews.

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            id: (path, required) See the Trenz API reference.
            include: (query) Include related resources, comma-separated (values: creators(Linked creators), reviews(Product reviews), videos(Linked videos))
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
            "ProductsDetailResponse", await self._call("trenz-products-detail", params, options)
        )

    def search(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        category: str | None = None,
        free_shipping: bool | None = None,
        keyword: str | None = None,
        max_price: float | None = None,
        max_rating: float | None = None,
        max_sold_30d: float | None = None,
        max_sold_7d: float | None = None,
        min_price: float | None = None,
        min_rating: float | None = None,
        min_sold_30d: float | None = None,
        min_sold_7d: float | None = None,
        page: int = 1,
        page_size: int = 20,
        seller_type: str | None = None,
        sort: Literal[
            "daily_sold:asc",
            "daily_sold:desc",
            "gmv_30d:asc",
            "gmv_30d:desc",
            "gmv_7d:asc",
            "gmv_7d:desc",
            "price:asc",
            "price:desc",
            "rating:asc",
            "rating:desc",
            "sold_30d:asc",
            "sold_30d:desc",
            "sold_7d:asc",
            "sold_7d:desc",
        ] = "gmv_7d:desc",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[ProductsSearchResponse, ProductsSearchItem]:
        """Product Search.

        `GET /open/v1/products/search` (trenz-products-search): 5 coins, charged per call.

        Search TikTok products with multi-dimensional filters on keyword, category, price, sales, etc.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `ProductsSearchItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            category: (query) Product category ID (numeric), can be obtained from the `l1_category` field in search results
            free_shipping: (query) Whether has free shipping
            keyword: (query) Search keyword
            max_price: (query) Max price (USD)
            max_rating: (query) Max rating (0-5)
            max_sold_30d: (query) 30-day max sales
            max_sold_7d: (query) 7-day max sales
            min_price: (query) Min price (USD)
            min_rating: (query) Min rating (0-5)
            min_sold_30d: (query) 30-day min sales
            min_sold_7d: (query) 7-day min sales
            page: (query) Page number, default 1 Default: 1.
            page_size: (query) Page size, default 20, max 20 Default: 20.
            seller_type: (query) Seller type: 1=Overseas Non-brand, 2=Local, 3=Brand, 4=Non-brand
            sort: (query) Sort field, format: field:asc|desc. Allowed fields: daily_sold, gmv_30d, gmv_7d, price, rating, sold_30d, sold_7d. Default: gmv_7d:desc Default: 'gmv_7d:desc'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country": country,
            "category": category,
            "free_shipping": free_shipping,
            "keyword": keyword,
            "max_price": max_price,
            "max_rating": max_rating,
            "max_sold_30d": max_sold_30d,
            "max_sold_7d": max_sold_7d,
            "min_price": min_price,
            "min_rating": min_rating,
            "min_sold_30d": min_sold_30d,
            "min_sold_7d": min_sold_7d,
            "page": page,
            "page_size": page_size,
            "seller_type": seller_type,
            "sort": sort,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-products-search", params, options)


class ProductsResourceWithRawResponse(RawResponses):
    """`client.products.with_raw_response`: each call's `RawResponse`.

    The methods of `ProductsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: ProductsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.detail = async_to_raw_response_wrapper(raw.detail)
        self.search = async_to_raw_response_wrapper(raw.search)

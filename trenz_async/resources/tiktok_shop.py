# generated from openapi.json by codegen; do not edit
"""`client.tiktok_shop`: the Social/7.TikTok Shop operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.social_tiktok_shop_products_product import (
        SocialTiktokShopProductsProduct,
    )
    from .._generated.models.social_tiktok_shop_products_response import (
        SocialTiktokShopProductsResponse,
    )
    from .._generated.models.social_tiktok_shop_showcase_add_response import (
        SocialTiktokShopShowcaseAddResponse,
    )

__all__ = ["TiktokShopResource", "TiktokShopResourceWithRawResponse"]


class TiktokShopResource(Resource):
    """Operations tagged Social/7.TikTok Shop."""

    @functools.cached_property
    def with_raw_response(self) -> TiktokShopResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return TiktokShopResourceWithRawResponse(self)

    def products(
        self,
        *,
        account_id: int,
        data_source: str | None = None,
        origin: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_field: str | None = None,
        sort_order: str | None = None,
        title_keyword: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialTiktokShopProductsResponse, SocialTiktokShopProductsProduct]:
        """TikTok Shop Product List.

        `POST /open/v1/social/tiktok-shop/products` (trenz-social-tiktok-shop-products): 1 coins, charged per call.

        Get the unified TikTok Shop product list, auto-routing between showcase and shop sources.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialTiktokShopProductsProduct`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            account_id: (body, required) Platform account ID
            data_source: (body) Data source: shop/showcase
            origin: (body) Source: LIVE/SHOWCASE
            page_size: (body) Page size, 1-20
            page_token: (body) Pagination token
            sort_field: (body) Sort field: PRODUCT_ID/PRICE/SALE
            sort_order: (body) Sort direction: DESC/ASC
            title_keyword: (body) Product title search
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "data_source": data_source,
            "origin": origin,
            "page_size": page_size,
            "page_token": page_token,
            "sort_field": sort_field,
            "sort_order": sort_order,
            "title_keyword": title_keyword,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-tiktok-shop-products", params, options)

    async def showcase_add(
        self,
        *,
        account_id: int,
        add_type: str,
        product_ids: list[str] | None = None,
        product_link: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialTiktokShopShowcaseAddResponse:
        """Add Product to Showcase.

        `POST /open/v1/social/tiktok-shop/showcase/add` (trenz-social-tiktok-shop-showcase-add): 2 coins, charged per call.

        Add a product to the TikTok Shop creator showcase.

        Args:
            account_id: (body, required) Platform account ID
            add_type: (body, required) Add mode: PRODUCT_ID/PRODUCT_LINK
            product_ids: (body) Product ID list, max 20
            product_link: (body) Product URL
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "add_type": add_type,
            "product_ids": product_ids,
            "product_link": product_link,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialTiktokShopShowcaseAddResponse",
            await self._call("trenz-social-tiktok-shop-showcase-add", params, options),
        )


class TiktokShopResourceWithRawResponse(RawResponses):
    """`client.tiktok_shop.with_raw_response`: each call's `RawResponse`.

    The methods of `TiktokShopResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: TiktokShopResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.products = async_to_raw_response_wrapper(raw.products)
        self.showcase_add = async_to_raw_response_wrapper(raw.showcase_add)

# generated from openapi.json by codegen; do not edit
"""`client.tiktok_shop`: the Social/7.TikTok Shop operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.social_tiktok_shop_products_response import (
        SocialTiktokShopProductsResponse,
    )
    from .._generated.models.social_tiktok_shop_showcase_add_response import (
        SocialTiktokShopShowcaseAddResponse,
    )

__all__ = ["TiktokShopResource"]


class TiktokShopResource(Resource):
    """Operations tagged Social/7.TikTok Shop."""

    async def products(
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
    ) -> SocialTiktokShopProductsResponse:
        """TikTok Shop Product List.

        `POST /open/v1/social/tiktok-shop/products` (trenz-social-tiktok-shop-products): 1 coins, charged per call.

        Get the unified TikTok Shop product list, auto-routing between showcase and shop sources.

        Args:
            account_id: (body, required) Platform account ID
            data_source: (body) Data source: shop/showcase
            origin: (body) Source: LIVE/SHOWCASE
            page_size: (body) Page size, 1-20
            page_token: (body) Pagination token
            sort_field: (body) Sort field: PRODUCT_ID/PRICE/SALE
            sort_order: (body) Sort direction: DESC/ASC
            title_keyword: (body) Product title search
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
        return cast(
            "SocialTiktokShopProductsResponse",
            await self._call("trenz-social-tiktok-shop-products", params),
        )

    async def showcase_add(
        self,
        *,
        account_id: int,
        add_type: str,
        product_ids: list[Any] | None = None,
        product_link: str | None = None,
    ) -> SocialTiktokShopShowcaseAddResponse:
        """Add Product to Showcase.

        `POST /open/v1/social/tiktok-shop/showcase/add` (trenz-social-tiktok-shop-showcase-add): 2 coins, charged per call.

        Add a product to the TikTok Shop creator showcase.

        Args:
            account_id: (body, required) Platform account ID
            add_type: (body, required) Add mode: PRODUCT_ID/PRODUCT_LINK
            product_ids: (body) Product ID list, max 20
            product_link: (body) Product URL
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "add_type": add_type,
            "product_ids": product_ids,
            "product_link": product_link,
        }
        return cast(
            "SocialTiktokShopShowcaseAddResponse",
            await self._call("trenz-social-tiktok-shop-showcase-add", params),
        )

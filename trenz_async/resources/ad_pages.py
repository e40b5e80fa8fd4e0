# generated from openapi.json by codegen; do not edit
"""`client.ad_pages`: the Ads/Landing Pages operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.ads_page_fields_response import AdsPageFieldsResponse
    from .._generated.models.ads_pages_list_response import AdsPagesListResponse

__all__ = ["AdPagesResource"]


class AdPagesResource(Resource):
    """Operations tagged Ads/Landing Pages."""

    async def fields(
        self,
        *,
        account_id: str,
        advertiser_id: str,
        page_id: str,
    ) -> AdsPageFieldsResponse:
        """Landing Page Field Definitions.

        `POST /open/v1/ads/tiktok/pages/fields` (trenz-ads-page-fields): 1 coins, charged per call.

        List form field definitions for a TikTok landing page.

        Args:
            account_id: (body, required) Advertiser account ID
            advertiser_id: (body, required) Advertiser account ID
            page_id: (body, required) Page ID
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "advertiser_id": advertiser_id,
            "page_id": page_id,
        }
        return cast("AdsPageFieldsResponse", await self._call("trenz-ads-page-fields", params))

    async def list(
        self,
        *,
        account_id: str | None = None,
        advertiser_id: str | None = None,
        business_type: str | None = None,
        business_types: list[Any] | None = None,
        library_id: str | None = None,
        page: int | None = None,
        page_size: int = 20,
        status: str | None = None,
        title: str | None = None,
        update_time_range: dict[str, Any] | None = None,
    ) -> AdsPagesListResponse:
        """Landing Page List.

        `POST /open/v1/ads/tiktok/pages` (trenz-ads-pages-list): 1 coins, charged per call.

        List TikTok landing pages, filterable by status, title, type, and time range.

        Args:
            account_id: (body) Advertiser account ID
            advertiser_id: (body) Advertiser account ID (one of `advertiser_account_id` or `library_id` is required)
            business_type: (body) Page type, default LEAD_GEN
            business_types: (body) Page type array (takes precedence over `business_type`)
            library_id: (body) Form library ID (required when migrating the page to Business Center)
            page: (body) Page number
            page_size: (body) Page size, default 20, max 100 Default: 20.
            status: (body) Page status filter
            title: (body) Page title fuzzy search
            update_time_range: (body) Updated time range (click to expand for details)
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "advertiser_id": advertiser_id,
            "business_type": business_type,
            "business_types": business_types,
            "library_id": library_id,
            "page": page,
            "page_size": page_size,
            "status": status,
            "title": title,
            "update_time_range": update_time_range,
        }
        return cast("AdsPagesListResponse", await self._call("trenz-ads-pages-list", params))

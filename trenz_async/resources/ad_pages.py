# generated from openapi.json by codegen; do not edit
"""`client.ad_pages`: the Ads/Landing Pages operations."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.ads_page_fields_response import AdsPageFieldsResponse
    from .._generated.models.ads_pages_list_list_item import AdsPagesListListItem
    from .._generated.models.ads_pages_list_response import AdsPagesListResponse
    from ..models._params import AdsPagesListUpdateTimeRangeParam

__all__ = ["AdPagesResource", "AdPagesResourceWithRawResponse"]


class AdPagesResource(Resource):
    """Operations tagged Ads/Landing Pages."""

    @functools.cached_property
    def with_raw_response(self) -> AdPagesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AdPagesResourceWithRawResponse(self)

    async def fields(
        self,
        *,
        account_id: str,
        advertiser_id: str,
        page_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AdsPageFieldsResponse:
        """Landing Page Field Definitions.

        `POST /open/v1/ads/tiktok/pages/fields` (trenz-ads-page-fields): 1 coins, charged per call.

        List form field definitions for a TikTok landing page.

        Args:
            account_id: (body, required) Advertiser account ID
            advertiser_id: (body, required) Advertiser account ID
            page_id: (body, required) Page ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "advertiser_id": advertiser_id,
            "page_id": page_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "AdsPageFieldsResponse", await self._call("trenz-ads-page-fields", params, options)
        )

    def list(
        self,
        *,
        account_id: str | None = None,
        advertiser_id: str | None = None,
        business_type: str | None = None,
        business_types: builtins.list[str] | None = None,
        library_id: str | None = None,
        page: int | None = None,
        page_size: int = 20,
        status: str | None = None,
        title: str | None = None,
        update_time_range: AdsPagesListUpdateTimeRangeParam | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[AdsPagesListResponse, AdsPagesListListItem]:
        """Landing Page List.

        `POST /open/v1/ads/tiktok/pages` (trenz-ads-pages-list): 1 coins, charged per call.

        List TikTok landing pages, filterable by status, title, type, and time range.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `AdsPagesListListItem`
        across pages, or `.pages()` for each page (every page is a paid call).

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
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
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
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-ads-pages-list", params, options)


class AdPagesResourceWithRawResponse(RawResponses):
    """`client.ad_pages.with_raw_response`: each call's `RawResponse`.

    The methods of `AdPagesResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AdPagesResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.fields = async_to_raw_response_wrapper(raw.fields)
        self.list = async_to_raw_response_wrapper(raw.list)

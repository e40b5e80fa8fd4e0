# generated from openapi.json by codegen; do not edit
"""`client.ad_accounts`: the Ads/Accounts operations."""

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
    from .._generated.models.ads_account_list_account import AdsAccountListAccount
    from .._generated.models.ads_account_list_response import AdsAccountListResponse
    from .._generated.models.ads_account_update_remark_response import (
        AdsAccountUpdateRemarkResponse,
    )

__all__ = ["AdAccountsResource", "AdAccountsResourceWithRawResponse"]


class AdAccountsResource(Resource):
    """Operations tagged Ads/Accounts."""

    @functools.cached_property
    def with_raw_response(self) -> AdAccountsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AdAccountsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        page_size: int = 10,
        platforms: builtins.list[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[AdsAccountListResponse, AdsAccountListAccount]:
        """Ad Account List.

        `POST /open/v1/ads/accounts` (trenz-ads-account-list): 1 coins, charged per call.

        List ad accounts with platform filtering; returns account info and statistics.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `AdsAccountListAccount`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            page: (body) Page number
            page_size: (body) Page size, default 10, max 100 Default: 10.
            platforms: (body) Platform type list, default ["tiktok-advertiser"]
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "page": page,
            "page_size": page_size,
            "platforms": platforms,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-ads-account-list", params, options)

    async def update_remark(
        self,
        *,
        account_id: str,
        remark: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AdsAccountUpdateRemarkResponse:
        """Update Ad Account Remark.

        `POST /open/v1/ads/accounts/remark` (trenz-ads-account-update-remark): 1 coins, charged per call.

        Update the remark of an ad account; an empty string clears the remark.

        Args:
            account_id: (body, required) Advertiser account ID (database primary key)
            remark: (body, required) Remark content, max 500 characters, empty string clears the remark
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "remark": remark,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "AdsAccountUpdateRemarkResponse",
            await self._call("trenz-ads-account-update-remark", params, options),
        )


class AdAccountsResourceWithRawResponse(RawResponses):
    """`client.ad_accounts.with_raw_response`: each call's `RawResponse`.

    The methods of `AdAccountsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AdAccountsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.list = async_to_raw_response_wrapper(raw.list)
        self.update_remark = async_to_raw_response_wrapper(raw.update_remark)

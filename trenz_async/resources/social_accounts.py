# generated from openapi.json by codegen; do not edit
"""`client.social_accounts`: the Social/1.Account Management operations."""

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
    from .._generated.models.social_accounts_list_account import SocialAccountsListAccount
    from .._generated.models.social_accounts_list_response import SocialAccountsListResponse
    from .._generated.models.social_platform_account_detail_response import (
        SocialPlatformAccountDetailResponse,
    )
    from .._generated.models.social_platform_account_disconnect_response import (
        SocialPlatformAccountDisconnectResponse,
    )
    from .._generated.models.social_platform_account_update_remark_response import (
        SocialPlatformAccountUpdateRemarkResponse,
    )
    from .._generated.models.social_platform_token_refresh_response import (
        SocialPlatformTokenRefreshResponse,
    )
    from .._generated.models.social_tiktok_qrcode_check_response import (
        SocialTiktokQrcodeCheckResponse,
    )
    from .._generated.models.social_tiktok_qrcode_response import SocialTiktokQrcodeResponse

__all__ = ["SocialAccountsResource", "SocialAccountsResourceWithRawResponse"]


class SocialAccountsResource(Resource):
    """Operations tagged Social/1.Account Management."""

    @functools.cached_property
    def with_raw_response(self) -> SocialAccountsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return SocialAccountsResourceWithRawResponse(self)

    def list(
        self,
        *,
        group_id: str | None = None,
        keyword: str | None = None,
        page: int = 1,
        page_size: int = 20,
        platform: str | None = None,
        sort_by: str = "display_time",
        sort_order: str = "desc",
        status: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialAccountsListResponse, SocialAccountsListAccount]:
        """Social Account List.

        `POST /open/v1/social/accounts/list` (trenz-social-accounts-list): 1 coins, charged per call.

        List social accounts (including followers, engagement metrics, etc.).

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialAccountsListAccount`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            group_id: (body) Group filter: numeric ID = specific group, "ungrouped" = ungrouped, empty = all
            keyword: (body) See the Trenz API reference.
            page: (body) See the Trenz API reference. Default: 1.
            page_size: (body) See the Trenz API reference. Default: 20.
            platform: (body) See the Trenz API reference.
            sort_by: (body) See the Trenz API reference. Default: 'display_time'.
            sort_order: (body) See the Trenz API reference. Default: 'desc'.
            status: (body) See the Trenz API reference.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "group_id": group_id,
            "keyword": keyword,
            "page": page,
            "page_size": page_size,
            "platform": platform,
            "sort_by": sort_by,
            "sort_order": sort_order,
            "status": status,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-accounts-list", params, options)

    async def platform_account_detail(
        self,
        *,
        account_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPlatformAccountDetailResponse:
        """Social Account Detail.

        `POST /open/v1/social/platform-accounts/detail` (trenz-social-platform-account-detail): 1 coins, charged per call.

        Get details for a single social platform account.

        Args:
            account_id: (body, required) Platform account ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_id": account_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialPlatformAccountDetailResponse",
            await self._call("trenz-social-platform-account-detail", params, options),
        )

    async def platform_account_disconnect(
        self,
        *,
        account_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPlatformAccountDisconnectResponse:
        """Disconnect Social Account.

        `POST /open/v1/social/platform-accounts/disconnect` (trenz-social-platform-account-disconnect): 2 coins, charged per call.

        Disconnect a social platform account.

        Args:
            account_id: (body, required) ID of the account to disconnect
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_id": account_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialPlatformAccountDisconnectResponse",
            await self._call("trenz-social-platform-account-disconnect", params, options),
        )

    async def platform_account_update_remark(
        self,
        *,
        account_id: int,
        remark: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPlatformAccountUpdateRemarkResponse:
        """Update Account Remark.

        `POST /open/v1/social/platform-accounts/update-remark` (trenz-social-platform-account-update-remark): 2 coins, charged per call.

        Update the user-defined remark on a social platform account.

        Args:
            account_id: (body, required) Platform account ID
            remark: (body, required) Remark content, max 500 characters
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
            "SocialPlatformAccountUpdateRemarkResponse",
            await self._call("trenz-social-platform-account-update-remark", params, options),
        )

    async def platform_token_refresh(
        self,
        *,
        account_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPlatformTokenRefreshResponse:
        """Refresh Social Token.

        `POST /open/v1/social/platform-accounts/refresh-token` (trenz-social-platform-token-refresh): 1 coins, charged per call.

        Manually refresh the OAuth token of a social account.

        Args:
            account_id: (body, required) ID of the social account to refresh
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "account_id": account_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialPlatformTokenRefreshResponse",
            await self._call("trenz-social-platform-token-refresh", params, options),
        )

    async def tiktok_qrcode(
        self,
        *,
        connector: Literal["trenz"],
        state: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialTiktokQrcodeResponse:
        """TikTok QR Code Login.

        `POST /open/v1/social/tiktok/qrcode` (trenz-social-tiktok-qrcode): 1 coins, charged per call.

        Get a TikTok QR code for login. After scanning and authorizing, you must poll the "TikTok QR Code Status Check" endpoint every 2-3 seconds until it returns status=confirmed to complete binding.

        Args:
            connector: (body, required) Must be trenz
            state: (body) CSRF protection state parameter
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "connector": connector,
            "state": state,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialTiktokQrcodeResponse",
            await self._call("trenz-social-tiktok-qrcode", params, options),
        )

    async def tiktok_qrcode_check(
        self,
        *,
        connector: Literal["trenz"],
        token: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialTiktokQrcodeCheckResponse:
        """TikTok QR Code Status Check.

        `POST /open/v1/social/tiktok/qrcode/check` (trenz-social-tiktok-qrcode-check): 1 coins, charged per call.

        Poll the TikTok QR code login status.

        Args:
            connector: (body, required) Must be trenz
            token: (body, required) Token obtained from 'TikTok QR Code Login'
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "connector": connector,
            "token": token,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialTiktokQrcodeCheckResponse",
            await self._call("trenz-social-tiktok-qrcode-check", params, options),
        )


class SocialAccountsResourceWithRawResponse(RawResponses):
    """`client.social_accounts.with_raw_response`: each call's `RawResponse`.

    The methods of `SocialAccountsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: SocialAccountsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.list = async_to_raw_response_wrapper(raw.list)
        self.platform_account_detail = async_to_raw_response_wrapper(raw.platform_account_detail)
        self.platform_account_disconnect = async_to_raw_response_wrapper(
            raw.platform_account_disconnect
        )
        self.platform_account_update_remark = async_to_raw_response_wrapper(
            raw.platform_account_update_remark
        )
        self.platform_token_refresh = async_to_raw_response_wrapper(raw.platform_token_refresh)
        self.tiktok_qrcode = async_to_raw_response_wrapper(raw.tiktok_qrcode)
        self.tiktok_qrcode_check = async_to_raw_response_wrapper(raw.tiktok_qrcode_check)

# generated from openapi.json by codegen; do not edit
"""`client.ad_accounts`: the Ads/Accounts operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.ads_account_list_response import AdsAccountListResponse
    from .._generated.models.ads_account_update_remark_response import (
        AdsAccountUpdateRemarkResponse,
    )

__all__ = ["AdAccountsResource"]


class AdAccountsResource(Resource):
    """Operations tagged Ads/Accounts."""

    async def list(
        self,
        *,
        page: int | None = None,
        page_size: int = 10,
        platforms: list[Any] | None = None,
    ) -> AdsAccountListResponse:
        """Ad Account List.

        `POST /open/v1/ads/accounts` (trenz-ads-account-list): 1 coins, charged per call.

        List ad accounts with platform filtering; returns account info and statistics.

        Args:
            page: (body) Page number
            page_size: (body) Page size, default 10, max 100 Default: 10.
            platforms: (body) Platform type list, default ["tiktok-advertiser"]
        """
        params: dict[str, Any] = {
            "page": page,
            "page_size": page_size,
            "platforms": platforms,
        }
        return cast("AdsAccountListResponse", await self._call("trenz-ads-account-list", params))

    async def update_remark(
        self,
        *,
        account_id: str,
        remark: str,
    ) -> AdsAccountUpdateRemarkResponse:
        """Update Ad Account Remark.

        `POST /open/v1/ads/accounts/remark` (trenz-ads-account-update-remark): 1 coins, charged per call.

        Update the remark of an ad account; an empty string clears the remark.

        Args:
            account_id: (body, required) Advertiser account ID (database primary key)
            remark: (body, required) Remark content, max 500 characters, empty string clears the remark
        """
        params: dict[str, Any] = {
            "account_id": account_id,
            "remark": remark,
        }
        return cast(
            "AdsAccountUpdateRemarkResponse",
            await self._call("trenz-ads-account-update-remark", params),
        )

# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.social_platform_account_update_remark_body import (
    SocialPlatformAccountUpdateRemarkBody,
)
from ...models.social_platform_account_update_remark_response import (
    SocialPlatformAccountUpdateRemarkResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: SocialPlatformAccountUpdateRemarkBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/social/platform-accounts/update-remark",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | SocialPlatformAccountUpdateRemarkResponse | None:
    if response.status_code == 200:
        response_200 = SocialPlatformAccountUpdateRemarkResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = APIError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = APIError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = APIError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = APIError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = APIError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = APIError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = APIError.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = APIError.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = APIError.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = APIError.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIError | SocialPlatformAccountUpdateRemarkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SocialPlatformAccountUpdateRemarkBody,
) -> Response[APIError | SocialPlatformAccountUpdateRemarkResponse]:
    """Update Account Remark

     Update the user-defined remark on a social platform account.

    Args:
        body (SocialPlatformAccountUpdateRemarkBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | SocialPlatformAccountUpdateRemarkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SocialPlatformAccountUpdateRemarkBody,
) -> APIError | SocialPlatformAccountUpdateRemarkResponse | None:
    """Update Account Remark

     Update the user-defined remark on a social platform account.

    Args:
        body (SocialPlatformAccountUpdateRemarkBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | SocialPlatformAccountUpdateRemarkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SocialPlatformAccountUpdateRemarkBody,
) -> Response[APIError | SocialPlatformAccountUpdateRemarkResponse]:
    """Update Account Remark

     Update the user-defined remark on a social platform account.

    Args:
        body (SocialPlatformAccountUpdateRemarkBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | SocialPlatformAccountUpdateRemarkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SocialPlatformAccountUpdateRemarkBody,
) -> APIError | SocialPlatformAccountUpdateRemarkResponse | None:
    """Update Account Remark

     Update the user-defined remark on a social platform account.

    Args:
        body (SocialPlatformAccountUpdateRemarkBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | SocialPlatformAccountUpdateRemarkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

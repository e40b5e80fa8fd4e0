# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.sellers_detail_country import (
    SellersDetailCountry,
)
from ...models.sellers_detail_response import SellersDetailResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    country: SellersDetailCountry,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_country: str = country
    params["country"] = json_country

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/sellers/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | SellersDetailResponse | None:
    if response.status_code == 200:
        response_200 = SellersDetailResponse.from_dict(response.json())

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
) -> Response[APIError | SellersDetailResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    country: SellersDetailCountry,
    include: str | Unset = UNSET,
) -> Response[APIError | SellersDetailResponse]:
    """Seller Detail

     Get TikTok seller details with product list and linked creators.

    Args:
        id (str):
        country (SellersDetailCountry):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | SellersDetailResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        country=country,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    country: SellersDetailCountry,
    include: str | Unset = UNSET,
) -> APIError | SellersDetailResponse | None:
    """Seller Detail

     Get TikTok seller details with product list and linked creators.

    Args:
        id (str):
        country (SellersDetailCountry):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | SellersDetailResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        country=country,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    country: SellersDetailCountry,
    include: str | Unset = UNSET,
) -> Response[APIError | SellersDetailResponse]:
    """Seller Detail

     Get TikTok seller details with product list and linked creators.

    Args:
        id (str):
        country (SellersDetailCountry):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | SellersDetailResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        country=country,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    country: SellersDetailCountry,
    include: str | Unset = UNSET,
) -> APIError | SellersDetailResponse | None:
    """Seller Detail

     Get TikTok seller details with product list and linked creators.

    Args:
        id (str):
        country (SellersDetailCountry):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | SellersDetailResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            country=country,
            include=include,
        )
    ).parsed

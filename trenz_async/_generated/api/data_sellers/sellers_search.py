# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.sellers_search_country import (
    SellersSearchCountry,
)
from ...models.sellers_search_response import SellersSearchResponse
from ...models.sellers_search_sort import SellersSearchSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_gmv_7d: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_gmv_7d: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: SellersSearchSort | Unset = "gmv_7d:desc",
    country: SellersSearchCountry,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["keyword"] = keyword

    params["max_gmv_7d"] = max_gmv_7d

    params["max_rating"] = max_rating

    params["max_sold_7d"] = max_sold_7d

    params["min_gmv_7d"] = min_gmv_7d

    params["min_rating"] = min_rating

    params["min_sold_7d"] = min_sold_7d

    params["page"] = page

    params["page_size"] = page_size

    params["seller_type"] = seller_type

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_country: str = country
    params["country"] = json_country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/sellers/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | SellersSearchResponse | None:
    if response.status_code == 200:
        response_200 = SellersSearchResponse.from_dict(response.json())

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
) -> Response[APIError | SellersSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_gmv_7d: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_gmv_7d: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: SellersSearchSort | Unset = "gmv_7d:desc",
    country: SellersSearchCountry,
) -> Response[APIError | SellersSearchResponse]:
    """Seller Search

     Search TikTok sellers with multi-dimensional filters on category, rating, sales, etc.

    Args:
        category (str | Unset):
        keyword (str | Unset):
        max_gmv_7d (float | Unset):
        max_rating (float | Unset):
        max_sold_7d (float | Unset):
        min_gmv_7d (float | Unset):
        min_rating (float | Unset):
        min_sold_7d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        seller_type (str | Unset):
        sort (SellersSearchSort | Unset):  Default: 'gmv_7d:desc'.
        country (SellersSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | SellersSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        keyword=keyword,
        max_gmv_7d=max_gmv_7d,
        max_rating=max_rating,
        max_sold_7d=max_sold_7d,
        min_gmv_7d=min_gmv_7d,
        min_rating=min_rating,
        min_sold_7d=min_sold_7d,
        page=page,
        page_size=page_size,
        seller_type=seller_type,
        sort=sort,
        country=country,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_gmv_7d: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_gmv_7d: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: SellersSearchSort | Unset = "gmv_7d:desc",
    country: SellersSearchCountry,
) -> APIError | SellersSearchResponse | None:
    """Seller Search

     Search TikTok sellers with multi-dimensional filters on category, rating, sales, etc.

    Args:
        category (str | Unset):
        keyword (str | Unset):
        max_gmv_7d (float | Unset):
        max_rating (float | Unset):
        max_sold_7d (float | Unset):
        min_gmv_7d (float | Unset):
        min_rating (float | Unset):
        min_sold_7d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        seller_type (str | Unset):
        sort (SellersSearchSort | Unset):  Default: 'gmv_7d:desc'.
        country (SellersSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | SellersSearchResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        keyword=keyword,
        max_gmv_7d=max_gmv_7d,
        max_rating=max_rating,
        max_sold_7d=max_sold_7d,
        min_gmv_7d=min_gmv_7d,
        min_rating=min_rating,
        min_sold_7d=min_sold_7d,
        page=page,
        page_size=page_size,
        seller_type=seller_type,
        sort=sort,
        country=country,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_gmv_7d: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_gmv_7d: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: SellersSearchSort | Unset = "gmv_7d:desc",
    country: SellersSearchCountry,
) -> Response[APIError | SellersSearchResponse]:
    """Seller Search

     Search TikTok sellers with multi-dimensional filters on category, rating, sales, etc.

    Args:
        category (str | Unset):
        keyword (str | Unset):
        max_gmv_7d (float | Unset):
        max_rating (float | Unset):
        max_sold_7d (float | Unset):
        min_gmv_7d (float | Unset):
        min_rating (float | Unset):
        min_sold_7d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        seller_type (str | Unset):
        sort (SellersSearchSort | Unset):  Default: 'gmv_7d:desc'.
        country (SellersSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | SellersSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        keyword=keyword,
        max_gmv_7d=max_gmv_7d,
        max_rating=max_rating,
        max_sold_7d=max_sold_7d,
        min_gmv_7d=min_gmv_7d,
        min_rating=min_rating,
        min_sold_7d=min_sold_7d,
        page=page,
        page_size=page_size,
        seller_type=seller_type,
        sort=sort,
        country=country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_gmv_7d: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_gmv_7d: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: SellersSearchSort | Unset = "gmv_7d:desc",
    country: SellersSearchCountry,
) -> APIError | SellersSearchResponse | None:
    """Seller Search

     Search TikTok sellers with multi-dimensional filters on category, rating, sales, etc.

    Args:
        category (str | Unset):
        keyword (str | Unset):
        max_gmv_7d (float | Unset):
        max_rating (float | Unset):
        max_sold_7d (float | Unset):
        min_gmv_7d (float | Unset):
        min_rating (float | Unset):
        min_sold_7d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        seller_type (str | Unset):
        sort (SellersSearchSort | Unset):  Default: 'gmv_7d:desc'.
        country (SellersSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | SellersSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            keyword=keyword,
            max_gmv_7d=max_gmv_7d,
            max_rating=max_rating,
            max_sold_7d=max_sold_7d,
            min_gmv_7d=min_gmv_7d,
            min_rating=min_rating,
            min_sold_7d=min_sold_7d,
            page=page,
            page_size=page_size,
            seller_type=seller_type,
            sort=sort,
            country=country,
        )
    ).parsed

# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.products_search_country import (
    ProductsSearchCountry,
)
from ...models.products_search_response import ProductsSearchResponse
from ...models.products_search_sort import (
    ProductsSearchSort,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    free_shipping: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_price: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_30d: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_price: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_30d: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: ProductsSearchSort | Unset = "gmv_7d:desc",
    country: ProductsSearchCountry,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["free_shipping"] = free_shipping

    params["keyword"] = keyword

    params["max_price"] = max_price

    params["max_rating"] = max_rating

    params["max_sold_30d"] = max_sold_30d

    params["max_sold_7d"] = max_sold_7d

    params["min_price"] = min_price

    params["min_rating"] = min_rating

    params["min_sold_30d"] = min_sold_30d

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
        "url": "/open/v1/products/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | ProductsSearchResponse | None:
    if response.status_code == 200:
        response_200 = ProductsSearchResponse.from_dict(response.json())

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
) -> Response[APIError | ProductsSearchResponse]:
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
    free_shipping: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_price: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_30d: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_price: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_30d: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: ProductsSearchSort | Unset = "gmv_7d:desc",
    country: ProductsSearchCountry,
) -> Response[APIError | ProductsSearchResponse]:
    """Product Search

     Search TikTok products with multi-dimensional filters on keyword, category, price, sales, etc.

    Args:
        category (str | Unset):
        free_shipping (bool | Unset):
        keyword (str | Unset):
        max_price (float | Unset):
        max_rating (float | Unset):
        max_sold_30d (float | Unset):
        max_sold_7d (float | Unset):
        min_price (float | Unset):
        min_rating (float | Unset):
        min_sold_30d (float | Unset):
        min_sold_7d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        seller_type (str | Unset):
        sort (ProductsSearchSort | Unset):  Default: 'gmv_7d:desc'.
        country (ProductsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | ProductsSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        free_shipping=free_shipping,
        keyword=keyword,
        max_price=max_price,
        max_rating=max_rating,
        max_sold_30d=max_sold_30d,
        max_sold_7d=max_sold_7d,
        min_price=min_price,
        min_rating=min_rating,
        min_sold_30d=min_sold_30d,
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
    free_shipping: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_price: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_30d: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_price: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_30d: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: ProductsSearchSort | Unset = "gmv_7d:desc",
    country: ProductsSearchCountry,
) -> APIError | ProductsSearchResponse | None:
    """Product Search

     Search TikTok products with multi-dimensional filters on keyword, category, price, sales, etc.

    Args:
        category (str | Unset):
        free_shipping (bool | Unset):
        keyword (str | Unset):
        max_price (float | Unset):
        max_rating (float | Unset):
        max_sold_30d (float | Unset):
        max_sold_7d (float | Unset):
        min_price (float | Unset):
        min_rating (float | Unset):
        min_sold_30d (float | Unset):
        min_sold_7d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        seller_type (str | Unset):
        sort (ProductsSearchSort | Unset):  Default: 'gmv_7d:desc'.
        country (ProductsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | ProductsSearchResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        free_shipping=free_shipping,
        keyword=keyword,
        max_price=max_price,
        max_rating=max_rating,
        max_sold_30d=max_sold_30d,
        max_sold_7d=max_sold_7d,
        min_price=min_price,
        min_rating=min_rating,
        min_sold_30d=min_sold_30d,
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
    free_shipping: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_price: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_30d: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_price: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_30d: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: ProductsSearchSort | Unset = "gmv_7d:desc",
    country: ProductsSearchCountry,
) -> Response[APIError | ProductsSearchResponse]:
    """Product Search

     Search TikTok products with multi-dimensional filters on keyword, category, price, sales, etc.

    Args:
        category (str | Unset):
        free_shipping (bool | Unset):
        keyword (str | Unset):
        max_price (float | Unset):
        max_rating (float | Unset):
        max_sold_30d (float | Unset):
        max_sold_7d (float | Unset):
        min_price (float | Unset):
        min_rating (float | Unset):
        min_sold_30d (float | Unset):
        min_sold_7d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        seller_type (str | Unset):
        sort (ProductsSearchSort | Unset):  Default: 'gmv_7d:desc'.
        country (ProductsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | ProductsSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        free_shipping=free_shipping,
        keyword=keyword,
        max_price=max_price,
        max_rating=max_rating,
        max_sold_30d=max_sold_30d,
        max_sold_7d=max_sold_7d,
        min_price=min_price,
        min_rating=min_rating,
        min_sold_30d=min_sold_30d,
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
    free_shipping: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_price: float | Unset = UNSET,
    max_rating: float | Unset = UNSET,
    max_sold_30d: float | Unset = UNSET,
    max_sold_7d: float | Unset = UNSET,
    min_price: float | Unset = UNSET,
    min_rating: float | Unset = UNSET,
    min_sold_30d: float | Unset = UNSET,
    min_sold_7d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    seller_type: str | Unset = UNSET,
    sort: ProductsSearchSort | Unset = "gmv_7d:desc",
    country: ProductsSearchCountry,
) -> APIError | ProductsSearchResponse | None:
    """Product Search

     Search TikTok products with multi-dimensional filters on keyword, category, price, sales, etc.

    Args:
        category (str | Unset):
        free_shipping (bool | Unset):
        keyword (str | Unset):
        max_price (float | Unset):
        max_rating (float | Unset):
        max_sold_30d (float | Unset):
        max_sold_7d (float | Unset):
        min_price (float | Unset):
        min_rating (float | Unset):
        min_sold_30d (float | Unset):
        min_sold_7d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        seller_type (str | Unset):
        sort (ProductsSearchSort | Unset):  Default: 'gmv_7d:desc'.
        country (ProductsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | ProductsSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            free_shipping=free_shipping,
            keyword=keyword,
            max_price=max_price,
            max_rating=max_rating,
            max_sold_30d=max_sold_30d,
            max_sold_7d=max_sold_7d,
            min_price=min_price,
            min_rating=min_rating,
            min_sold_30d=min_sold_30d,
            min_sold_7d=min_sold_7d,
            page=page,
            page_size=page_size,
            seller_type=seller_type,
            sort=sort,
            country=country,
        )
    ).parsed

# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.lives_search_country import (
    LivesSearchCountry,
)
from ...models.lives_search_response import LivesSearchResponse
from ...models.lives_search_sort import LivesSearchSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    is_commercial: bool | Unset = UNSET,
    is_living: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_audience: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_sold: float | Unset = UNSET,
    min_audience: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_sold: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    product_category: str | Unset = UNSET,
    sort: LivesSearchSort | Unset = "gmv:desc",
    country: LivesSearchCountry,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["is_commercial"] = is_commercial

    params["is_living"] = is_living

    params["keyword"] = keyword

    params["max_audience"] = max_audience

    params["max_gmv"] = max_gmv

    params["max_sold"] = max_sold

    params["min_audience"] = min_audience

    params["min_gmv"] = min_gmv

    params["min_sold"] = min_sold

    params["page"] = page

    params["page_size"] = page_size

    params["product_category"] = product_category

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_country: str = country
    params["country"] = json_country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/lives/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | LivesSearchResponse | None:
    if response.status_code == 200:
        response_200 = LivesSearchResponse.from_dict(response.json())

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
) -> Response[APIError | LivesSearchResponse]:
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
    is_commercial: bool | Unset = UNSET,
    is_living: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_audience: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_sold: float | Unset = UNSET,
    min_audience: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_sold: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    product_category: str | Unset = UNSET,
    sort: LivesSearchSort | Unset = "gmv:desc",
    country: LivesSearchCountry,
) -> Response[APIError | LivesSearchResponse]:
    """Live Search

     Search TikTok commerce live streams with filters on sales, GMV, audience count, etc.

    Args:
        category (str | Unset):
        is_commercial (bool | Unset):
        is_living (bool | Unset):
        keyword (str | Unset):
        max_audience (float | Unset):
        max_gmv (float | Unset):
        max_sold (float | Unset):
        min_audience (float | Unset):
        min_gmv (float | Unset):
        min_sold (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        product_category (str | Unset):
        sort (LivesSearchSort | Unset):  Default: 'gmv:desc'.
        country (LivesSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | LivesSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        is_commercial=is_commercial,
        is_living=is_living,
        keyword=keyword,
        max_audience=max_audience,
        max_gmv=max_gmv,
        max_sold=max_sold,
        min_audience=min_audience,
        min_gmv=min_gmv,
        min_sold=min_sold,
        page=page,
        page_size=page_size,
        product_category=product_category,
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
    is_commercial: bool | Unset = UNSET,
    is_living: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_audience: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_sold: float | Unset = UNSET,
    min_audience: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_sold: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    product_category: str | Unset = UNSET,
    sort: LivesSearchSort | Unset = "gmv:desc",
    country: LivesSearchCountry,
) -> APIError | LivesSearchResponse | None:
    """Live Search

     Search TikTok commerce live streams with filters on sales, GMV, audience count, etc.

    Args:
        category (str | Unset):
        is_commercial (bool | Unset):
        is_living (bool | Unset):
        keyword (str | Unset):
        max_audience (float | Unset):
        max_gmv (float | Unset):
        max_sold (float | Unset):
        min_audience (float | Unset):
        min_gmv (float | Unset):
        min_sold (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        product_category (str | Unset):
        sort (LivesSearchSort | Unset):  Default: 'gmv:desc'.
        country (LivesSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | LivesSearchResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        is_commercial=is_commercial,
        is_living=is_living,
        keyword=keyword,
        max_audience=max_audience,
        max_gmv=max_gmv,
        max_sold=max_sold,
        min_audience=min_audience,
        min_gmv=min_gmv,
        min_sold=min_sold,
        page=page,
        page_size=page_size,
        product_category=product_category,
        sort=sort,
        country=country,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    is_commercial: bool | Unset = UNSET,
    is_living: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_audience: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_sold: float | Unset = UNSET,
    min_audience: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_sold: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    product_category: str | Unset = UNSET,
    sort: LivesSearchSort | Unset = "gmv:desc",
    country: LivesSearchCountry,
) -> Response[APIError | LivesSearchResponse]:
    """Live Search

     Search TikTok commerce live streams with filters on sales, GMV, audience count, etc.

    Args:
        category (str | Unset):
        is_commercial (bool | Unset):
        is_living (bool | Unset):
        keyword (str | Unset):
        max_audience (float | Unset):
        max_gmv (float | Unset):
        max_sold (float | Unset):
        min_audience (float | Unset):
        min_gmv (float | Unset):
        min_sold (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        product_category (str | Unset):
        sort (LivesSearchSort | Unset):  Default: 'gmv:desc'.
        country (LivesSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | LivesSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        is_commercial=is_commercial,
        is_living=is_living,
        keyword=keyword,
        max_audience=max_audience,
        max_gmv=max_gmv,
        max_sold=max_sold,
        min_audience=min_audience,
        min_gmv=min_gmv,
        min_sold=min_sold,
        page=page,
        page_size=page_size,
        product_category=product_category,
        sort=sort,
        country=country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    is_commercial: bool | Unset = UNSET,
    is_living: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_audience: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_sold: float | Unset = UNSET,
    min_audience: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_sold: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    product_category: str | Unset = UNSET,
    sort: LivesSearchSort | Unset = "gmv:desc",
    country: LivesSearchCountry,
) -> APIError | LivesSearchResponse | None:
    """Live Search

     Search TikTok commerce live streams with filters on sales, GMV, audience count, etc.

    Args:
        category (str | Unset):
        is_commercial (bool | Unset):
        is_living (bool | Unset):
        keyword (str | Unset):
        max_audience (float | Unset):
        max_gmv (float | Unset):
        max_sold (float | Unset):
        min_audience (float | Unset):
        min_gmv (float | Unset):
        min_sold (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        product_category (str | Unset):
        sort (LivesSearchSort | Unset):  Default: 'gmv:desc'.
        country (LivesSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | LivesSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            is_commercial=is_commercial,
            is_living=is_living,
            keyword=keyword,
            max_audience=max_audience,
            max_gmv=max_gmv,
            max_sold=max_sold,
            min_audience=min_audience,
            min_gmv=min_gmv,
            min_sold=min_sold,
            page=page,
            page_size=page_size,
            product_category=product_category,
            sort=sort,
            country=country,
        )
    ).parsed

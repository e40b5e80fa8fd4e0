# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.creatives_search_country import (
    CreativesSearchCountry,
)
from ...models.creatives_search_response import CreativesSearchResponse
from ...models.creatives_search_sort import (
    CreativesSearchSort,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    has_product: bool | Unset = UNSET,
    is_aigc: bool | Unset = UNSET,
    is_sponsored: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreativesSearchSort | Unset = "gmv:desc",
    country: CreativesSearchCountry,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["has_product"] = has_product

    params["is_aigc"] = is_aigc

    params["is_sponsored"] = is_sponsored

    params["keyword"] = keyword

    params["page"] = page

    params["page_size"] = page_size

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_country: str = country
    params["country"] = json_country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/creatives/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | CreativesSearchResponse | None:
    if response.status_code == 200:
        response_200 = CreativesSearchResponse.from_dict(response.json())

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
) -> Response[APIError | CreativesSearchResponse]:
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
    has_product: bool | Unset = UNSET,
    is_aigc: bool | Unset = UNSET,
    is_sponsored: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreativesSearchSort | Unset = "gmv:desc",
    country: CreativesSearchCountry,
) -> Response[APIError | CreativesSearchResponse]:
    """Creative Search

     Search TikTok ad creatives / video creatives, with filters and sort on category, region, AIGC flag
    and more.

    Args:
        category (str | Unset):
        has_product (bool | Unset):
        is_aigc (bool | Unset):
        is_sponsored (bool | Unset):
        keyword (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (CreativesSearchSort | Unset):  Default: 'gmv:desc'.
        country (CreativesSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | CreativesSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        has_product=has_product,
        is_aigc=is_aigc,
        is_sponsored=is_sponsored,
        keyword=keyword,
        page=page,
        page_size=page_size,
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
    has_product: bool | Unset = UNSET,
    is_aigc: bool | Unset = UNSET,
    is_sponsored: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreativesSearchSort | Unset = "gmv:desc",
    country: CreativesSearchCountry,
) -> APIError | CreativesSearchResponse | None:
    """Creative Search

     Search TikTok ad creatives / video creatives, with filters and sort on category, region, AIGC flag
    and more.

    Args:
        category (str | Unset):
        has_product (bool | Unset):
        is_aigc (bool | Unset):
        is_sponsored (bool | Unset):
        keyword (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (CreativesSearchSort | Unset):  Default: 'gmv:desc'.
        country (CreativesSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | CreativesSearchResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        has_product=has_product,
        is_aigc=is_aigc,
        is_sponsored=is_sponsored,
        keyword=keyword,
        page=page,
        page_size=page_size,
        sort=sort,
        country=country,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    has_product: bool | Unset = UNSET,
    is_aigc: bool | Unset = UNSET,
    is_sponsored: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreativesSearchSort | Unset = "gmv:desc",
    country: CreativesSearchCountry,
) -> Response[APIError | CreativesSearchResponse]:
    """Creative Search

     Search TikTok ad creatives / video creatives, with filters and sort on category, region, AIGC flag
    and more.

    Args:
        category (str | Unset):
        has_product (bool | Unset):
        is_aigc (bool | Unset):
        is_sponsored (bool | Unset):
        keyword (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (CreativesSearchSort | Unset):  Default: 'gmv:desc'.
        country (CreativesSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | CreativesSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        has_product=has_product,
        is_aigc=is_aigc,
        is_sponsored=is_sponsored,
        keyword=keyword,
        page=page,
        page_size=page_size,
        sort=sort,
        country=country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    has_product: bool | Unset = UNSET,
    is_aigc: bool | Unset = UNSET,
    is_sponsored: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreativesSearchSort | Unset = "gmv:desc",
    country: CreativesSearchCountry,
) -> APIError | CreativesSearchResponse | None:
    """Creative Search

     Search TikTok ad creatives / video creatives, with filters and sort on category, region, AIGC flag
    and more.

    Args:
        category (str | Unset):
        has_product (bool | Unset):
        is_aigc (bool | Unset):
        is_sponsored (bool | Unset):
        keyword (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (CreativesSearchSort | Unset):  Default: 'gmv:desc'.
        country (CreativesSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | CreativesSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            has_product=has_product,
            is_aigc=is_aigc,
            is_sponsored=is_sponsored,
            keyword=keyword,
            page=page,
            page_size=page_size,
            sort=sort,
            country=country,
        )
    ).parsed

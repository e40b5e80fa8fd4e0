# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.creators_search_country import (
    CreatorsSearchCountry,
)
from ...models.creators_search_response import CreatorsSearchResponse
from ...models.creators_search_sort import (
    CreatorsSearchSort,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    has_contact: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_avg_views: float | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_followers: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    min_avg_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_followers: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreatorsSearchSort | Unset = "gmv_30d:desc",
    country: CreatorsSearchCountry,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["has_contact"] = has_contact

    params["keyword"] = keyword

    params["max_avg_views"] = max_avg_views

    params["max_engagement"] = max_engagement

    params["max_followers"] = max_followers

    params["max_gmv_30d"] = max_gmv_30d

    params["min_avg_views"] = min_avg_views

    params["min_engagement"] = min_engagement

    params["min_followers"] = min_followers

    params["min_gmv_30d"] = min_gmv_30d

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
        "url": "/open/v1/creators/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | CreatorsSearchResponse | None:
    if response.status_code == 200:
        response_200 = CreatorsSearchResponse.from_dict(response.json())

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
) -> Response[APIError | CreatorsSearchResponse]:
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
    has_contact: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_avg_views: float | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_followers: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    min_avg_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_followers: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreatorsSearchSort | Unset = "gmv_30d:desc",
    country: CreatorsSearchCountry,
) -> Response[APIError | CreatorsSearchResponse]:
    """Creator Search

     Search TikTok creators with multi-dimensional filters on followers, GMV, engagement rate, etc.

    Args:
        category (str | Unset):
        has_contact (bool | Unset):
        keyword (str | Unset):
        max_avg_views (float | Unset):
        max_engagement (float | Unset):
        max_followers (float | Unset):
        max_gmv_30d (float | Unset):
        min_avg_views (float | Unset):
        min_engagement (float | Unset):
        min_followers (float | Unset):
        min_gmv_30d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (CreatorsSearchSort | Unset):  Default: 'gmv_30d:desc'.
        country (CreatorsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | CreatorsSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        has_contact=has_contact,
        keyword=keyword,
        max_avg_views=max_avg_views,
        max_engagement=max_engagement,
        max_followers=max_followers,
        max_gmv_30d=max_gmv_30d,
        min_avg_views=min_avg_views,
        min_engagement=min_engagement,
        min_followers=min_followers,
        min_gmv_30d=min_gmv_30d,
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
    has_contact: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_avg_views: float | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_followers: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    min_avg_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_followers: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreatorsSearchSort | Unset = "gmv_30d:desc",
    country: CreatorsSearchCountry,
) -> APIError | CreatorsSearchResponse | None:
    """Creator Search

     Search TikTok creators with multi-dimensional filters on followers, GMV, engagement rate, etc.

    Args:
        category (str | Unset):
        has_contact (bool | Unset):
        keyword (str | Unset):
        max_avg_views (float | Unset):
        max_engagement (float | Unset):
        max_followers (float | Unset):
        max_gmv_30d (float | Unset):
        min_avg_views (float | Unset):
        min_engagement (float | Unset):
        min_followers (float | Unset):
        min_gmv_30d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (CreatorsSearchSort | Unset):  Default: 'gmv_30d:desc'.
        country (CreatorsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | CreatorsSearchResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        has_contact=has_contact,
        keyword=keyword,
        max_avg_views=max_avg_views,
        max_engagement=max_engagement,
        max_followers=max_followers,
        max_gmv_30d=max_gmv_30d,
        min_avg_views=min_avg_views,
        min_engagement=min_engagement,
        min_followers=min_followers,
        min_gmv_30d=min_gmv_30d,
        page=page,
        page_size=page_size,
        sort=sort,
        country=country,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    has_contact: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_avg_views: float | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_followers: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    min_avg_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_followers: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreatorsSearchSort | Unset = "gmv_30d:desc",
    country: CreatorsSearchCountry,
) -> Response[APIError | CreatorsSearchResponse]:
    """Creator Search

     Search TikTok creators with multi-dimensional filters on followers, GMV, engagement rate, etc.

    Args:
        category (str | Unset):
        has_contact (bool | Unset):
        keyword (str | Unset):
        max_avg_views (float | Unset):
        max_engagement (float | Unset):
        max_followers (float | Unset):
        max_gmv_30d (float | Unset):
        min_avg_views (float | Unset):
        min_engagement (float | Unset):
        min_followers (float | Unset):
        min_gmv_30d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (CreatorsSearchSort | Unset):  Default: 'gmv_30d:desc'.
        country (CreatorsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | CreatorsSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        has_contact=has_contact,
        keyword=keyword,
        max_avg_views=max_avg_views,
        max_engagement=max_engagement,
        max_followers=max_followers,
        max_gmv_30d=max_gmv_30d,
        min_avg_views=min_avg_views,
        min_engagement=min_engagement,
        min_followers=min_followers,
        min_gmv_30d=min_gmv_30d,
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
    has_contact: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_avg_views: float | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_followers: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    min_avg_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_followers: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: CreatorsSearchSort | Unset = "gmv_30d:desc",
    country: CreatorsSearchCountry,
) -> APIError | CreatorsSearchResponse | None:
    """Creator Search

     Search TikTok creators with multi-dimensional filters on followers, GMV, engagement rate, etc.

    Args:
        category (str | Unset):
        has_contact (bool | Unset):
        keyword (str | Unset):
        max_avg_views (float | Unset):
        max_engagement (float | Unset):
        max_followers (float | Unset):
        max_gmv_30d (float | Unset):
        min_avg_views (float | Unset):
        min_engagement (float | Unset):
        min_followers (float | Unset):
        min_gmv_30d (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (CreatorsSearchSort | Unset):  Default: 'gmv_30d:desc'.
        country (CreatorsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | CreatorsSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            has_contact=has_contact,
            keyword=keyword,
            max_avg_views=max_avg_views,
            max_engagement=max_engagement,
            max_followers=max_followers,
            max_gmv_30d=max_gmv_30d,
            min_avg_views=min_avg_views,
            min_engagement=min_engagement,
            min_followers=min_followers,
            min_gmv_30d=min_gmv_30d,
            page=page,
            page_size=page_size,
            sort=sort,
            country=country,
        )
    ).parsed

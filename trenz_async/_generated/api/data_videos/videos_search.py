# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.videos_search_country import (
    VideosSearchCountry,
)
from ...models.videos_search_response import VideosSearchResponse
from ...models.videos_search_sort import VideosSearchSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    is_commercial: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    max_likes: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    min_likes: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: VideosSearchSort | Unset = "views:desc",
    country: VideosSearchCountry,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["is_commercial"] = is_commercial

    params["keyword"] = keyword

    params["max_engagement"] = max_engagement

    params["max_gmv_30d"] = max_gmv_30d

    params["max_likes"] = max_likes

    params["max_views"] = max_views

    params["min_engagement"] = min_engagement

    params["min_gmv_30d"] = min_gmv_30d

    params["min_likes"] = min_likes

    params["min_views"] = min_views

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
        "url": "/open/v1/videos/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | VideosSearchResponse | None:
    if response.status_code == 200:
        response_200 = VideosSearchResponse.from_dict(response.json())

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
) -> Response[APIError | VideosSearchResponse]:
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
    keyword: str | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    max_likes: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    min_likes: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: VideosSearchSort | Unset = "views:desc",
    country: VideosSearchCountry,
) -> Response[APIError | VideosSearchResponse]:
    """Video Search

     Search TikTok shoppable videos with multi-dimensional filters on views, GMV, engagement rate, etc.

    Args:
        category (str | Unset):
        is_commercial (bool | Unset):
        keyword (str | Unset):
        max_engagement (float | Unset):
        max_gmv_30d (float | Unset):
        max_likes (float | Unset):
        max_views (float | Unset):
        min_engagement (float | Unset):
        min_gmv_30d (float | Unset):
        min_likes (float | Unset):
        min_views (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (VideosSearchSort | Unset):  Default: 'views:desc'.
        country (VideosSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | VideosSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        is_commercial=is_commercial,
        keyword=keyword,
        max_engagement=max_engagement,
        max_gmv_30d=max_gmv_30d,
        max_likes=max_likes,
        max_views=max_views,
        min_engagement=min_engagement,
        min_gmv_30d=min_gmv_30d,
        min_likes=min_likes,
        min_views=min_views,
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
    is_commercial: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    max_likes: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    min_likes: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: VideosSearchSort | Unset = "views:desc",
    country: VideosSearchCountry,
) -> APIError | VideosSearchResponse | None:
    """Video Search

     Search TikTok shoppable videos with multi-dimensional filters on views, GMV, engagement rate, etc.

    Args:
        category (str | Unset):
        is_commercial (bool | Unset):
        keyword (str | Unset):
        max_engagement (float | Unset):
        max_gmv_30d (float | Unset):
        max_likes (float | Unset):
        max_views (float | Unset):
        min_engagement (float | Unset):
        min_gmv_30d (float | Unset):
        min_likes (float | Unset):
        min_views (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (VideosSearchSort | Unset):  Default: 'views:desc'.
        country (VideosSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | VideosSearchResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        is_commercial=is_commercial,
        keyword=keyword,
        max_engagement=max_engagement,
        max_gmv_30d=max_gmv_30d,
        max_likes=max_likes,
        max_views=max_views,
        min_engagement=min_engagement,
        min_gmv_30d=min_gmv_30d,
        min_likes=min_likes,
        min_views=min_views,
        page=page,
        page_size=page_size,
        sort=sort,
        country=country,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: str | Unset = UNSET,
    is_commercial: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    max_likes: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    min_likes: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: VideosSearchSort | Unset = "views:desc",
    country: VideosSearchCountry,
) -> Response[APIError | VideosSearchResponse]:
    """Video Search

     Search TikTok shoppable videos with multi-dimensional filters on views, GMV, engagement rate, etc.

    Args:
        category (str | Unset):
        is_commercial (bool | Unset):
        keyword (str | Unset):
        max_engagement (float | Unset):
        max_gmv_30d (float | Unset):
        max_likes (float | Unset):
        max_views (float | Unset):
        min_engagement (float | Unset):
        min_gmv_30d (float | Unset):
        min_likes (float | Unset):
        min_views (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (VideosSearchSort | Unset):  Default: 'views:desc'.
        country (VideosSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | VideosSearchResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        is_commercial=is_commercial,
        keyword=keyword,
        max_engagement=max_engagement,
        max_gmv_30d=max_gmv_30d,
        max_likes=max_likes,
        max_views=max_views,
        min_engagement=min_engagement,
        min_gmv_30d=min_gmv_30d,
        min_likes=min_likes,
        min_views=min_views,
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
    is_commercial: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_engagement: float | Unset = UNSET,
    max_gmv_30d: float | Unset = UNSET,
    max_likes: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_engagement: float | Unset = UNSET,
    min_gmv_30d: float | Unset = UNSET,
    min_likes: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: VideosSearchSort | Unset = "views:desc",
    country: VideosSearchCountry,
) -> APIError | VideosSearchResponse | None:
    """Video Search

     Search TikTok shoppable videos with multi-dimensional filters on views, GMV, engagement rate, etc.

    Args:
        category (str | Unset):
        is_commercial (bool | Unset):
        keyword (str | Unset):
        max_engagement (float | Unset):
        max_gmv_30d (float | Unset):
        max_likes (float | Unset):
        max_views (float | Unset):
        min_engagement (float | Unset):
        min_gmv_30d (float | Unset):
        min_likes (float | Unset):
        min_views (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (VideosSearchSort | Unset):  Default: 'views:desc'.
        country (VideosSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | VideosSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            is_commercial=is_commercial,
            keyword=keyword,
            max_engagement=max_engagement,
            max_gmv_30d=max_gmv_30d,
            max_likes=max_likes,
            max_views=max_views,
            min_engagement=min_engagement,
            min_gmv_30d=min_gmv_30d,
            min_likes=min_likes,
            min_views=min_views,
            page=page,
            page_size=page_size,
            sort=sort,
            country=country,
        )
    ).parsed

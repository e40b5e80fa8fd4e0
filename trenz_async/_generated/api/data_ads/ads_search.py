# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ads_search_country import AdsSearchCountry
from ...models.ads_search_response import AdsSearchResponse
from ...models.ads_search_sort import AdsSearchSort
from ...models.api_error import APIError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ad_type: str | Unset = UNSET,
    category: str | Unset = UNSET,
    exclude_spark_ads: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_days: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_days: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: AdsSearchSort | Unset = "gmv:desc",
    country: AdsSearchCountry,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ad_type"] = ad_type

    params["category"] = category

    params["exclude_spark_ads"] = exclude_spark_ads

    params["keyword"] = keyword

    params["max_days"] = max_days

    params["max_gmv"] = max_gmv

    params["max_views"] = max_views

    params["min_days"] = min_days

    params["min_gmv"] = min_gmv

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
        "url": "/open/v1/ads/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | AdsSearchResponse | None:
    if response.status_code == 200:
        response_200 = AdsSearchResponse.from_dict(response.json())

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
) -> Response[APIError | AdsSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ad_type: str | Unset = UNSET,
    category: str | Unset = UNSET,
    exclude_spark_ads: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_days: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_days: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: AdsSearchSort | Unset = "gmv:desc",
    country: AdsSearchCountry,
) -> Response[APIError | AdsSearchResponse]:
    """Ad Search

     Search TikTok ad creatives with filters on delivery days, estimated GMV, engagement rate, etc.

    Args:
        ad_type (str | Unset):
        category (str | Unset):
        exclude_spark_ads (bool | Unset):
        keyword (str | Unset):
        max_days (float | Unset):
        max_gmv (float | Unset):
        max_views (float | Unset):
        min_days (float | Unset):
        min_gmv (float | Unset):
        min_views (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (AdsSearchSort | Unset):  Default: 'gmv:desc'.
        country (AdsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | AdsSearchResponse]
    """

    kwargs = _get_kwargs(
        ad_type=ad_type,
        category=category,
        exclude_spark_ads=exclude_spark_ads,
        keyword=keyword,
        max_days=max_days,
        max_gmv=max_gmv,
        max_views=max_views,
        min_days=min_days,
        min_gmv=min_gmv,
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
    ad_type: str | Unset = UNSET,
    category: str | Unset = UNSET,
    exclude_spark_ads: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_days: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_days: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: AdsSearchSort | Unset = "gmv:desc",
    country: AdsSearchCountry,
) -> APIError | AdsSearchResponse | None:
    """Ad Search

     Search TikTok ad creatives with filters on delivery days, estimated GMV, engagement rate, etc.

    Args:
        ad_type (str | Unset):
        category (str | Unset):
        exclude_spark_ads (bool | Unset):
        keyword (str | Unset):
        max_days (float | Unset):
        max_gmv (float | Unset):
        max_views (float | Unset):
        min_days (float | Unset):
        min_gmv (float | Unset):
        min_views (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (AdsSearchSort | Unset):  Default: 'gmv:desc'.
        country (AdsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | AdsSearchResponse
    """

    return sync_detailed(
        client=client,
        ad_type=ad_type,
        category=category,
        exclude_spark_ads=exclude_spark_ads,
        keyword=keyword,
        max_days=max_days,
        max_gmv=max_gmv,
        max_views=max_views,
        min_days=min_days,
        min_gmv=min_gmv,
        min_views=min_views,
        page=page,
        page_size=page_size,
        sort=sort,
        country=country,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ad_type: str | Unset = UNSET,
    category: str | Unset = UNSET,
    exclude_spark_ads: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_days: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_days: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: AdsSearchSort | Unset = "gmv:desc",
    country: AdsSearchCountry,
) -> Response[APIError | AdsSearchResponse]:
    """Ad Search

     Search TikTok ad creatives with filters on delivery days, estimated GMV, engagement rate, etc.

    Args:
        ad_type (str | Unset):
        category (str | Unset):
        exclude_spark_ads (bool | Unset):
        keyword (str | Unset):
        max_days (float | Unset):
        max_gmv (float | Unset):
        max_views (float | Unset):
        min_days (float | Unset):
        min_gmv (float | Unset):
        min_views (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (AdsSearchSort | Unset):  Default: 'gmv:desc'.
        country (AdsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | AdsSearchResponse]
    """

    kwargs = _get_kwargs(
        ad_type=ad_type,
        category=category,
        exclude_spark_ads=exclude_spark_ads,
        keyword=keyword,
        max_days=max_days,
        max_gmv=max_gmv,
        max_views=max_views,
        min_days=min_days,
        min_gmv=min_gmv,
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
    ad_type: str | Unset = UNSET,
    category: str | Unset = UNSET,
    exclude_spark_ads: bool | Unset = UNSET,
    keyword: str | Unset = UNSET,
    max_days: float | Unset = UNSET,
    max_gmv: float | Unset = UNSET,
    max_views: float | Unset = UNSET,
    min_days: float | Unset = UNSET,
    min_gmv: float | Unset = UNSET,
    min_views: float | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    sort: AdsSearchSort | Unset = "gmv:desc",
    country: AdsSearchCountry,
) -> APIError | AdsSearchResponse | None:
    """Ad Search

     Search TikTok ad creatives with filters on delivery days, estimated GMV, engagement rate, etc.

    Args:
        ad_type (str | Unset):
        category (str | Unset):
        exclude_spark_ads (bool | Unset):
        keyword (str | Unset):
        max_days (float | Unset):
        max_gmv (float | Unset):
        max_views (float | Unset):
        min_days (float | Unset):
        min_gmv (float | Unset):
        min_views (float | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        sort (AdsSearchSort | Unset):  Default: 'gmv:desc'.
        country (AdsSearchCountry):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | AdsSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ad_type=ad_type,
            category=category,
            exclude_spark_ads=exclude_spark_ads,
            keyword=keyword,
            max_days=max_days,
            max_gmv=max_gmv,
            max_views=max_views,
            min_days=min_days,
            min_gmv=min_gmv,
            min_views=min_views,
            page=page,
            page_size=page_size,
            sort=sort,
            country=country,
        )
    ).parsed

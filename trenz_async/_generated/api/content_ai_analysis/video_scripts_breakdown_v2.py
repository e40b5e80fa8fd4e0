# generated from openapi.json by codegen; do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import APIError
from ...models.video_scripts_breakdown_v2_body import VideoScriptsBreakdownV2Body
from ...models.video_scripts_breakdown_v2_response import (
    VideoScriptsBreakdownV2Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: VideoScriptsBreakdownV2Body,
    language: str | Unset = "en",
    country_code: str | Unset = "us",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["language"] = language

    params["country_code"] = country_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/ai/videos/scripts/breakdown-v2",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIError | VideoScriptsBreakdownV2Response | None:
    if response.status_code == 200:
        response_200 = VideoScriptsBreakdownV2Response.from_dict(response.json())

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
) -> Response[APIError | VideoScriptsBreakdownV2Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoScriptsBreakdownV2Body,
    language: str | Unset = "en",
    country_code: str | Unset = "us",
) -> Response[APIError | VideoScriptsBreakdownV2Response]:
    """Video Script Breakdown V2

     Structured breakdown of a video script (V2, enhanced).

    Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and
    result.

    Args:
        language (str | Unset):  Default: 'en'.
        country_code (str | Unset):  Default: 'us'.
        body (VideoScriptsBreakdownV2Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | VideoScriptsBreakdownV2Response]
    """

    kwargs = _get_kwargs(
        body=body,
        language=language,
        country_code=country_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VideoScriptsBreakdownV2Body,
    language: str | Unset = "en",
    country_code: str | Unset = "us",
) -> APIError | VideoScriptsBreakdownV2Response | None:
    """Video Script Breakdown V2

     Structured breakdown of a video script (V2, enhanced).

    Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and
    result.

    Args:
        language (str | Unset):  Default: 'en'.
        country_code (str | Unset):  Default: 'us'.
        body (VideoScriptsBreakdownV2Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | VideoScriptsBreakdownV2Response
    """

    return sync_detailed(
        client=client,
        body=body,
        language=language,
        country_code=country_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoScriptsBreakdownV2Body,
    language: str | Unset = "en",
    country_code: str | Unset = "us",
) -> Response[APIError | VideoScriptsBreakdownV2Response]:
    """Video Script Breakdown V2

     Structured breakdown of a video script (V2, enhanced).

    Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and
    result.

    Args:
        language (str | Unset):  Default: 'en'.
        country_code (str | Unset):  Default: 'us'.
        body (VideoScriptsBreakdownV2Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIError | VideoScriptsBreakdownV2Response]
    """

    kwargs = _get_kwargs(
        body=body,
        language=language,
        country_code=country_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VideoScriptsBreakdownV2Body,
    language: str | Unset = "en",
    country_code: str | Unset = "us",
) -> APIError | VideoScriptsBreakdownV2Response | None:
    """Video Script Breakdown V2

     Structured breakdown of a video script (V2, enhanced).

    Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and
    result.

    Args:
        language (str | Unset):  Default: 'en'.
        country_code (str | Unset):  Default: 'us'.
        body (VideoScriptsBreakdownV2Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIError | VideoScriptsBreakdownV2Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            language=language,
            country_code=country_code,
        )
    ).parsed

# generated from openapi.json by codegen; do not edit
"""`client.social_videos`: the Social/3.Video Management operations."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.social_platform_videos_response import SocialPlatformVideosResponse
    from .._generated.models.social_platform_videos_video import SocialPlatformVideosVideo
    from .._generated.models.social_video_check_info_response import SocialVideoCheckInfoResponse
    from .._generated.models.social_video_detail_response import SocialVideoDetailResponse
    from .._generated.models.social_videos_list_response import SocialVideosListResponse
    from .._generated.models.social_videos_list_video import SocialVideosListVideo
    from ..models._params import SocialPlatformVideosFilterParam

__all__ = ["SocialVideosResource", "SocialVideosResourceWithRawResponse"]


class SocialVideosResource(Resource):
    """Operations tagged Social/3.Video Management."""

    @functools.cached_property
    def with_raw_response(self) -> SocialVideosResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return SocialVideosResourceWithRawResponse(self)

    async def check_info(
        self,
        *,
        bucket_name: str,
        object_key: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialVideoCheckInfoResponse:
        """Validate Video Info.

        `POST /open/v1/social/videos/check-info` (trenz-social-video-check-info): 1 coins, charged per call.

        Validate a video against the rules of each target platform before publishing.

        Args:
            bucket_name: (body, required) Bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the 'General' category)
            object_key: (body, required) Object key (the `object_key` returned by 'Generate Presigned Upload URL' under the 'General' category)
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "bucket_name": bucket_name,
            "object_key": object_key,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialVideoCheckInfoResponse",
            await self._call("trenz-social-video-check-info", params, options),
        )

    async def detail(
        self,
        *,
        video_id: int,
        include_presigned_url: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialVideoDetailResponse:
        """Publishing Record Detail.

        `POST /open/v1/social/videos/detail` (trenz-social-video-detail): 1 coins, charged per call.

        Get details for a single video and its publishing records.

        Args:
            video_id: (body, required) Video ID
            include_presigned_url: (body) Whether to include presigned URL
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "video_id": video_id,
            "include_presigned_url": include_presigned_url,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialVideoDetailResponse",
            await self._call("trenz-social-video-detail", params, options),
        )

    def list(
        self,
        *,
        content_type: str | None = None,
        include_details: bool | None = None,
        include_presigned_urls: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        publish_time_after: int | None = None,
        publish_time_before: int | None = None,
        status: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialVideosListResponse, SocialVideosListVideo]:
        """Publishing Record List.

        `POST /open/v1/social/videos` (trenz-social-videos-list): 1 coins, charged per call.

        List a user's videos with pagination and status filtering.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialVideosListVideo`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            content_type: (body) Content type: video/image
            include_details: (body) Whether to include publishing details
            include_presigned_urls: (body) Whether to include presigned URL
            limit: (body) Page size
            page: (body) Page number
            publish_time_after: (body) Publish time start (Unix timestamp)
            publish_time_before: (body) Publish time end (Unix timestamp)
            status: (body) Status filter
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "content_type": content_type,
            "include_details": include_details,
            "include_presigned_urls": include_presigned_urls,
            "limit": limit,
            "page": page,
            "publish_time_after": publish_time_after,
            "publish_time_before": publish_time_before,
            "status": status,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-videos-list", params, options)

    def platform_videos(
        self,
        *,
        platform_account_id: int,
        filter_: SocialPlatformVideosFilterParam | None = None,
        include_presigned_urls: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialPlatformVideosResponse, SocialPlatformVideosVideo]:
        """Platform Video Metrics List.

        `POST /open/v1/social/videos/platform` (trenz-social-platform-videos): 1 coins, charged per call.

        List videos published to the platform along with their metrics.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialPlatformVideosVideo`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            platform_account_id: (body, required) Platform account ID
            filter_: (body) Filters (click to expand for details)
            include_presigned_urls: (body) Whether to include presigned URL
            limit: (body) Page size
            page: (body) Page number
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "platform_account_id": platform_account_id,
            "filter_": filter_,
            "include_presigned_urls": include_presigned_urls,
            "limit": limit,
            "page": page,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-platform-videos", params, options)


class SocialVideosResourceWithRawResponse(RawResponses):
    """`client.social_videos.with_raw_response`: each call's `RawResponse`.

    The methods of `SocialVideosResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: SocialVideosResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.check_info = async_to_raw_response_wrapper(raw.check_info)
        self.detail = async_to_raw_response_wrapper(raw.detail)
        self.list = async_to_raw_response_wrapper(raw.list)
        self.platform_videos = async_to_raw_response_wrapper(raw.platform_videos)

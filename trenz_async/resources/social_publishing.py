# generated from openapi.json by codegen; do not edit
"""`client.social_publishing`: the Social/2.Video Publishing operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.social_plans_precheck_records_response import (
        SocialPlansPrecheckRecordsResponse,
    )
    from .._generated.models.social_plans_precheck_response import SocialPlansPrecheckResponse
    from .._generated.models.social_publish_cancel_response import SocialPublishCancelResponse
    from .._generated.models.social_publish_session_cancel_response import (
        SocialPublishSessionCancelResponse,
    )
    from .._generated.models.social_publish_session_response import SocialPublishSessionResponse
    from .._generated.models.social_publish_upload_response import SocialPublishUploadResponse
    from ..models._params import SocialPublishUploadMediaItemParam
    from ..models._params import SocialPublishUploadPublicationParam

__all__ = ["SocialPublishingResource", "SocialPublishingResourceWithRawResponse"]


class SocialPublishingResource(Resource):
    """Operations tagged Social/2.Video Publishing."""

    @functools.cached_property
    def with_raw_response(self) -> SocialPublishingResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return SocialPublishingResourceWithRawResponse(self)

    async def plans_precheck(
        self,
        *,
        publication_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPlansPrecheckResponse:
        """Trigger Quality Precheck.

        `POST /open/v1/social/plans/precheck` (trenz-social-plans-precheck): 2 coins, charged per call.

        Trigger a TikTok Shop quality precheck for a publish plan.

        Args:
            publication_id: (body, required) Plan ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "publication_id": publication_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialPlansPrecheckResponse",
            await self._call("trenz-social-plans-precheck", params, options),
        )

    async def plans_precheck_records(
        self,
        *,
        publication_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPlansPrecheckRecordsResponse:
        """Precheck Record List.

        `POST /open/v1/social/plans/precheck-records` (trenz-social-plans-precheck-records): 1 coins, charged per call.

        Get the quality-precheck history for a publish plan.

        Args:
            publication_id: (body, required) Publish plan ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "publication_id": publication_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialPlansPrecheckRecordsResponse",
            await self._call("trenz-social-plans-precheck-records", params, options),
        )

    async def publish_cancel(
        self,
        *,
        publication_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPublishCancelResponse:
        """Cancel Individual Publish.

        `POST /open/v1/social/publish/cancel` (trenz-social-publish-cancel): 2 coins, charged per call.

        Cancel a specific publish task.

        Args:
            publication_id: (body, required) Publish task ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "publication_id": publication_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialPublishCancelResponse",
            await self._call("trenz-social-publish-cancel", params, options),
        )

    async def publish_session(
        self,
        *,
        session_token: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPublishSessionResponse:
        """Publish Session Status.

        `POST /open/v1/social/publish/session` (trenz-social-publish-session): 1 coins, charged per call.

        Query the progress of a video publish session.

        Args:
            session_token: (body, required) Publish session token
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "session_token": session_token,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialPublishSessionResponse",
            await self._call("trenz-social-publish-session", params, options),
        )

    async def publish_session_cancel(
        self,
        *,
        session_token: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPublishSessionCancelResponse:
        """Cancel Publish Session.

        `POST /open/v1/social/publish/session/cancel` (trenz-social-publish-session-cancel): 2 coins, charged per call.

        Cancel an entire video publish session.

        Args:
            session_token: (body, required) Publish session token
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "session_token": session_token,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialPublishSessionCancelResponse",
            await self._call("trenz-social-publish-session-cancel", params, options),
        )

    async def publish_upload(
        self,
        *,
        publications: list[SocialPublishUploadPublicationParam],
        video_title: str,
        bucket_key: str | None = None,
        bucket_name: str | None = None,
        content_type: str = "video",
        cover_bucket_key: str | None = None,
        cover_bucket_name: str | None = None,
        dry_run: bool = False,
        duration: float | None = None,
        file_size: int | None = None,
        media_items: list[SocialPublishUploadMediaItemParam] | None = None,
        source_id: str | None = None,
        source_type: str | None = None,
        video_description: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialPublishUploadResponse:
        """Upload and Publish Video.

        `POST /open/v1/social/publish/upload-and-publish` (trenz-social-publish-upload): 10 coins, charged per call.

        One-step upload-and-publish a video to multiple social platforms.

        Args:
            publications: (body, required) Publish target list (can publish to multiple accounts at once)
            video_title: (body, required) Video title
            bucket_key: (body) Object key (the `object_key` returned by 'Generate Presigned Upload URL' under the 'General' category)
            bucket_name: (body) Bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the 'General' category)
            content_type: (body) Content type: video or image Default: 'video'.
            cover_bucket_key: (body) Cover image object key (the `object_key` returned by 'Generate Presigned Upload URL' under the 'General' category, optional)
            cover_bucket_name: (body) Cover image bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the 'General' category, optional)
            dry_run: (body) Dry-run publish (does not actually publish to the platform) Default: False.
            duration: (body) Video duration (seconds, optional)
            file_size: (body) File size (bytes, optional)
            media_items: (body) Media item list (for carousel and other multi-file publishing scenarios. When `media_items` is set, `bucket_name`/`bucket_key` are not required)
            source_id: (body) Source ID
            source_type: (body) Source type
            video_description: (body) Video description
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "publications": publications,
            "video_title": video_title,
            "bucket_key": bucket_key,
            "bucket_name": bucket_name,
            "content_type": content_type,
            "cover_bucket_key": cover_bucket_key,
            "cover_bucket_name": cover_bucket_name,
            "dry_run": dry_run,
            "duration": duration,
            "file_size": file_size,
            "media_items": media_items,
            "source_id": source_id,
            "source_type": source_type,
            "video_description": video_description,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialPublishUploadResponse",
            await self._call("trenz-social-publish-upload", params, options),
        )


class SocialPublishingResourceWithRawResponse(RawResponses):
    """`client.social_publishing.with_raw_response`: each call's `RawResponse`.

    The methods of `SocialPublishingResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: SocialPublishingResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.plans_precheck = async_to_raw_response_wrapper(raw.plans_precheck)
        self.plans_precheck_records = async_to_raw_response_wrapper(raw.plans_precheck_records)
        self.publish_cancel = async_to_raw_response_wrapper(raw.publish_cancel)
        self.publish_session = async_to_raw_response_wrapper(raw.publish_session)
        self.publish_session_cancel = async_to_raw_response_wrapper(raw.publish_session_cancel)
        self.publish_upload = async_to_raw_response_wrapper(raw.publish_upload)

# generated from openapi.json by codegen; do not edit
"""`client.uploads`: the File Upload operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.social_upload_presigned_url_response import (
        SocialUploadPresignedUrlResponse,
    )

__all__ = ["UploadsResource", "UploadsResourceWithRawResponse"]


class UploadsResource(Resource):
    """Operations tagged File Upload."""

    @functools.cached_property
    def with_raw_response(self) -> UploadsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return UploadsResourceWithRawResponse(self)

    async def presigned_url(
        self,
        *,
        file_name: str,
        content_type: str | None = None,
        expires_in: int | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialUploadPresignedUrlResponse:
        """Generate Presigned Upload URL.

        `POST /open/v1/social/upload/presigned-url` (trenz-social-upload-presigned-url): 1 coins, charged per call.

        Generate an S3 presigned upload URL for direct client-side file upload.

        Args:
            file_name: (body, required) File name (with extension)
            content_type: (body) MIME type, e.g. image/jpeg
            expires_in: (body) Expiration time (seconds), default 3600
            region: (body) Storage region: tos or aws, default tos
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "file_name": file_name,
            "content_type": content_type,
            "expires_in": expires_in,
            "region": region,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialUploadPresignedUrlResponse",
            await self._call("trenz-social-upload-presigned-url", params, options),
        )


class UploadsResourceWithRawResponse(RawResponses):
    """`client.uploads.with_raw_response`: each call's `RawResponse`.

    The methods of `UploadsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: UploadsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.presigned_url = async_to_raw_response_wrapper(raw.presigned_url)

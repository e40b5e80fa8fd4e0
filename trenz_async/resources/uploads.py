# generated from openapi.json by codegen; do not edit
"""`client.uploads`: the File Upload operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.social_upload_presigned_url_response import (
        SocialUploadPresignedUrlResponse,
    )

__all__ = ["UploadsResource"]


class UploadsResource(Resource):
    """Operations tagged File Upload."""

    async def presigned_url(
        self,
        *,
        file_name: str,
        content_type: str | None = None,
        expires_in: int | None = None,
        region: str | None = None,
    ) -> SocialUploadPresignedUrlResponse:
        """Generate Presigned Upload URL.

        `POST /open/v1/social/upload/presigned-url` (trenz-social-upload-presigned-url): 1 coins, charged per call.

        Generate an S3 presigned upload URL for direct client-side file upload.

        Args:
            file_name: (body, required) File name (with extension)
            content_type: (body) MIME type, e.g. image/jpeg
            expires_in: (body) Expiration time (seconds), default 3600
            region: (body) Storage region: tos or aws, default tos
        """
        params: dict[str, Any] = {
            "file_name": file_name,
            "content_type": content_type,
            "expires_in": expires_in,
            "region": region,
        }
        return cast(
            "SocialUploadPresignedUrlResponse",
            await self._call("trenz-social-upload-presigned-url", params),
        )

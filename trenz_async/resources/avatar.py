# generated from openapi.json by codegen; do not edit
"""`client.avatar`: the Content/Avatar operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.ai_avatar_analyze_response import AiAvatarAnalyzeResponse

__all__ = ["AvatarResource", "AvatarResourceWithRawResponse"]


class AvatarResource(Resource):
    """Operations tagged Content/Avatar."""

    @functools.cached_property
    def with_raw_response(self) -> AvatarResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AvatarResourceWithRawResponse(self)

    async def analyze(
        self,
        *,
        cdn_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AiAvatarAnalyzeResponse:
        """Avatar Photo Analysis.

        `POST /open/v1/ai/avatar/analyze` (trenz-ai-avatar-analyze): 1000 coins, charged per call.

        Analyze whether a photo is suitable as avatar source material.

        Args:
            cdn_url: (body, required) Person photo URL (any publicly accessible image URL is supported)
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "cdn_url": cdn_url,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "AiAvatarAnalyzeResponse", await self._call("trenz-ai-avatar-analyze", params, options)
        )

    async def video_talking_photo(
        self,
        *,
        language: str = "zh",
        long_limit: int = 750,
        short_limit: int = 150,
        url: str | None = None,
        video_script_content: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Talking Photo Video Generation.

        `POST /open/v1/ai/videos/talking-photo` (trenz-video-talking-photo): 1500 coins, async job, charged when it completes.

        Generate a talking-head video from a photo and a script (OmniHuman).

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.job_id`); `await task.wait()` for the result.

        Args:
            language: (query) Language Default: 'zh'.
            long_limit: (body) Long script character limit Default: 750.
            short_limit: (body) Short script character limit Default: 150.
            url: (body) Person photo URL (any publicly accessible image URL is supported)
            video_script_content: (body) Voiceover script content
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "language": language,
            "long_limit": long_limit,
            "short_limit": short_limit,
            "url": url,
            "video_script_content": video_script_content,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-video-talking-photo", params, options)
        )


class AvatarResourceWithRawResponse(RawResponses):
    """`client.avatar.with_raw_response`: each call's `RawResponse`.

    The methods of `AvatarResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AvatarResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.analyze = async_to_raw_response_wrapper(raw.analyze)
        self.video_talking_photo = async_to_raw_response_wrapper(raw.video_talking_photo)

# generated from openapi.json by codegen; do not edit
"""`client.ai_analysis`: the Content/AI Analysis operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task

__all__ = ["AiAnalysisResource", "AiAnalysisResourceWithRawResponse"]


class AiAnalysisResource(Resource):
    """Operations tagged Content/AI Analysis."""

    @functools.cached_property
    def with_raw_response(self) -> AiAnalysisResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AiAnalysisResourceWithRawResponse(self)

    async def video_content_analysis(
        self,
        *,
        video_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Video Content Analysis.

        `POST /open/v1/ai/videos/content-analysis` (trenz-video-content-analysis): 1000 coins, async job, charged when it completes.

        AI content analysis of a video.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            video_id: (body, required) Video ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "video_id": video_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]",
            await self._call("trenz-video-content-analysis", params, options),
        )

    async def video_scripts_breakdown(
        self,
        *,
        video_id: str,
        country_code: str = "us",
        language: str = "en",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Video Script Breakdown.

        `POST /open/v1/ai/videos/scripts/breakdown` (trenz-video-scripts-breakdown): 1000 coins, async job, charged when it completes.

        Structured breakdown of a video script.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            video_id: (body, required) Video ID
            country_code: (query) Country code Default: 'us'.
            language: (query) Language Default: 'en'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "video_id": video_id,
            "country_code": country_code,
            "language": language,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]",
            await self._call("trenz-video-scripts-breakdown", params, options),
        )

    async def video_scripts_breakdown_v2(
        self,
        *,
        video_id: str,
        country_code: str = "us",
        is_regenerate: bool = False,
        language: str = "en",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Video Script Breakdown V2.

        `POST /open/v1/ai/videos/scripts/breakdown-v2` (trenz-video-scripts-breakdown-v2): 1000 coins, async job, charged when it completes.

        Structured breakdown of a video script (V2, enhanced).

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            video_id: (body, required) Video ID
            country_code: (query) Country code Default: 'us'.
            is_regenerate: (body) Whether to force regeneration Default: False.
            language: (query) Language Default: 'en'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "video_id": video_id,
            "country_code": country_code,
            "is_regenerate": is_regenerate,
            "language": language,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]",
            await self._call("trenz-video-scripts-breakdown-v2", params, options),
        )

    async def video_scripts_storyboard(
        self,
        *,
        video_id: str,
        country_code: str = "us",
        language: str = "en",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Video Storyboard Breakdown.

        `POST /open/v1/ai/videos/scripts/storyboard` (trenz-video-scripts-storyboard): 1000 coins, async job, charged when it completes.

        Structured breakdown of video storyboard.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            video_id: (body, required) Video ID
            country_code: (query) Country code Default: 'us'.
            language: (query) Language Default: 'en'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "video_id": video_id,
            "country_code": country_code,
            "language": language,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]",
            await self._call("trenz-video-scripts-storyboard", params, options),
        )


class AiAnalysisResourceWithRawResponse(RawResponses):
    """`client.ai_analysis.with_raw_response`: each call's `RawResponse`.

    The methods of `AiAnalysisResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AiAnalysisResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.video_content_analysis = async_to_raw_response_wrapper(raw.video_content_analysis)
        self.video_scripts_breakdown = async_to_raw_response_wrapper(raw.video_scripts_breakdown)
        self.video_scripts_breakdown_v2 = async_to_raw_response_wrapper(
            raw.video_scripts_breakdown_v2
        )
        self.video_scripts_storyboard = async_to_raw_response_wrapper(raw.video_scripts_storyboard)

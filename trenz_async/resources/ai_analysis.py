# generated from openapi.json by codegen; do not edit
"""`client.ai_analysis`: the Content/AI Analysis operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task

__all__ = ["AiAnalysisResource"]


class AiAnalysisResource(Resource):
    """Operations tagged Content/AI Analysis."""

    async def video_content_analysis(
        self,
        *,
        video_id: str,
    ) -> Task[dict[str, Any]]:
        """Video Content Analysis.

        `POST /open/v1/ai/videos/content-analysis` (trenz-video-content-analysis): 1000 coins, async job, charged when it completes.

        AI content analysis of a video.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            video_id: (body, required) Video ID
        """
        params: dict[str, Any] = {
            "video_id": video_id,
        }
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-video-content-analysis", params)
        )

    async def video_scripts_breakdown(
        self,
        *,
        video_id: str,
        country_code: str = "us",
        language: str = "en",
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
        """
        params: dict[str, Any] = {
            "video_id": video_id,
            "country_code": country_code,
            "language": language,
        }
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-video-scripts-breakdown", params)
        )

    async def video_scripts_breakdown_v2(
        self,
        *,
        video_id: str,
        country_code: str = "us",
        is_regenerate: bool = False,
        language: str = "en",
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
        """
        params: dict[str, Any] = {
            "video_id": video_id,
            "country_code": country_code,
            "is_regenerate": is_regenerate,
            "language": language,
        }
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-video-scripts-breakdown-v2", params)
        )

    async def video_scripts_storyboard(
        self,
        *,
        video_id: str,
        country_code: str = "us",
        language: str = "en",
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
        """
        params: dict[str, Any] = {
            "video_id": video_id,
            "country_code": country_code,
            "language": language,
        }
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-video-scripts-storyboard", params)
        )

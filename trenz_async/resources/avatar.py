# generated from openapi.json by codegen; do not edit
"""`client.avatar`: the Content/Avatar operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.ai_avatar_analyze_response import AiAvatarAnalyzeResponse

__all__ = ["AvatarResource"]


class AvatarResource(Resource):
    """Operations tagged Content/Avatar."""

    async def analyze(
        self,
        *,
        cdn_url: str,
    ) -> AiAvatarAnalyzeResponse:
        """Avatar Photo Analysis.

        `POST /open/v1/ai/avatar/analyze` (trenz-ai-avatar-analyze): 1000 coins, charged per call.

        Analyze whether a photo is suitable as avatar source material.

        Args:
            cdn_url: (body, required) Person photo URL (any publicly accessible image URL is supported)
        """
        params: dict[str, Any] = {
            "cdn_url": cdn_url,
        }
        return cast("AiAvatarAnalyzeResponse", await self._call("trenz-ai-avatar-analyze", params))

    async def video_talking_photo(
        self,
        *,
        language: str = "zh",
        long_limit: int = 750,
        short_limit: int = 150,
        url: str | None = None,
        video_script_content: str | None = None,
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
        """
        params: dict[str, Any] = {
            "language": language,
            "long_limit": long_limit,
            "short_limit": short_limit,
            "url": url,
            "video_script_content": video_script_content,
        }
        return cast("Task[dict[str, Any]]", await self._call("trenz-video-talking-photo", params))

# generated from openapi.json by codegen; do not edit
"""`client.ai_tools`: the Content/Tools operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.ai_embedding_response import AiEmbeddingResponse

__all__ = ["AiToolsResource"]


class AiToolsResource(Resource):
    """Operations tagged Content/Tools."""

    async def embedding(
        self,
        *,
        type_: Literal["text"],
        text: str | None = None,
    ) -> AiEmbeddingResponse:
        """Text Embedding.

        `POST /open/v1/ai/embedding` (trenz-ai-embedding): 100 coins, charged per call.

        Convert text into a vector embedding.

        Args:
            type_: (body, required) Data type, currently only `text` is supported
            text: (body) Text to embed (required when `type=text`)
        """
        params: dict[str, Any] = {
            "type_": type_,
            "text": text,
        }
        return cast("AiEmbeddingResponse", await self._call("trenz-ai-embedding", params))

    async def video_transcription(
        self,
        *,
        video_id: str,
        country_code: str = "us",
    ) -> Task[dict[str, Any]]:
        """Video Transcription.

        `POST /open/v1/ai/videos/transcription` (trenz-video-transcription): 1000 coins, async job, charged when it completes.

        Transcribe speech in a video to text.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            video_id: (body, required) Video ID
            country_code: (query) Country code Default: 'us'.
        """
        params: dict[str, Any] = {
            "video_id": video_id,
            "country_code": country_code,
        }
        return cast("Task[dict[str, Any]]", await self._call("trenz-video-transcription", params))

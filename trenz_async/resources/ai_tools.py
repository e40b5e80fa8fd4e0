# generated from openapi.json by codegen; do not edit
"""`client.ai_tools`: the Content/Tools operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.ai_embedding_response import AiEmbeddingResponse

__all__ = ["AiToolsResource", "AiToolsResourceWithRawResponse"]


class AiToolsResource(Resource):
    """Operations tagged Content/Tools."""

    @functools.cached_property
    def with_raw_response(self) -> AiToolsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AiToolsResourceWithRawResponse(self)

    async def embedding(
        self,
        *,
        type_: Literal["text"],
        text: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AiEmbeddingResponse:
        """Text Embedding.

        `POST /open/v1/ai/embedding` (trenz-ai-embedding): 100 coins, charged per call.

        Convert text into a vector embedding.

        Args:
            type_: (body, required) Data type, currently only `text` is supported
            text: (body) Text to embed (required when `type=text`)
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "type_": type_,
            "text": text,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast("AiEmbeddingResponse", await self._call("trenz-ai-embedding", params, options))

    async def video_transcription(
        self,
        *,
        video_id: str,
        country_code: str = "us",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Video Transcription.

        `POST /open/v1/ai/videos/transcription` (trenz-video-transcription): 1000 coins, async job, charged when it completes.

        Transcribe speech in a video to text.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            video_id: (body, required) Video ID
            country_code: (query) Country code Default: 'us'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "video_id": video_id,
            "country_code": country_code,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-video-transcription", params, options)
        )


class AiToolsResourceWithRawResponse(RawResponses):
    """`client.ai_tools.with_raw_response`: each call's `RawResponse`.

    The methods of `AiToolsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AiToolsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.embedding = async_to_raw_response_wrapper(raw.embedding)
        self.video_transcription = async_to_raw_response_wrapper(raw.video_transcription)

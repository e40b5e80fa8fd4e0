# generated from openapi.json by codegen; do not edit
"""`client.ai_image`: the Content/AI Image operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from ..models._params import AiImageGenerateDigitHumanImageParam
    from ..models._params import AiImageGenerateProductImageParam

__all__ = ["AiImageResource", "AiImageResourceWithRawResponse"]


class AiImageResource(Resource):
    """Operations tagged Content/AI Image."""

    @functools.cached_property
    def with_raw_response(self) -> AiImageResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AiImageResourceWithRawResponse(self)

    async def generate(
        self,
        *,
        prompt: str,
        country_code: str = "us",
        digit_human_images: list[AiImageGenerateDigitHumanImageParam] | None = None,
        function_type: Literal[
            "general_edit", "ai_clothing", "product_image", "digital_avatar", "handheld_product"
        ] = "general_edit",
        image_size: str = "1K",
        model_type: Literal["gemini"] = "gemini",
        product_images: list[AiImageGenerateProductImageParam] | None = None,
        ratio: Literal["1:1", "9:16", "16:9"] = "9:16",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """AI Image Generation.

        `POST /open/v1/ai/images/generate` (trenz-ai-image-generate): 500 coins, async job, charged when it completes.

        AI image generation across multiple scenarios (general editing / AI clothing / hero shot / avatar / handheld product).

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.job_id`); `await task.wait()` for the result.

        Args:
            prompt: (body, required) Prompt describing the desired image (scene, style, composition, etc.)
            country_code: (query) Country code Default: 'us'.
            digit_human_images: (body) Avatar image list (at least one of `avatar_images` or `product_images` is required)
            function_type: (body) Feature type Default: 'general_edit'.
            image_size: (body) Image resolution Default: '1K'.
            model_type: (body) AI model type Default: 'gemini'.
            product_images: (body) Product image list (at least one of `product_images` or `avatar_images` is required)
            ratio: (body) Image ratio Default: '9:16'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "prompt": prompt,
            "country_code": country_code,
            "digit_human_images": digit_human_images,
            "function_type": function_type,
            "image_size": image_size,
            "model_type": model_type,
            "product_images": product_images,
            "ratio": ratio,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-ai-image-generate", params, options)
        )

    async def material_inpainting(
        self,
        *,
        url: str,
        boxes: list[list[float]] | None = None,
        end_time: float | None = None,
        start_time: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Video Subtitle Removal.

        `POST /open/v1/ai/materials/inpainting` (trenz-material-inpainting): 1000 coins, async job, charged when it completes.

        Inpaint (remove) subtitles or watermarks in a video, with region and time-range targeting.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.job_id`); `await task.wait()` for the result.

        Args:
            url: (body, required) Video URL
            boxes: (body) Inpainting region coordinates Default: [[0, 0, 1, 1]].
            end_time: (body) End time (seconds)
            start_time: (body) Start time (seconds)
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "url": url,
            "boxes": boxes,
            "end_time": end_time,
            "start_time": start_time,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-material-inpainting", params, options)
        )


class AiImageResourceWithRawResponse(RawResponses):
    """`client.ai_image.with_raw_response`: each call's `RawResponse`.

    The methods of `AiImageResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AiImageResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.generate = async_to_raw_response_wrapper(raw.generate)
        self.material_inpainting = async_to_raw_response_wrapper(raw.material_inpainting)

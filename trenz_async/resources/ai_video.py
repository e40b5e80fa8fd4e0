# generated from openapi.json by codegen; do not edit
"""`client.ai_video`: the Content/AI Video operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from ..models._params import AiGrokGenerateImageParam
    from ..models._params import AiSdProFastGenerateImageParam
    from ..models._params import AiSdProFastGenerateReferenceAudioParam
    from ..models._params import AiSdProFastGenerateReferenceVideoParam
    from ..models._params import AiSdProGenerateImageParam
    from ..models._params import AiSdProGenerateReferenceAudioParam
    from ..models._params import AiSdProGenerateReferenceVideoParam
    from ..models._params import AiSora2GenerateImageParam
    from ..models._params import AiSora2ProGenerateImageParam
    from ..models._params import AiVeo3GenerateImageParam
    from ..models._params import AiVeo3GenerateImagesItemParam
    from ..models._params import AiWan26GenerateImageParam
    from ..models._params import VideoCloneProductImageParam
    from ..models._params import VideoCloneReferenceVideoParam
    from ..models._params import VideoCloneSora2ConfigParam

__all__ = ["AiVideoResource", "AiVideoResourceWithRawResponse"]


class AiVideoResource(Resource):
    """Operations tagged Content/AI Video."""

    @functools.cached_property
    def with_raw_response(self) -> AiVideoResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AiVideoResourceWithRawResponse(self)

    async def clone(
        self,
        *,
        product_description: str,
        product_image: VideoCloneProductImageParam,
        reference_video: VideoCloneReferenceVideoParam,
        sora2_config: VideoCloneSora2ConfigParam,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Video Clone.

        `POST /open/v1/ai/videos/clone` (trenz-video-clone): 1000 coins, async job, charged when it completes.

        Video clone generation.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            product_description: (body, required) Product description (selling points, use cases)
            product_image: (body, required) Product image info (click to expand for details)
            reference_video: (body, required) Reference video (TikTok or uploaded, click to expand for details)
            sora2_config: (body, required) Sora2 config (click to expand for details)
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "product_description": product_description,
            "product_image": product_image,
            "reference_video": reference_video,
            "sora2_config": sora2_config,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast("Task[dict[str, Any]]", await self._call("trenz-video-clone", params, options))

    async def grok_generate(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9"] = "9:16",
        country_code: str = "th",
        duration: int = 5,
        image: AiGrokGenerateImageParam | None = None,
        language: str = "default",
        model: str = "grok",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Grok Video Generation.

        `POST /open/v1/ai/videos/grok/generate` (trenz-ai-grok-generate): 1500 coins, async job, charged when it completes.

        Grok-model image-to-video generation, supporting multiple aspect ratios and durations.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.job_id`); `await task.wait()` for the result.

        Args:
            prompt: (body, required) Video generation prompt
            aspect_ratio: (body) Aspect ratio Default: '9:16'.
            country_code: (body) Country code Default: 'th'.
            duration: (body) Video duration (seconds) Default: 5.
            image: (body) Image info (required, image-to-video, click to expand for details)
            language: (body) Language Default: 'default'.
            model: (body) Model name Default: 'grok'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "country_code": country_code,
            "duration": duration,
            "image": image,
            "language": language,
            "model": model,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-ai-grok-generate", params, options)
        )

    async def sd_pro_fast_generate(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1", "4:3", "3:4", "21:9"] = "9:16",
        audio: bool = True,
        country_code: str = "us",
        duration: int = 5,
        images: list[AiSdProFastGenerateImageParam] | None = None,
        language: str | None = None,
        reference_audios: list[AiSdProFastGenerateReferenceAudioParam] | None = None,
        reference_videos: list[AiSdProFastGenerateReferenceVideoParam] | None = None,
        resolution: Literal["480p", "720p"] = "720p",
        role_mode: Literal["reference", "frame"] = "reference",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """SeeDance2.0 Pro Fast Video Generation.

        `POST /open/v1/ai/sd-pro-fast/video/generation` (trenz-ai-sd-pro-fast-generate): priced per unit (fallback 1575 coins), async job, charged when it completes.

        SeeDance2.0 Fast AI video generation with multi-image, reference video/audio, frame mode and other advanced features; faster generation.

        > 💡 **Real-person reference images / videos**
        >
        > The upstream "Asset Library API" is used for compliance verification of real-person images / videos.
        >
        > **🎯 This endpoint already wraps that flow internally — callers do NOT need to invoke the Asset Library API separately.**
        >
        > Simply pass publicly accessible image / video URLs via the `images` or `reference_videos` fields.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            prompt: (body, required) Video generation prompt, 1-5000 characters
            aspect_ratio: (body) See the Trenz API reference. Default: '9:16'.
            audio: (body) See the Trenz API reference. Default: True.
            country_code: (body) See the Trenz API reference. Default: 'us'.
            duration: (body) See the Trenz API reference. Default: 5.
            images: (body) Multiple reference image list
            language: (body) See the Trenz API reference.
            reference_audios: (body) Reference audio list
            reference_videos: (body) Reference video list
            resolution: (body) See the Trenz API reference. Default: '720p'.
            role_mode: (body) See the Trenz API reference. Default: 'reference'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "audio": audio,
            "country_code": country_code,
            "duration": duration,
            "images": images,
            "language": language,
            "reference_audios": reference_audios,
            "reference_videos": reference_videos,
            "resolution": resolution,
            "role_mode": role_mode,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]",
            await self._call("trenz-ai-sd-pro-fast-generate", params, options),
        )

    async def sd_pro_generate(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1", "4:3", "3:4", "21:9"] = "9:16",
        audio: bool = True,
        country_code: str = "us",
        duration: int = 5,
        images: list[AiSdProGenerateImageParam] | None = None,
        language: str | None = None,
        reference_audios: list[AiSdProGenerateReferenceAudioParam] | None = None,
        reference_videos: list[AiSdProGenerateReferenceVideoParam] | None = None,
        resolution: Literal["480p", "720p"] = "720p",
        role_mode: Literal["reference", "frame"] = "reference",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """SeeDance2.0 Video Generation.

        `POST /open/v1/ai/sd-pro/video/generation` (trenz-ai-sd-pro-generate): priced per unit (fallback 1950 coins), async job, charged when it completes.

        SeeDance2.0 Pro AI video generation with multi-image, reference video/audio, frame mode and other advanced features.

        > 💡 **Real-person reference images / videos**
        >
        > The upstream "Asset Library API" is used for compliance verification of real-person images / videos.
        >
        > **🎯 This endpoint already wraps that flow internally — callers do NOT need to invoke the Asset Library API separately.**
        >
        > Simply pass publicly accessible image / video URLs via the `images` or `reference_videos` fields.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            prompt: (body, required) Video generation prompt, 1-5000 characters
            aspect_ratio: (body) See the Trenz API reference. Default: '9:16'.
            audio: (body) See the Trenz API reference. Default: True.
            country_code: (body) See the Trenz API reference. Default: 'us'.
            duration: (body) See the Trenz API reference. Default: 5.
            images: (body) Multiple reference image list
            language: (body) See the Trenz API reference.
            reference_audios: (body) Reference audio list
            reference_videos: (body) Reference video list
            resolution: (body) See the Trenz API reference. Default: '720p'.
            role_mode: (body) See the Trenz API reference. Default: 'reference'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "audio": audio,
            "country_code": country_code,
            "duration": duration,
            "images": images,
            "language": language,
            "reference_audios": reference_audios,
            "reference_videos": reference_videos,
            "resolution": resolution,
            "role_mode": role_mode,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-ai-sd-pro-generate", params, options)
        )

    async def sora2_generate(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["portrait", "landscape", "9:16", "16:9"] = "portrait",
        country_code: str = "us",
        image: AiSora2GenerateImageParam | None = None,
        model: str = "sora-2",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Sora2 Video Generation.

        `POST /open/v1/ai/videos/sora2/generate` (trenz-ai-sora2-generate): 2000 coins, async job, charged when it completes.

        Sora2-model video generation, supporting text-to-video and image-to-video.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.job_id`); `await task.wait()` for the result.

        Args:
            prompt: (body, required) Video generation prompt
            aspect_ratio: (body) Video ratio Default: 'portrait'.
            country_code: (query) Country code Default: 'us'.
            image: (body) Image info (optional, click to expand for details)
            model: (body) Model name Default: 'sora-2'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "country_code": country_code,
            "image": image,
            "model": model,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-ai-sora2-generate", params, options)
        )

    async def sora2pro_generate(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["portrait", "landscape", "9:16", "16:9"] = "portrait",
        country_code: str = "us",
        image: AiSora2ProGenerateImageParam | None = None,
        model: str = "sora-2-pro-25s-yijia",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Sora2 Pro Video Generation.

        `POST /open/v1/ai/videos/sora2-pro/generate` (trenz-ai-sora2pro-generate): 3000 coins, async job, charged when it completes.

        Sora2 Pro-model video generation with high-quality output.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.job_id`); `await task.wait()` for the result.

        Args:
            prompt: (body, required) Video generation prompt
            aspect_ratio: (body) Video ratio Default: 'portrait'.
            country_code: (query) Country code Default: 'us'.
            image: (body) Image info (optional, click to expand for details)
            model: (body) Model name Default: 'sora-2-pro-25s-yijia'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "country_code": country_code,
            "image": image,
            "model": model,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-ai-sora2pro-generate", params, options)
        )

    async def super_resolution(
        self,
        *,
        url: str,
        country_code: str = "th",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Video Super Resolution.

        `POST /open/v1/ai/videos/super-resolution` (trenz-video-super-resolution): 1000 coins, async job, charged when it completes.

        Video super-resolution enhancement.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            url: (body, required) Video URL
            country_code: (query) Country code Default: 'th'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "url": url,
            "country_code": country_code,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]",
            await self._call("trenz-video-super-resolution", params, options),
        )

    async def veo3_generate(
        self,
        *,
        prompt: str,
        aspect_ratio: str = "portrait",
        country_code: str = "th",
        duration: Literal[5, 8] = 8,
        image: AiVeo3GenerateImageParam | None = None,
        images: list[AiVeo3GenerateImagesItemParam] | None = None,
        language: str = "default",
        model: str = "veo3.1",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Veo3 Video Generation.

        `POST /open/v1/ai/videos/veo3/generate` (trenz-ai-veo3-generate): 1500 coins, async job, charged when it completes.

        Veo 3.1-model video generation with multi-image input support.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.job_id`); `await task.wait()` for the result.

        Args:
            prompt: (body, required) Video generation prompt
            aspect_ratio: (body) Video ratio Default: 'portrait'.
            country_code: (body) Country code Default: 'th'.
            duration: (body) Video duration (seconds) Default: 8.
            image: (body) Single image (optional, legacy format, click to expand for details)
            images: (body) Image info array (optional, multi-image)
            language: (body) Language Default: 'default'.
            model: (body) Model name Default: 'veo3.1'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "prompt": prompt,
            "aspect_ratio": aspect_ratio,
            "country_code": country_code,
            "duration": duration,
            "image": image,
            "images": images,
            "language": language,
            "model": model,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-ai-veo3-generate", params, options)
        )

    async def wan26_generate(
        self,
        *,
        image: AiWan26GenerateImageParam,
        prompt: str,
        country_code: str = "th",
        duration: Literal[5, 10, 15] = 15,
        language: str = "default",
        model: str = "wan2.6",
        resolution: Literal["720p", "1080p"] = "720p",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Wan2.6 Video Generation.

        `POST /open/v1/ai/videos/wan26/generate` (trenz-ai-wan26-generate): 1500 coins, async job, charged when it completes.

        Wan2.6-model image-to-video generation, supporting 720p / 1080p.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.job_id`); `await task.wait()` for the result.

        Args:
            image: (body, required) Image info (required, image-to-video, click to expand for details)
            prompt: (body, required) Video generation prompt
            country_code: (body) Country code Default: 'th'.
            duration: (body) Video duration (seconds) Default: 15.
            language: (body) Language Default: 'default'.
            model: (body) Model name Default: 'wan2.6'.
            resolution: (body) Video resolution Default: '720p'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "image": image,
            "prompt": prompt,
            "country_code": country_code,
            "duration": duration,
            "language": language,
            "model": model,
            "resolution": resolution,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]", await self._call("trenz-ai-wan26-generate", params, options)
        )


class AiVideoResourceWithRawResponse(RawResponses):
    """`client.ai_video.with_raw_response`: each call's `RawResponse`.

    The methods of `AiVideoResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AiVideoResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.clone = async_to_raw_response_wrapper(raw.clone)
        self.grok_generate = async_to_raw_response_wrapper(raw.grok_generate)
        self.sd_pro_fast_generate = async_to_raw_response_wrapper(raw.sd_pro_fast_generate)
        self.sd_pro_generate = async_to_raw_response_wrapper(raw.sd_pro_generate)
        self.sora2_generate = async_to_raw_response_wrapper(raw.sora2_generate)
        self.sora2pro_generate = async_to_raw_response_wrapper(raw.sora2pro_generate)
        self.super_resolution = async_to_raw_response_wrapper(raw.super_resolution)
        self.veo3_generate = async_to_raw_response_wrapper(raw.veo3_generate)
        self.wan26_generate = async_to_raw_response_wrapper(raw.wan26_generate)

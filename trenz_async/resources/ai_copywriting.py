# generated from openapi.json by codegen; do not edit
"""`client.ai_copywriting`: the Content/AI Copywriting operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.ai_product_description_response import AiProductDescriptionResponse
    from .._generated.models.ai_product_title_response import AiProductTitleResponse

__all__ = ["AiCopywritingResource", "AiCopywritingResourceWithRawResponse"]


class AiCopywritingResource(Resource):
    """Operations tagged Content/AI Copywriting."""

    @functools.cached_property
    def with_raw_response(self) -> AiCopywritingResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return AiCopywritingResourceWithRawResponse(self)

    async def product_description(
        self,
        *,
        category: str | None = None,
        prompt: str | None = None,
        title: str | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AiProductDescriptionResponse:
        """AI Product Description.

        `POST /open/v1/ai/product/description` (trenz-ai-product-description): 500 coins, charged per call.

        AI-generated product description.

        Args:
            category: (body) Product category ID (at least one of `category`, `title`, or `url` is required)
            prompt: (body) Custom prompt
            title: (body) Product name (at least one of `name`, `category`, or `url` is required)
            url: (body) Product image URL (at least one of `product_image_url`, `title`, or `category` is required)
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "category": category,
            "prompt": prompt,
            "title": title,
            "url": url,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "AiProductDescriptionResponse",
            await self._call("trenz-ai-product-description", params, options),
        )

    async def product_review_analysis(
        self,
        *,
        product_id: str,
        country_code: str = "us",
        is_regenerate: bool = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> Task[dict[str, Any]]:
        """Product Review Analysis.

        `POST /open/v1/ai/products/review-analysis` (trenz-product-review-analysis): 1000 coins, async job, charged when it completes.

        AI analysis of product user reviews.

        Async endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.

        Returns a `Task` (job id in `data.task_id`); `await task.wait()` for the result.

        Args:
            product_id: (body, required) Product ID
            country_code: (query) Country code Default: 'us'.
            is_regenerate: (body) Whether to force re-analysis Default: False.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "product_id": product_id,
            "country_code": country_code,
            "is_regenerate": is_regenerate,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "Task[dict[str, Any]]",
            await self._call("trenz-product-review-analysis", params, options),
        )

    async def product_title(
        self,
        *,
        old_title: str | None = None,
        prompt: str | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AiProductTitleResponse:
        """AI Product Title.

        `POST /open/v1/ai/product/title` (trenz-ai-product-title): 500 coins, charged per call.

        AI-generated product title.

        Args:
            old_title: (body) Original product title (at least one of `original title` or `url` is required)
            prompt: (body) Custom prompt
            url: (body) Product image URL (at least one of `product_image_url` or `old_title` is required)
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "old_title": old_title,
            "prompt": prompt,
            "url": url,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "AiProductTitleResponse", await self._call("trenz-ai-product-title", params, options)
        )


class AiCopywritingResourceWithRawResponse(RawResponses):
    """`client.ai_copywriting.with_raw_response`: each call's `RawResponse`.

    The methods of `AiCopywritingResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: AiCopywritingResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.product_description = async_to_raw_response_wrapper(raw.product_description)
        self.product_review_analysis = async_to_raw_response_wrapper(raw.product_review_analysis)
        self.product_title = async_to_raw_response_wrapper(raw.product_title)

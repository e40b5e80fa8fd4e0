# generated from openapi.json by codegen; do not edit
"""`client.material_search`: the Content/Material Search operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.ai_image_search_item import AiImageSearchItem
    from .._generated.models.ai_image_search_response import AiImageSearchResponse
    from .._generated.models.ai_material_search_item import AiMaterialSearchItem
    from .._generated.models.ai_material_search_response import AiMaterialSearchResponse

__all__ = ["MaterialSearchResource", "MaterialSearchResourceWithRawResponse"]


class MaterialSearchResource(Resource):
    """Operations tagged Content/Material Search."""

    @functools.cached_property
    def with_raw_response(self) -> MaterialSearchResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return MaterialSearchResourceWithRawResponse(self)

    def image_search(
        self,
        *,
        query: str,
        limit: int = 20,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[AiImageSearchResponse, AiImageSearchItem]:
        """Aggregated Image Search.

        `POST /open/v1/ai/search/image` (trenz-ai-image-search): 500 coins, charged per call.

        Aggregated multi-source image search.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `AiImageSearchItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            query: (body, required) Search keyword
            limit: (body) Result size limit, max 100 Default: 20.
            offset: (body) Pagination offset Default: 0.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "query": query,
            "limit": limit,
            "offset": offset,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-ai-image-search", params, options)

    def search(
        self,
        *,
        query: str,
        limit: int = 20,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[AiMaterialSearchResponse, AiMaterialSearchItem]:
        """Aggregated Material Search.

        `POST /open/v1/ai/search/material` (trenz-ai-material-search): 500 coins, charged per call.

        Aggregated multi-source creative search (video and image).

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `AiMaterialSearchItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            query: (body, required) Search keyword
            limit: (body) Result size limit, max 100 Default: 20.
            offset: (body) Pagination offset Default: 0.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "query": query,
            "limit": limit,
            "offset": offset,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-ai-material-search", params, options)


class MaterialSearchResourceWithRawResponse(RawResponses):
    """`client.material_search.with_raw_response`: each call's `RawResponse`.

    The methods of `MaterialSearchResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: MaterialSearchResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.image_search = async_to_raw_response_wrapper(raw.image_search)
        self.search = async_to_raw_response_wrapper(raw.search)

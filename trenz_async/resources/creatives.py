# generated from openapi.json by codegen; do not edit
"""`client.creatives`: the Data/Creatives operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.creative_detail_response import CreativeDetailResponse
    from .._generated.models.creatives_search_item import CreativesSearchItem
    from .._generated.models.creatives_search_response import CreativesSearchResponse

__all__ = ["CreativesResource", "CreativesResourceWithRawResponse"]


class CreativesResource(Resource):
    """Operations tagged Data/Creatives."""

    @functools.cached_property
    def with_raw_response(self) -> CreativesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return CreativesResourceWithRawResponse(self)

    async def detail(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        id: str,
        include: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> CreativeDetailResponse:
        """Creative Detail.

        `GET /open/v1/creatives/{id}` (trenz-creative-detail): 5 coins, charged per call.

        Get TikTok creative details with video metrics, creator info, linked products, and optional content analysis and embedding.

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            id: (path, required) See the Trenz API reference.
            include: (query) Include related resources, comma-separated (values: analysis(Analytics data), embedding(Embedding data))
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country": country,
            "id": id,
            "include": include,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "CreativeDetailResponse", await self._call("trenz-creative-detail", params, options)
        )

    def search(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        category: str | None = None,
        has_product: bool | None = None,
        is_aigc: bool | None = None,
        is_sponsored: bool | None = None,
        keyword: str | None = None,
        page: int = 1,
        page_size: int = 20,
        sort: Literal[
            "engagement:asc",
            "engagement:desc",
            "gmv:asc",
            "gmv:desc",
            "gpm:asc",
            "gpm:desc",
            "likes:asc",
            "likes:desc",
            "plays:asc",
            "plays:desc",
        ] = "gmv:desc",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[CreativesSearchResponse, CreativesSearchItem]:
        """Creative Search.

        `GET /open/v1/creatives/search` (trenz-creatives-search): 5 coins, charged per call.

        Search TikTok ad creatives / video creatives, with filters and sort on category, region, AIGC flag and more.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `CreativesSearchItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            category: (query) Creative category ID
            has_product: (query) Whether has linked products
            is_aigc: (query) Whether is AI-generated content
            is_sponsored: (query) Whether is sponsored content
            keyword: (query) Search keyword
            page: (query) Page number, default 1 Default: 1.
            page_size: (query) Page size, default 20, max 20 Default: 20.
            sort: (query) Sort field, format: field:asc|desc. Allowed fields: engagement, gmv, gpm, likes, plays. Default: gmv:desc Default: 'gmv:desc'.
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country": country,
            "category": category,
            "has_product": has_product,
            "is_aigc": is_aigc,
            "is_sponsored": is_sponsored,
            "keyword": keyword,
            "page": page,
            "page_size": page_size,
            "sort": sort,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-creatives-search", params, options)


class CreativesResourceWithRawResponse(RawResponses):
    """`client.creatives.with_raw_response`: each call's `RawResponse`.

    The methods of `CreativesResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: CreativesResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.detail = async_to_raw_response_wrapper(raw.detail)
        self.search = async_to_raw_response_wrapper(raw.search)

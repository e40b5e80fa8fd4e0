# generated from openapi.json by codegen; do not edit
"""`client.social_tools`: the Social/6.Creation Tools operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.social_hashtag_suggestions_response import (
        SocialHashtagSuggestionsResponse,
    )
    from .._generated.models.social_music_recently_used_music_list_item import (
        SocialMusicRecentlyUsedMusicListItem,
    )
    from .._generated.models.social_music_recently_used_response import (
        SocialMusicRecentlyUsedResponse,
    )
    from .._generated.models.social_music_search_music_list_item import (
        SocialMusicSearchMusicListItem,
    )
    from .._generated.models.social_music_search_response import SocialMusicSearchResponse

__all__ = ["SocialToolsResource", "SocialToolsResourceWithRawResponse"]


class SocialToolsResource(Resource):
    """Operations tagged Social/6.Creation Tools."""

    @functools.cached_property
    def with_raw_response(self) -> SocialToolsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return SocialToolsResourceWithRawResponse(self)

    async def hashtag_suggestions(
        self,
        *,
        keyword: str,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialHashtagSuggestionsResponse:
        """Hashtag Suggestions.

        `POST /open/v1/social/hashtag/suggestions` (trenz-social-hashtag-suggestions): 1 coins, charged per call.

        Get popular TikTok hashtag suggestions for a given keyword.

        Args:
            keyword: (body, required) Search keyword (word)
            language: (body) Language code, default en
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "keyword": keyword,
            "language": language,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialHashtagSuggestionsResponse",
            await self._call("trenz-social-hashtag-suggestions", params, options),
        )

    def music_recently_used(
        self,
        *,
        keyword: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        platform_account_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialMusicRecentlyUsedResponse, SocialMusicRecentlyUsedMusicListItem]:
        """Recently Used Music.

        `POST /open/v1/social/music/recently-used` (trenz-social-music-recently-used): 1 coins, charged per call.

        List recently used music tracks.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialMusicRecentlyUsedMusicListItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            keyword: (body) Search keyword
            limit: (body) Page size
            page: (body) Page number
            platform_account_id: (body) Filter account
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "keyword": keyword,
            "limit": limit,
            "page": page,
            "platform_account_id": platform_account_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-music-recently-used", params, options)

    def music_search(
        self,
        *,
        country_code: str | None = None,
        date_range: str | None = None,
        genre: str | None = None,
        keyword: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialMusicSearchResponse, SocialMusicSearchMusicListItem]:
        """Popular Music Search.

        `POST /open/v1/social/music/search` (trenz-social-music-search): 1 coins, charged per call.

        Search popular TikTok music with filters on keyword and type.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialMusicSearchMusicListItem`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            country_code: (body) Country code, default US
            date_range: (body) Time range: 1DAY/7DAY/30DAY
            genre: (body) Music type
            keyword: (body) Search keyword
            limit: (body) Page size, max 100
            page: (body) Page number
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "country_code": country_code,
            "date_range": date_range,
            "genre": genre,
            "keyword": keyword,
            "limit": limit,
            "page": page,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-music-search", params, options)


class SocialToolsResourceWithRawResponse(RawResponses):
    """`client.social_tools.with_raw_response`: each call's `RawResponse`.

    The methods of `SocialToolsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: SocialToolsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.hashtag_suggestions = async_to_raw_response_wrapper(raw.hashtag_suggestions)
        self.music_recently_used = async_to_raw_response_wrapper(raw.music_recently_used)
        self.music_search = async_to_raw_response_wrapper(raw.music_search)

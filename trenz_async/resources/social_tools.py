# generated from openapi.json by codegen; do not edit
"""`client.social_tools`: the Social/6.Creation Tools operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.social_hashtag_suggestions_response import (
        SocialHashtagSuggestionsResponse,
    )
    from .._generated.models.social_music_recently_used_response import (
        SocialMusicRecentlyUsedResponse,
    )
    from .._generated.models.social_music_search_response import SocialMusicSearchResponse

__all__ = ["SocialToolsResource"]


class SocialToolsResource(Resource):
    """Operations tagged Social/6.Creation Tools."""

    async def hashtag_suggestions(
        self,
        *,
        keyword: str,
        language: str | None = None,
    ) -> SocialHashtagSuggestionsResponse:
        """Hashtag Suggestions.

        `POST /open/v1/social/hashtag/suggestions` (trenz-social-hashtag-suggestions): 1 coins, charged per call.

        Get popular TikTok hashtag suggestions for a given keyword.

        Args:
            keyword: (body, required) Search keyword (word)
            language: (body) Language code, default en
        """
        params: dict[str, Any] = {
            "keyword": keyword,
            "language": language,
        }
        return cast(
            "SocialHashtagSuggestionsResponse",
            await self._call("trenz-social-hashtag-suggestions", params),
        )

    async def music_recently_used(
        self,
        *,
        keyword: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        platform_account_id: int | None = None,
    ) -> SocialMusicRecentlyUsedResponse:
        """Recently Used Music.

        `POST /open/v1/social/music/recently-used` (trenz-social-music-recently-used): 1 coins, charged per call.

        List recently used music tracks.

        Args:
            keyword: (body) Search keyword
            limit: (body) Page size
            page: (body) Page number
            platform_account_id: (body) Filter account
        """
        params: dict[str, Any] = {
            "keyword": keyword,
            "limit": limit,
            "page": page,
            "platform_account_id": platform_account_id,
        }
        return cast(
            "SocialMusicRecentlyUsedResponse",
            await self._call("trenz-social-music-recently-used", params),
        )

    async def music_search(
        self,
        *,
        country_code: str | None = None,
        date_range: str | None = None,
        genre: str | None = None,
        keyword: str | None = None,
        limit: int | None = None,
        page: int | None = None,
    ) -> SocialMusicSearchResponse:
        """Popular Music Search.

        `POST /open/v1/social/music/search` (trenz-social-music-search): 1 coins, charged per call.

        Search popular TikTok music with filters on keyword and type.

        Args:
            country_code: (body) Country code, default US
            date_range: (body) Time range: 1DAY/7DAY/30DAY
            genre: (body) Music type
            keyword: (body) Search keyword
            limit: (body) Page size, max 100
            page: (body) Page number
        """
        params: dict[str, Any] = {
            "country_code": country_code,
            "date_range": date_range,
            "genre": genre,
            "keyword": keyword,
            "limit": limit,
            "page": page,
        }
        return cast(
            "SocialMusicSearchResponse", await self._call("trenz-social-music-search", params)
        )

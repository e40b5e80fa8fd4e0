# generated from openapi.json by codegen; do not edit
"""`client.creatives`: the Data/Creatives operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.creative_detail_response import CreativeDetailResponse
    from .._generated.models.creatives_search_response import CreativesSearchResponse

__all__ = ["CreativesResource"]


class CreativesResource(Resource):
    """Operations tagged Data/Creatives."""

    async def detail(
        self,
        *,
        country: Literal[
            "br", "de", "es", "fr", "gb", "id", "it", "jp", "mx", "my", "ph", "sg", "th", "us", "vn"
        ],
        id: str,
        include: str | None = None,
    ) -> CreativeDetailResponse:
        """Creative Detail.

        `GET /open/v1/creatives/{id}` (trenz-creative-detail): 5 coins, charged per call.

        Get TikTok creative details with video metrics, creator info, linked products, and optional content analysis and embedding.

        Args:
            country: (query, required) Routing parameter: routes to different backends by country value
            id: (path, required) See the Trenz API reference.
            include: (query) Include related resources, comma-separated (values: analysis(Analytics data), embedding(Embedding data))
        """
        params: dict[str, Any] = {
            "country": country,
            "id": id,
            "include": include,
        }
        return cast("CreativeDetailResponse", await self._call("trenz-creative-detail", params))

    async def search(
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
    ) -> CreativesSearchResponse:
        """Creative Search.

        `GET /open/v1/creatives/search` (trenz-creatives-search): 5 coins, charged per call.

        Search TikTok ad creatives / video creatives, with filters and sort on category, region, AIGC flag and more.

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
        return cast("CreativesSearchResponse", await self._call("trenz-creatives-search", params))

# generated from openapi.json by codegen; do not edit
"""`client.material_search`: the Content/Material Search operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.ai_image_search_response import AiImageSearchResponse
    from .._generated.models.ai_material_search_response import AiMaterialSearchResponse

__all__ = ["MaterialSearchResource"]


class MaterialSearchResource(Resource):
    """Operations tagged Content/Material Search."""

    async def image_search(
        self,
        *,
        query: str,
        limit: int = 20,
        offset: int = 0,
    ) -> AiImageSearchResponse:
        """Aggregated Image Search.

        `POST /open/v1/ai/search/image` (trenz-ai-image-search): 500 coins, charged per call.

        Aggregated multi-source image search.

        Args:
            query: (body, required) Search keyword
            limit: (body) Result size limit, max 100 Default: 20.
            offset: (body) Pagination offset Default: 0.
        """
        params: dict[str, Any] = {
            "query": query,
            "limit": limit,
            "offset": offset,
        }
        return cast("AiImageSearchResponse", await self._call("trenz-ai-image-search", params))

    async def search(
        self,
        *,
        query: str,
        limit: int = 20,
        offset: int = 0,
    ) -> AiMaterialSearchResponse:
        """Aggregated Material Search.

        `POST /open/v1/ai/search/material` (trenz-ai-material-search): 500 coins, charged per call.

        Aggregated multi-source creative search (video and image).

        Args:
            query: (body, required) Search keyword
            limit: (body) Result size limit, max 100 Default: 20.
            offset: (body) Pagination offset Default: 0.
        """
        params: dict[str, Any] = {
            "query": query,
            "limit": limit,
            "offset": offset,
        }
        return cast(
            "AiMaterialSearchResponse", await self._call("trenz-ai-material-search", params)
        )

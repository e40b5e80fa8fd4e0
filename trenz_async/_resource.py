"""Base class of the generated facade resources (`client.products`, `client.ai_video`, ...)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import TrenzClient


class Resource:
    """A group of operations bound to one client; methods are generated per operation."""

    def __init__(self, client: TrenzClient) -> None:
        self._client = client

    async def _call(self, operation_id: str, params: Mapping[str, Any]) -> Any:
        """Run `operation_id` with keyword arguments as the typed method received them."""
        return await self._client._invoke(operation_id, params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

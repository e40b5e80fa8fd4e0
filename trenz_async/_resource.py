"""Base class of the generated facade resources (`client.products`, `client.ai_video`, ...)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import TrenzClient
    from ._options import RequestOptions


class Resource:
    """A group of operations bound to one client; methods are generated per operation."""

    def __init__(self, client: TrenzClient) -> None:
        self._client = client

    async def _call(
        self,
        operation_id: str,
        params: Mapping[str, Any],
        options: RequestOptions | None = None,
        *,
        raw: bool = False,
    ) -> Any:
        """Run `operation_id` with keyword arguments as the typed method received them."""
        from ._invoke import invoke

        return await invoke(self._client, operation_id, params, options, raw=raw)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

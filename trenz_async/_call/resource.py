"""Base class of the generated facade resources (`client.products`, `client.ai_video`, ...).

The generated methods only gather their keyword arguments and call one of these:
`_call` (the typed envelope, or a `Task`), `_pager` (an `AsyncPager` for list
operations), with `raw=True` from the `with_raw_response` twins (a `RawResponse`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .options import RequestOptions

if TYPE_CHECKING:
    from .._client import TrenzClient
    from .pagination import AsyncPager


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
        from .invoke import invoke

        return await invoke(self._client, operation_id, params, options, raw=raw)

    def _pager(
        self, operation_id: str, params: Mapping[str, Any], options: RequestOptions | None = None
    ) -> AsyncPager[Any, Any]:
        """An `AsyncPager` over a list operation (arguments checked now, nothing sent)."""
        from .._registry import lookup
        from .invoke import invoke
        from .pagination import AsyncPager

        run = functools.partial(invoke, self._client, options=options)
        return AsyncPager(run, lookup(operation_id), params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

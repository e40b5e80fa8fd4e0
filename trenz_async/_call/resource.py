"""Base class of the generated facade resources (`client.products`, `client.ai_video`, ...).

The generated methods only gather their keyword arguments and call one of these:
`_call` (the typed envelope, or a `Task`), `_pager` (an `AsyncPager` for list
operations), with `raw=True` from the `with_raw_response` twins (a `RawResponse`).
A resource holds its client copy's `Runtime`, never the client.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from .._registry import lookup
from .invoke import invoke
from .options import RequestOptions
from .pagination import AsyncPager
from .runtime import Runtime


class Resource:
    """A group of operations bound to one client copy; methods are generated per operation."""

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    async def _call(
        self,
        operation_id: str,
        params: Mapping[str, Any],
        options: RequestOptions | None = None,
        *,
        raw: bool = False,
    ) -> Any:
        """Run `operation_id` with keyword arguments as the typed method received them."""
        return await invoke(self._runtime, operation_id, params, options, raw=raw)

    def _pager(
        self, operation_id: str, params: Mapping[str, Any], options: RequestOptions | None = None
    ) -> AsyncPager[Any, Any]:
        """An `AsyncPager` over a list operation (arguments checked now, nothing sent)."""
        run = functools.partial(invoke, self._runtime, options=options)
        return AsyncPager(run, lookup(operation_id), params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

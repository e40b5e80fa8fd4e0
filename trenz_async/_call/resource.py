"""Base class of the generated facade resources (`client.products`, `client.ai_video`, ...).

The generated methods only gather their keyword arguments and call one of these:
`_call` (the typed envelope, or a `Task`) or `_pager` (an `AsyncPager` for list
operations); deprecated operations and renamed operations' old names call
`_warn_deprecated` first. A resource holds its client copy's `Runtime`, never the client.

`with_raw_response` calls the very same methods on a copy made by `_answering_raw()`,
whose calls answer `RawResponse`s: a copy through the constructor, so no flag is ever
flipped on a resource someone else holds.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Mapping
from typing import Any, Self

from .._registry import lookup
from .invoke import invoke, invoke_prepared
from .options import RequestOptions
from .pagination import AsyncPager
from .runtime import Runtime


class Resource:
    """A group of operations bound to one client copy; methods are generated per operation."""

    def __init__(self, runtime: Runtime, *, raw: bool = False) -> None:
        self._runtime = runtime
        self._raw = raw

    def _answering_raw(self) -> Self:
        """A copy of this resource whose calls answer `RawResponse`s (and pagers, first pages)."""
        return type(self)(self._runtime, raw=True)

    async def _call(
        self, operation_id: str, params: Mapping[str, Any], options: RequestOptions | None = None
    ) -> Any:
        """Run `operation_id` with keyword arguments as the typed method received them."""
        return await invoke(self._runtime, operation_id, params, options, raw=self._raw)

    def _pager(
        self, operation_id: str, params: Mapping[str, Any], options: RequestOptions | None = None
    ) -> AsyncPager[Any, Any]:
        """An `AsyncPager` over a list operation (arguments checked now, nothing sent)."""
        run = functools.partial(invoke_prepared, self._runtime, options=options, raw=self._raw)
        return AsyncPager(run, lookup(operation_id), params)

    def _warn_deprecated(self, name: str) -> None:
        """Warn that the typed method just called is deprecated, or a renamed operation's alias.

        Called first thing by such generated methods, so two frames up is the user's line.
        """
        from .._registry import deprecation

        message = deprecation(name, lookup(name))
        if message is not None:
            warnings.warn(message, DeprecationWarning, stacklevel=3)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

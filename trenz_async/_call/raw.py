"""`RawResponse`: a call's HTTP response, for its status and headers, with `parse()`.

`client.<resource>.with_raw_response.<method>(...)` returns one instead of the parsed
result, e.g. to read `X-RateLimit-Limit`. The call itself is the same: validated,
budgeted, retried and accounted for; for an async job the `Task` already exists (its id
is journaled) and `parse()` hands it over.

The generated twins (`<Resource>WithRawResponse`) hold one line per method,
`self.search = async_to_raw_response_wrapper(raw.search)`, as openai-python's do: the
wrapper keeps the method's parameters for type checkers (`ParamSpec`) and turns its
result type `T` into `RawResponse[T]` (a list operation's pager: its first page's).
"""

from __future__ import annotations

import ast
import datetime
import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

if TYPE_CHECKING:
    from .resource import Resource

T = TypeVar("T")
P = ParamSpec("P")
# The return annotation of a list operation's method; awaiting it gives its first argument.
_PAGER = "AsyncPager"


class RawResponse(Generic[T]):
    """The HTTP response of one successful call.

    Attributes:
        http_response: the `httpx.Response` (its body already read).
    """

    __slots__ = ("_parse", "_parsed", "_request_id", "http_response")

    def __init__(
        self, response: httpx.Response, *, request_id: str | None, parse: Callable[[], T]
    ) -> None:
        self.http_response = response
        self._request_id = request_id
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        """The HTTP status (200 for every success Trenz sends)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (`X-RateLimit-Limit` among them)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The envelope's `request_id`, to quote to Trenz support."""
        return self._request_id

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to reading the whole response (last attempt)."""
        return self.http_response.elapsed

    def parse(self) -> T:
        """What the method returns without `with_raw_response`: the typed envelope or `Task`.

        Raises:
            MalformedResponseError: the body does not match the operation's schema.
        """
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self._request_id!r})"


class RawResponses:
    """Base of the generated `<Resource>WithRawResponse` twins (`resource.with_raw_response`).

    Args:
        resource: the resource whose methods the twin wraps; the twin calls them on a
            copy of it that answers `RawResponse`s (`Resource._answering_raw`).
    """

    def __init__(self, resource: Resource) -> None:
        self._runtime = resource._runtime

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """`method`, answering the `RawResponse` of its call (openai-python's wrapper, typed).

    `method` belongs to a resource made by `Resource._answering_raw()`: its calls already
    answer `RawResponse`s at run time; this wrapper says so to type checkers, with the
    same parameters. A list operation's method returns a pager; awaiting it is the first
    page's call.

    Raises:
        TypeError: (when called) `method` belongs to a resource answering parsed results.
    """

    @functools.wraps(method)
    async def answer_raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        result: object = await method(*args, **kwargs)
        if not isinstance(result, RawResponse):
            raise TypeError(f"{method!r} answered {type(result).__name__}, not a RawResponse")
        return result

    answer_raw.__signature__ = _raw_signature(method)  # type: ignore[attr-defined]
    return answer_raw


def _raw_signature(method: Callable[..., Any]) -> inspect.Signature:
    """`method`'s signature answering `RawResponse[...]` (what `help()` and `inspect` show)."""
    signature = inspect.signature(method)
    returns = signature.return_annotation
    if isinstance(returns, str):  # postponed annotations: the generated modules' case
        returns = f"RawResponse[{_awaited(returns)}]"
    return signature.replace(return_annotation=returns)


def _awaited(annotation: str) -> str:
    """What awaiting a value of this (string) annotation gives: a pager's page type."""
    node = ast.parse(annotation, mode="eval").body
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == _PAGER
        and isinstance(node.slice, ast.Tuple)
    ):
        return ast.unparse(node.slice.elts[0])
    return annotation

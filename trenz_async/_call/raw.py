"""`RawResponse`: a call's HTTP response, for its status and headers, with `parse()`.

`client.<resource>.with_raw_response.<method>(...)` returns one instead of the parsed
result, e.g. to read `X-RateLimit-Limit`. The call itself is the same: validated,
budgeted, retried and accounted for; for an async job the `Task` already exists (its id
is journaled) and `parse()` hands it over.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")


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

"""Per-request options, with openai-python's names and meaning, and `cache`.

Every typed method and `client.call()` take `timeout`, `max_retries`, `extra_headers`,
`extra_query`, `extra_body` and `cache`. The extras are sent as given, after the
validated parameters (an extra wins over a parameter of the same name), and they count
in the call's coin estimate, so `extra_body={"duration": 20}` cannot slip past the
budget. The API key and the headers the SDK owns cannot be set this way. `cache=False`
takes no stored answer from the read cache (`payonce`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from .._errors import InvalidParameterError
from .._support import check_timeout, check_whole
from .._transport import RESERVED_HEADERS


@attrs.frozen
class RequestOptions:
    """Options for one request, overriding the client's for that request only.

    Attributes:
        timeout: seconds (each attempt, connect to last body byte, must finish within
            it) or an `httpx.Timeout`; `None` keeps the client's.
        max_retries: retries after the first attempt; `None` keeps the client's.
        extra_headers: more headers to send.
        extra_query: more query parameters to send.
        extra_body: more JSON body fields to send (operations with a JSON body only).
        cache: `False` takes no answer from the read cache (the call is sent, or shares
            an identical call in flight, and its answer replaces the cached one); `None`
            or `True` reads it as usual. Only reads are ever cached.
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    cache: bool | None = None

    @classmethod
    def of(
        cls,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        cache: bool | None = None,
    ) -> RequestOptions | None:
        """The options given to a method, or `None` when it was given none (the usual case)."""
        if (
            timeout is None
            and max_retries is None
            and cache is None
            and not (extra_headers or extra_query or extra_body)
        ):
            return None
        return cls(timeout, max_retries, extra_headers, extra_query, extra_body, cache)

    def checked(self, operation_id: str, *, has_body: bool) -> RequestOptions:
        """`self`, after refusing what cannot be honoured.

        Raises:
            InvalidParameterError: a reserved header or one that cannot be sent (a
                control character, a non-ASCII name), a body for a body-less operation,
                a `max_retries` that is not an int >= 0, a `timeout` that is not a
                finite number > 0, or a `cache` that is not a bool.
        """
        if self.cache is not None and not isinstance(self.cache, bool):
            raise InvalidParameterError(
                f"cache must be True, False or None, got {self.cache!r}",
                parameter="cache",
                operation_id=operation_id,
            )
        try:
            if self.max_retries is not None:
                check_whole("max_retries", self.max_retries)
            if self.timeout is not None:
                check_timeout("timeout", self.timeout)
        except ValueError as exc:
            raise InvalidParameterError(
                str(exc), parameter=str(exc).split(" ", 1)[0], operation_id=operation_id
            ) from None
        if self.extra_headers:
            _check_headers(self.extra_headers, operation_id)
            refused = sorted(
                name for name in self.extra_headers if name.lower() in RESERVED_HEADERS
            )
            if refused:
                raise InvalidParameterError(
                    f"extra_headers may not set {', '.join(refused)}: the SDK sets those "
                    "(the key comes from api_key=)",
                    parameter="extra_headers",
                    operation_id=operation_id,
                )
        if self.extra_body and not has_body:
            raise InvalidParameterError(
                f"{operation_id} sends no JSON body, so extra_body cannot be used; use extra_query",
                parameter="extra_body",
                operation_id=operation_id,
            )
        return self


# RFC 9110 field names are tokens; values are visible ASCII, spaces and tabs. Anything
# else (a CR/LF that would start a new header, a NUL, non-ASCII text) is refused here,
# before a coin is reserved, rather than by the HTTP library halfway through sending.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def _check_headers(headers: Mapping[str, str], operation_id: str) -> None:
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise InvalidParameterError(
                f"extra_headers: {name!r} is not a valid header name",
                parameter="extra_headers",
                operation_id=operation_id,
            )
        if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            raise InvalidParameterError(
                f"extra_headers: the value of {name!r} must be printable ASCII text "
                "(no CR, LF or other control characters)",
                parameter="extra_headers",
                operation_id=operation_id,
            )


def attempt_timeout(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take in all: the read timeout bounds the whole exchange.

    httpx's timeouts bound each read; a server trickling a byte at a time would keep a
    call alive forever without an overall deadline per attempt.
    """
    return timeout.read

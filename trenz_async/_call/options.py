"""Per-request options, with openai-python's names and meaning.

Every typed method and `client.call()` take `timeout`, `max_retries`, `extra_headers`,
`extra_query` and `extra_body`. The extras are sent as given, after the validated
parameters (an extra wins over a parameter of the same name), and they count in the
call's coin estimate, so `extra_body={"duration": 20}` cannot slip past the budget.
The API key and the headers the SDK owns cannot be set this way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from .._errors import InvalidParameterError
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
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None

    @classmethod
    def of(
        cls,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RequestOptions | None:
        """The options given to a method, or `None` when it was given none (the usual case)."""
        if (
            timeout is None
            and max_retries is None
            and not (extra_headers or extra_query or extra_body)
        ):
            return None
        return cls(timeout, max_retries, extra_headers, extra_query, extra_body)

    def checked(self, operation_id: str, *, has_body: bool) -> RequestOptions:
        """`self`, after refusing what cannot be honoured.

        Raises:
            InvalidParameterError: a reserved header, a body for a body-less operation,
                or a negative `max_retries`.
        """
        if self.max_retries is not None and (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise InvalidParameterError(
                f"max_retries must be an int >= 0, got {self.max_retries!r}",
                parameter="max_retries",
                operation_id=operation_id,
            )
        if self.extra_headers:
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


def attempt_timeout(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take in all: the read timeout bounds the whole exchange.

    httpx's timeouts bound each read; a server trickling a byte at a time would keep a
    call alive forever without an overall deadline per attempt.
    """
    return timeout.read

"""The API key: added to each attempt bound for the base URL's origin, and only there.

The key goes on the request just before it leaves and comes off right after, so the
request object that lives on (in `response.request`, in redirects httpx builds, in
tracebacks) never carries it, and a request to any other origin (a cross-origin
redirect, a presigned upload URL) never gets it. A request built by hand may not bring
a key of its own either.
"""

from __future__ import annotations

import httpx

from .call import CALL, Call

RESERVED_HEADERS = frozenset(
    {
        "x-api-key",
        "authorization",
        "user-agent",
        "accept-encoding",  # the size cap depends on decoding the body itself
        "content-length",
        "content-type",
        "host",
        "transfer-encoding",
    }
)
"""Headers `extra_headers` and `http_options` may not set: the key's, and the ones the
SDK relies on."""

_KEY_HEADERS = ("x-api-key", "authorization")


class AuthTransport(httpx.AsyncBaseTransport):
    """Adds the key to requests for `base_url`'s origin, for the length of one attempt.

    Args:
        inner: the next layer.
        api_key: the key.
        base_url: the one origin the key may go to.
        auth: `"header"` sends `X-API-Key`, `"bearer"` sends `Authorization: Bearer`.

    Raises:
        ValueError: an unknown `auth`.
    """

    def __init__(
        self, inner: httpx.AsyncBaseTransport, *, api_key: str, base_url: httpx.URL, auth: str
    ) -> None:
        if auth not in ("header", "bearer"):
            raise ValueError(f"auth must be 'header' or 'bearer', not {auth!r}")
        self._inner = inner
        self._origin = origin(base_url)
        self._auth = auth
        self._header = "X-API-Key" if auth == "header" else "Authorization"
        self._value = api_key if auth == "header" else f"Bearer {api_key}"

    def __repr__(self) -> str:
        return f"AuthTransport(origin={self._origin!r}, auth={self._auth!r})"

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = request.headers
        call: Call = request.extensions[CALL]
        if call.operation is None:
            # The SDK's own requests are built without a key (extra headers may not set
            # one); a request built by hand may not bring one along either.
            for name in _KEY_HEADERS:
                headers.pop(name, None)
        if origin(request.url) == self._origin:
            headers[self._header] = self._value
        try:
            return await self._inner.handle_async_request(request)
        finally:
            headers.pop(self._header, None)


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port (the default one when the URL names none)."""
    scheme = url.scheme
    return (scheme, url.host, url.port or (443 if scheme == "https" else 80))

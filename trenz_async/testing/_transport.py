"""The in-process shortcut: an httpx transport that calls the fake's ASGI app directly."""

from __future__ import annotations

from typing import Any, cast

import httpx
from starlette.types import ASGIApp

from ._server import ConnectionDroppedError

_DROPPED = "Server disconnected without sending a response."


class FakeTransport(httpx.ASGITransport):
    """`httpx.ASGITransport` for the fake, turning a dropped connection into the httpx error
    a real socket gives (`httpx.RemoteProtocolError`)."""

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app=cast(Any, app))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except ConnectionDroppedError as exc:
            raise httpx.RemoteProtocolError(_DROPPED, request=request) from exc

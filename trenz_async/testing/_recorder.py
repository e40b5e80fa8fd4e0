"""`SubmissionLog`: which request created which job, for tests of "never pay twice".

Wrap the fake (any ASGI app) in a `SubmissionLog` and serve that: every answered POST
whose response carries a job id is noted with the JSON body that created it, even when
the client died before reading the answer. A test can then check that no input ever
created two jobs, and that every job is known to the client's journal.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Mapping
from typing import Any

import attrs

from ._server import serve_in_thread

_JOB_ID_FIELDS = ("task_id", "job_id")


@attrs.frozen
class Submission:
    """One job the server created: the path, the JSON body sent, and the job id answered."""

    path: str
    body: Mapping[str, Any]
    job_id: str


class SubmissionLog:
    """An ASGI wrapper noting each job an app creates, with the request that created it.

    Args:
        app: the ASGI app to wrap (a `FakeTrenz`).
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.submissions: list[Submission] = []

    def jobs_by(self, field: str) -> dict[Any, list[str]]:
        """Job ids grouped by the value of one body field (an input's id, say)."""
        grouped: dict[Any, list[str]] = {}
        for submission in self.submissions:
            grouped.setdefault(submission.body.get(field), []).append(submission.job_id)
        return grouped

    @contextlib.asynccontextmanager
    async def serve(self, *, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve the wrapped app over real sockets, as `FakeTrenz.serve()` does."""
        async with serve_in_thread(self, host=host, port=port) as base_url:
            yield base_url

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        request = bytearray()
        answer = bytearray()

        async def recording_receive() -> Any:
            message = await receive()
            request.extend(message.get("body", b""))
            return message

        async def recording_send(message: Any) -> None:
            if message["type"] == "http.response.body":
                answer.extend(message.get("body", b""))
                if not message.get("more_body"):
                    self._note(scope["path"], bytes(request), bytes(answer))
            with contextlib.suppress(OSError):  # a client that died still has its job
                await send(message)

        await self.app(scope, recording_receive, recording_send)

    def _note(self, path: str, request: bytes, answer: bytes) -> None:
        try:
            body = json.loads(request)
            data = json.loads(answer)["data"]
        except (ValueError, KeyError, TypeError):
            return
        if not isinstance(body, dict) or not isinstance(data, dict):
            return
        for field in _JOB_ID_FIELDS:
            if isinstance(data.get(field), str):
                self.submissions.append(Submission(path, body, data[field]))
                return

"""The innermost layer: one exchange with the network, bounded, read and checked.

Each attempt, from connecting to the last body byte, must finish within the call's
attempt timeout (a server trickling bytes cannot hold a call forever). The body is read
whole, decompressed by the SDK itself under a size cap (a gzip bomb included), and the
answer becomes either a response carrying the decoded success envelope or the typed
error it amounts to: a failure on the wire is an `APIConnectionError` that says whether
the request may have been sent, an error status is the `APIError` subclass of its code,
and a success body that cannot be used is a `MalformedResponseError`. A job's answer that
is unusable but names the job raises `OutcomeUnknownError` carrying its id: the job
exists and must not be lost.
"""

from __future__ import annotations

import json
import zlib
from typing import Any, NoReturn

import anyio
import httpx

from .._errors import (
    APITimeoutError,
    MalformedResponseError,
    OutcomeUnknownError,
    ResponseTooLargeError,
)
from .call import CALL, ENVELOPE, JOB_ID, Call
from .responses import connection_error_from, error_from_response, malformed

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
_DRAIN_BYTES = 1024 * 1024


class BodyTransport(httpx.AsyncBaseTransport):
    """One attempt on `network`: deadline, size cap, decoding, typed errors, the envelope.

    Args:
        network: the transport that really sends.
        max_response_bytes: bodies larger than this raise `ResponseTooLargeError`.
    """

    def __init__(
        self,
        network: httpx.AsyncBaseTransport,
        *,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._network = network
        self._max_bytes = max_response_bytes

    async def aclose(self) -> None:
        await self._network.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call: Call = request.extensions[CALL]
        try:
            if call.attempt_timeout is None:
                raw, body = await self._exchange(request)
            else:
                with anyio.CancelScope(
                    deadline=anyio.current_time() + call.attempt_timeout
                ) as scope:
                    raw, body = await self._exchange(request)
                if scope.cancelled_caught:
                    raise APITimeoutError(
                        f"the attempt took longer than its {call.attempt_timeout}s timeout",
                        request_sent=True,
                    )
        except httpx.TransportError as exc:
            raise connection_error_from(exc) from exc
        raw.request = request
        return self._checked(raw, body, call)

    async def _exchange(self, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        raw = await self._network.handle_async_request(request)
        return raw, await self._read_capped(raw)

    def _checked(self, raw: httpx.Response, body: bytes, call: Call) -> httpx.Response:
        """The response with its body in place, or the typed error it amounts to."""
        status = raw.status_code
        if "content-encoding" in raw.headers:
            # The body is decoded already: the response must not claim otherwise.
            raw = httpx.Response(
                status,
                headers=[
                    (name, value)
                    for name, value in raw.headers.multi_items()
                    if name not in ("content-encoding", "content-length", "transfer-encoding")
                ],
                extensions=raw.extensions,
                request=raw.request,
            )
        raw.stream = httpx.ByteStream(body)
        if 300 <= status < 400:
            return raw  # httpx follows it if allowed (auth keeps the key home); else an error
        if status >= 400 or status < 200:
            raise error_from_response(raw, body)
        if call.operation is not None:
            envelope, job_id = _envelope(raw, body, call)
            raw.extensions[ENVELOPE] = envelope
            if job_id is not None:
                raw.extensions[JOB_ID] = job_id
        return raw

    async def _read_capped(self, raw: httpx.Response) -> bytes:
        """The decoded body, refusing to hold more than the cap (a gzip bomb included)."""
        decoder = _decoder(raw.headers.get("content-encoding", ""))
        if decoder is False:
            await raw.aclose()
            raise malformed(
                status_code=raw.status_code,
                message=f"unsupported content-encoding {raw.headers.get('content-encoding')!r}",
            )
        chunks: list[bytes] = []
        size = 0
        assert isinstance(raw.stream, httpx.AsyncByteStream)  # async transports give async streams
        stream = aiter(raw.stream)
        limit = self._max_bytes
        try:
            async for chunk in stream:
                data = decoder.decompress(chunk, limit - size + 1) if decoder else chunk
                size += len(data)
                if size > limit:
                    await _discard(stream, limit=_DRAIN_BYTES)
                    raise malformed(
                        ResponseTooLargeError,
                        status_code=raw.status_code,
                        body=b"".join(chunks)[:512],
                        limit=limit,
                    )
                chunks.append(data)
            if decoder:
                tail = decoder.flush()
                size += len(tail)
                if size > limit:
                    raise malformed(ResponseTooLargeError, status_code=raw.status_code, limit=limit)
                chunks.append(tail)
        except zlib.error as exc:
            raise malformed(
                status_code=raw.status_code, message=f"undecodable body: {exc}"
            ) from exc
        finally:
            close = getattr(stream, "aclose", None)
            if close is not None:  # stop the stream's generator now, not at garbage collection
                await close()
            # Close the network stream (freeing the connection) but not the response:
            # it goes on, carrying the body read here.
            await raw.stream.aclose()
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _envelope(
    response: httpx.Response, body: bytes, call: Call
) -> tuple[dict[str, Any], str | None]:
    """The decoded success envelope and, for a job, its id; or the error they amount to."""
    if call.empty_success and not body.strip():
        # The spec allows this operation a 200 without a body: a success, empty data.
        envelope: dict[str, Any] = {"data": {}}
        problem = None
    else:
        envelope, problem = _decode_envelope(body)
    job_id = None
    if call.job_id_field is not None:
        job_id = _job_id(envelope, call.job_id_field)
        if job_id is None and problem is None:
            problem = (
                f"{call.name} was accepted but the answer carries no {call.job_id_field}: "
                "the job may exist"
            )
    if problem is None:
        return envelope, job_id
    error: MalformedResponseError = malformed(
        status_code=response.status_code,
        body=body,
        message=problem,
        request_id=response.headers.get("x-request-id"),
        response=response,
    )
    if job_id is not None:
        # The job exists, whatever else is wrong with the answer: its id must reach the
        # ledger (held) and the journal, so the outcome is "unknown", with the id.
        reservation = call.reservation
        raise OutcomeUnknownError(
            operation_id=call.name,
            submission_id=reservation.id if reservation is not None else None,
            estimate=call.estimate,
            job_id=job_id,
            request_id=error.request_id,
        ) from error
    raise error


def _decode_envelope(body: bytes) -> tuple[dict[str, Any], str | None]:
    """The parsed success envelope, or what is wrong with it."""
    try:
        envelope = _DECODER.decode(body.decode("utf-8"))
    except (ValueError, RecursionError):
        return {}, "the success body is not JSON" if body.strip() else "the success body is empty"
    if not isinstance(envelope, dict):
        return {}, "the success body is not a JSON object"
    if not isinstance(envelope.get("data"), dict | list):
        return envelope, "the success envelope has no `data` object"
    usage = envelope.get("usage")
    if usage is not None and not isinstance(usage, dict):
        return envelope, "the success envelope's `usage` is not an object"
    return envelope, None


def _refuse_constant(name: str) -> NoReturn:
    # NaN and Infinity are not JSON; as a coin cost they would poison every sum.
    raise ValueError(f"{name} is not a JSON number")


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def _job_id(envelope: dict[str, Any], field: str) -> str | None:
    """The job id, from the field the registry names or, failing that, the other one."""
    data = envelope.get("data")
    if not isinstance(data, dict):
        return None
    for name in (field, "task_id", "job_id"):
        value = data.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            return str(value)
    return None


async def _discard(stream: Any, *, limit: int) -> None:
    """Read and drop up to `limit` more bytes: a finished body frees its connection
    for reuse (and its generators close cleanly); a longer one is cut off."""
    dropped = 0
    async for chunk in stream:
        dropped += len(chunk)
        if dropped > limit:
            return


def _decoder(encoding: str) -> Any:
    """A zlib decompressor for the body's encoding, `None` for identity, `False` if unknown.

    The client asks only for gzip and deflate, so it can bound the decoded size itself.
    """
    if not encoding:
        return None
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    return False

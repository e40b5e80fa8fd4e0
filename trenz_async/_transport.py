"""The transport chain on the client's one `httpx.AsyncClient`.

Outermost first:
    RetryTransport      bounded retries, read vs paid rules, "outcome unknown"
    RateLimitTransport  sliding window + in-flight cap; a 429 pauses the whole client
    ResponseTransport   size cap, typed errors, envelope checks, coin accounting
    AuthTransport       the API key, only ever to the base URL's origin
    (network transport, or one passed in for tests)

Generated endpoint functions and hand-written requests go through the same chain, so
every request, task polls included, is limited, authenticated, checked and counted.
"""

from __future__ import annotations

import contextvars
import json
import random
import time
import zlib
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn

import anyio
import attrs
import httpx

from ._errors import (
    APIError,
    MalformedResponseError,
    OutcomeUnknownError,
    QuotaExceededError,
    RateLimitError,
    ResponseTooLargeError,
    TrenzError,
    connection_error_from,
    error_from_response,
)
from ._logging import logger, redacting_filter
from ._operation_info import OperationInfo
from ._ratelimit import RateLimiter
from ._retry import Decision, RetryPolicy, classify
from ._routes import RouteTable, default_routes
from ._usage import UsageLedger

REQUEST_ID = "trenz.request_id"
COIN_COST = "trenz.coin_cost"
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
_DRAIN_BYTES = 1024 * 1024
_KEY_HEADERS = ("x-api-key", "authorization")


@attrs.define
class CallContext:
    """What the SDK knows about the call in progress, carried by a context variable.

    The generated endpoint functions cannot pass anything to the transports, so the
    facade sets this around them; hand-written requests run without one.
    """

    operation: OperationInfo | None = None
    retry: RetryPolicy | None = None
    timeout: httpx.Timeout | None = None
    body: bytes | None = None  # the last decoded response body, for error reports
    job_id: str | None = None  # the job id a submission's answer carried


current_call: contextvars.ContextVar[CallContext | None] = contextvars.ContextVar(
    "trenz_call", default=None
)


def _operation_for(request: httpx.Request, routes: RouteTable) -> OperationInfo | None:
    context = current_call.get()
    if context is not None and context.operation is not None:
        return context.operation
    return routes.match(request.method, request.url.path)


class AuthTransport(httpx.AsyncBaseTransport):
    """Attach the API key to requests for the base URL's origin, and to nothing else.

    The key is added to a copy of the request, so the caller's request object (and
    any redirect httpx builds from it) never holds it; a request to another origin
    has any key header removed.
    """

    def __init__(
        self, inner: httpx.AsyncBaseTransport, *, api_key: str, base_url: httpx.URL, mode: str
    ) -> None:
        if mode not in ("header", "bearer"):
            raise ValueError(f"auth must be 'header' or 'bearer', not {mode!r}")
        self._inner = inner
        self._api_key = api_key
        self._origin = _origin(base_url)
        self._mode = mode

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = httpx.Headers(request.headers)
        for name in _KEY_HEADERS:
            headers.pop(name, None)
        if _origin(request.url) == self._origin:
            if self._mode == "header":
                headers["X-API-Key"] = self._api_key
            else:
                headers["Authorization"] = f"Bearer {self._api_key}"
        outgoing = httpx.Request(
            request.method,
            request.url,
            headers=headers,
            stream=request.stream,
            extensions=request.extensions,
        )
        return await self._inner.handle_async_request(outgoing)

    async def aclose(self) -> None:
        await self._inner.aclose()

    def __repr__(self) -> str:
        return f"AuthTransport(origin={self._origin!r}, mode={self._mode!r})"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default_ports = {"http": 80, "https": 443}
    return (url.scheme, url.host, url.port or default_ports.get(url.scheme))


class ResponseTransport(httpx.AsyncBaseTransport):
    """Read each body under a size cap, raise typed errors, check and count envelopes."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        ledger: UsageLedger,
        routes: RouteTable,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._inner = inner
        self._ledger = ledger
        self._routes = routes
        self._max_bytes = max_response_bytes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raw = await self._inner.handle_async_request(request)
        body = await self._read_capped(raw, request)
        headers = httpx.Headers(raw.headers)
        # The body below is already decoded and complete.
        for name in ("content-encoding", "content-length", "transfer-encoding"):
            headers.pop(name, None)
        response = httpx.Response(
            raw.status_code,
            headers=headers,
            content=body,
            request=request,
            extensions=dict(raw.extensions),
        )
        context = current_call.get()
        if context is not None:
            context.body = body
        if response.is_redirect:
            # Followed by httpx only if the caller enabled it (AuthTransport keeps the
            # key off other origins); otherwise the facade reports it as an error.
            return response
        if not 200 <= response.status_code < 300:
            # Servers echo request details in error messages: never let the key through.
            raise error_from_response(response, _redacted(body))
        operation = _operation_for(request, self._routes)
        envelope = _envelope(response, body)  # raises with a redacted body
        usage = envelope.get("usage")
        job_id = None
        if operation is not None and operation.is_async:
            job_id = _job_id(envelope, operation)
            if job_id is None:
                raise MalformedResponseError(
                    status_code=response.status_code,
                    body=body,
                    response=response,
                    message=(
                        f"{operation.operation_id} was accepted but the answer carries no "
                        f"{operation.job_id_field}: the job may exist; check your Trenz task list"
                    ),
                )
        if context is not None:
            context.job_id = job_id
        self._ledger.record(
            operation.operation_id if operation else request.url.path,
            usage if isinstance(usage, dict) else None,
            hold_for=job_id,
        )
        response.extensions[REQUEST_ID] = envelope.get("request_id")
        response.extensions[COIN_COST] = usage.get("coin_cost") if isinstance(usage, dict) else None
        return response

    async def _read_capped(self, raw: httpx.Response, request: httpx.Request) -> bytes:
        """The decoded body, refusing to hold more than the cap (a gzip bomb included)."""
        decoder = _decoder(raw.headers.get("content-encoding", ""))
        if decoder is False:
            await raw.aclose()
            raise MalformedResponseError(
                status_code=raw.status_code,
                message=f"unsupported content-encoding {raw.headers.get('content-encoding')!r}",
            )
        chunks: list[bytes] = []
        size = 0
        assert isinstance(raw.stream, httpx.AsyncByteStream)  # async transports give async streams
        stream = aiter(raw.stream)
        try:
            async for chunk in stream:
                data = decoder.decompress(chunk, self._max_bytes - size + 1) if decoder else chunk
                size += len(data)
                if size > self._max_bytes:
                    await _discard(stream, limit=_DRAIN_BYTES)
                    raise ResponseTooLargeError(
                        status_code=raw.status_code,
                        body=b"".join(chunks)[:512],
                        limit=self._max_bytes,
                    )
                chunks.append(data)
            if decoder:
                tail = decoder.flush()
                size += len(tail)
                if size > self._max_bytes:
                    raise ResponseTooLargeError(status_code=raw.status_code, limit=self._max_bytes)
                chunks.append(tail)
        except zlib.error as exc:
            raise MalformedResponseError(
                status_code=raw.status_code, message=f"undecodable body: {exc}"
            ) from exc
        finally:
            close = getattr(stream, "aclose", None)
            if close is not None:  # stop the stream's generator now, not at garbage collection
                await close()
            await raw.aclose()
        return b"".join(chunks)

    async def aclose(self) -> None:
        await self._inner.aclose()


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
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    return False


def _envelope(response: httpx.Response, body: bytes) -> dict[str, Any]:
    """The parsed success envelope, or a `MalformedResponseError` saying what is wrong."""
    try:
        envelope = json.loads(body)
    except ValueError:
        envelope = None
    problem = None
    if not isinstance(envelope, dict):
        problem = "the success body is not a JSON object"
    elif not isinstance(envelope.get("data"), dict | list):
        problem = "the success envelope has no `data` object"
    elif (
        "usage" in envelope
        and envelope["usage"] is not None
        and not isinstance(envelope["usage"], dict)
    ):
        problem = "the success envelope's `usage` is not an object"
    if problem is not None:
        raise MalformedResponseError(
            status_code=response.status_code,
            body=_redacted(body),
            response=response,
            message=problem,
        )
    assert isinstance(envelope, dict)
    return envelope


def _redacted(body: bytes) -> bytes:
    return redacting_filter.redact(body.decode("utf-8", "replace")).encode()


def _job_id(envelope: dict[str, Any], operation: OperationInfo) -> str | None:
    """The job id, from the field the registry names or, failing that, the other one."""
    data = envelope.get("data")
    if not isinstance(data, dict):
        return None
    for field in (operation.job_id_field, "task_id", "job_id"):
        value = data.get(field) if field else None
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            return str(value)
    return None


class RateLimitTransport(httpx.AsyncBaseTransport):
    """Every attempt takes a slot from the client's limiter; a 429 pauses everyone.

    The pause follows `Retry-After` (1 s when absent) but never exceeds `max_pause`: a
    server asking for a day stops the calls that asked (they raise `RateLimitError`
    with its `retry_after`), not the whole client.
    """

    def __init__(
        self, inner: httpx.AsyncBaseTransport, *, limiter: RateLimiter, max_pause: float
    ) -> None:
        self._inner = inner
        self._limiter = limiter
        self._max_pause = max_pause

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        async with self._limiter.slot():
            try:
                response = await self._inner.handle_async_request(request)
            except APIError as exc:
                if exc.response is not None:
                    self._observe(exc.response)
                if isinstance(exc, RateLimitError) and not isinstance(exc, QuotaExceededError):
                    wait = exc.retry_after if exc.retry_after is not None else 1.0
                    self._limiter.pause(min(wait, self._max_pause))
                raise
        self._observe(response)
        return response

    def _observe(self, response: httpx.Response) -> None:
        limit = response.headers.get("x-ratelimit-limit", "")
        if limit.isdigit() and int(limit) > 0:
            self._limiter.observe_limit(int(limit))

    async def aclose(self) -> None:
        await self._inner.aclose()


class RetryTransport(httpx.AsyncBaseTransport):
    """Retry what is safe to retry; never pay twice for one submission.

    Reads retry on connection errors, timeouts, 429 RATE_LIMITED and 500/502/503/504.
    Paid or write operations retry only when the request provably was not processed
    (connect-phase errors, 429 RATE_LIMITED); otherwise `OutcomeUnknownError`.
    When retries run out, the last real error is raised.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy,
        routes: RouteTable,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self._inner = inner
        self.policy = policy
        self._routes = routes
        self._sleep = sleep
        self._clock = clock
        self._rng = rng

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        context = current_call.get()
        operation = _operation_for(request, self._routes)
        policy = context.retry if context is not None and context.retry is not None else self.policy
        if context is not None and context.timeout is not None:
            request.extensions["timeout"] = context.timeout.as_dict()
        is_read = (
            operation.is_read
            if operation is not None
            else request.method in ("GET", "HEAD", "OPTIONS")
        )
        name = operation.operation_id if operation is not None else request.url.path
        started = self._clock()
        attempt = 0
        while True:
            attempt_started = self._clock()
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as exc:
                error: TrenzError = connection_error_from(exc)
                cause: BaseException = exc
            except TrenzError as exc:
                error, cause = exc, exc
            else:
                _log_attempt(
                    request, name, attempt, attempt_started, self._clock(), response=response
                )
                return response
            _log_attempt(request, name, attempt, attempt_started, self._clock(), error=error)
            decision = classify(error, is_read=is_read)
            if decision is Decision.OUTCOME_UNKNOWN:
                raise OutcomeUnknownError(operation_id=name) from error
            if decision is Decision.RAISE:
                _raise(error, cause)
            delay = policy.delay_for(
                error, attempt, elapsed=self._clock() - started, random=self._rng
            )
            if delay is None:  # out of attempts or time, or a Retry-After over the cap
                _raise(error, cause)
            logger.info(
                "retrying %s %s in %.2fs after %s (attempt %d)",
                request.method,
                name,
                delay,
                error,
                attempt + 1,
            )
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()


def _raise(error: TrenzError, cause: BaseException) -> NoReturn:
    if error is cause:
        raise error
    raise error from cause


def _log_attempt(
    request: httpx.Request,
    name: str,
    attempt: int,
    started: float,
    ended: float,
    *,
    response: httpx.Response | None = None,
    error: TrenzError | None = None,
) -> None:
    if response is not None:
        status: object = response.status_code
        request_id = response.extensions.get(REQUEST_ID)
        coins = response.extensions.get(COIN_COST)
    else:
        status = getattr(error, "status_code", None) or type(error).__name__
        request_id = getattr(error, "request_id", None)
        coins = None
    logger.info(
        "%s %s (%s) -> %s attempt=%d elapsed=%.3fs coins=%s request_id=%s",
        request.method,
        request.url.path,
        name,
        status,
        attempt,
        ended - started,
        coins,
        request_id,
    )


def build_chain(
    network: httpx.AsyncBaseTransport,
    *,
    api_key: str,
    base_url: httpx.URL,
    auth: str,
    limiter: RateLimiter,
    ledger: UsageLedger,
    retry: RetryPolicy,
    max_response_bytes: int,
    routes: RouteTable | None = None,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
) -> RetryTransport:
    """Wrap `network` in the SDK's transport chain."""
    routes = routes or default_routes()
    chain: httpx.AsyncBaseTransport = AuthTransport(
        network, api_key=api_key, base_url=base_url, mode=auth
    )
    chain = ResponseTransport(
        chain, ledger=ledger, routes=routes, max_response_bytes=max_response_bytes
    )
    chain = RateLimitTransport(chain, limiter=limiter, max_pause=retry.max_retry_after)
    return RetryTransport(chain, policy=retry, routes=routes, sleep=sleep)

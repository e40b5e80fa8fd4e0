"""The SDK's transport on the client's one `httpx.AsyncClient`: every request passes here.

One layer, in the order a request meets them:
    retries     bounded, by failure phase and cost; "outcome unknown" instead of paying twice
    gate        the rate limit and in-flight cap (`RequestGate`); a 429 pauses everyone
    auth        the API key, only ever to the base URL's origin, never left on the request
    network     one attempt, bounded as a whole by the call's attempt timeout
    response    size cap, typed and redacted errors, the envelope decoded once, coins recorded

The call path (`_invoke`) puts a `Call` on each request's extensions, so this layer knows
the operation, its estimate and the call's options without looking anything up; the
decoded envelope goes back on the response's extensions. A request without a `Call`
(sent through the client's `httpx.AsyncClient` by hand) is still authenticated, limited,
size-capped and turned into typed errors, and retried only when repeating it is
harmless: a GET, or a failure before sending.
"""

from __future__ import annotations

import json
import logging
import random
import time
import zlib
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn

import anyio
import httpx

from .._errors import (
    APITimeoutError,
    MalformedResponseError,
    OutcomeUnknownError,
    QuotaExceededError,
    RateLimitError,
    ResponseTooLargeError,
    TrenzError,
)
from .._ledger import Reservation, UsageLedger
from .._registry import OperationInfo
from .gate import RequestGate
from .responses import connection_error_from, error_from_response, malformed
from .retry import Decision, RetryPolicy, classify, maybe_processed

logger = logging.getLogger("trenz_async")

CALL = "trenz_async.call"
"""Request extension: the `Call` the SDK is making."""
ENVELOPE = "trenz_async.envelope"
"""Response extension: the decoded success envelope (a dict)."""
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
_DRAIN_BYTES = 1024 * 1024
_KEY_HEADERS = ("x-api-key", "authorization")
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class Call:
    """What the transport needs to know about one call, carried on its request.

    Attributes:
        operation: the operation, or `None` for a request sent by hand.
        retry: the retry policy in force for this call.
        estimate: the call's estimated coins (the retry rule and `coins_uncertain` use it).
        reservation: the call's budget reservation, or `None` (polls, hand-made requests).
        attempt_timeout: seconds one attempt may take from connecting to the last body
            byte, or `None`.
        poll: a task poll (the gate serves ordinary calls first).
    """

    __slots__ = (
        "attempt_timeout",
        "empty_success",
        "estimate",
        "is_read",
        "job_id_field",
        "name",
        "operation",
        "poll",
        "reservation",
        "retry",
    )

    def __init__(
        self,
        operation: OperationInfo | None,
        *,
        retry: RetryPolicy,
        estimate: int = 0,
        reservation: Reservation | None = None,
        attempt_timeout: float | None = None,
        poll: bool = False,
        method: str = "GET",
        path: str = "",
    ) -> None:
        self.operation = operation
        self.retry = retry
        self.estimate = estimate
        self.reservation = reservation
        self.attempt_timeout = attempt_timeout
        self.poll = poll
        if operation is not None:
            self.is_read = operation.is_read
            self.name = operation.operation_id
            self.job_id_field = operation.job_id_field if operation.is_async else None
            self.empty_success = operation.empty_success
        else:
            self.is_read = method in _SAFE_METHODS
            self.name = path
            self.job_id_field = None
            self.empty_success = False


class TrenzTransport(httpx.AsyncBaseTransport):
    """Retries, the request gate, auth, the network and response checks, in one layer.

    Args:
        network: the transport that really sends (an `httpx.AsyncHTTPTransport`, or one
            passed in for tests).
        api_key / base_url / auth: the key, the one origin it may go to, and how it
            travels (`"header"`: `X-API-Key`; `"bearer"`: `Authorization: Bearer`).
        gate: the rate limit and in-flight cap (`RateLimiter`, or a fleet's).
        ledger: records the coins of every answered call.
        retry: the policy for requests that carry no `Call`.
        max_response_bytes: bodies larger than this raise `ResponseTooLargeError`.
        sleep / clock / rng: injectable for tests.
    """

    def __init__(
        self,
        network: httpx.AsyncBaseTransport,
        *,
        api_key: str,
        base_url: httpx.URL,
        auth: str,
        gate: RequestGate,
        ledger: UsageLedger,
        retry: RetryPolicy,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
    ) -> None:
        if auth not in ("header", "bearer"):
            raise ValueError(f"auth must be 'header' or 'bearer', not {auth!r}")
        self._network = network
        self._origin = _origin(base_url)
        self._key_header = "X-API-Key" if auth == "header" else "Authorization"
        self._key_value = api_key if auth == "header" else f"Bearer {api_key}"
        self._auth = auth
        self.gate = gate
        self._ledger = ledger
        self.retry = retry
        self._max_bytes = max_response_bytes
        self._sleep = sleep
        self._clock = clock
        self._rng = rng
        self._announced_limit = ""

    def __repr__(self) -> str:
        return f"TrenzTransport(origin={self._origin!r}, auth={self._auth!r})"

    async def aclose(self) -> None:
        await self._network.aclose()

    # ----------------------------------------------------------------- retries

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call: Call | None = request.extensions.get(CALL)
        if call is None:
            call = Call(None, retry=self.retry, method=request.method, path=request.url.path)
        policy = call.retry
        reservation = call.reservation
        started = self._clock()
        attempt = 0
        while True:
            attempt_started = self._clock()
            try:
                response = await self._admitted(request, call)
            except TrenzError as error:
                if logger.isEnabledFor(logging.INFO):
                    _log_attempt(request, call, attempt, self._clock() - attempt_started, error)
                if reservation is not None and not maybe_processed(error):
                    reservation.maybe_sent = False
                decision = classify(
                    error, is_read=call.is_read, estimate=call.estimate, policy=policy
                )
                if decision is Decision.OUTCOME_UNKNOWN:
                    raise _outcome_unknown(call, error) from error
                if decision is Decision.RAISE:
                    raise
                delay = policy.delay_for(
                    error, attempt, elapsed=self._clock() - started, random=self._rng
                )
                if delay is None:  # out of attempts or time, or a Retry-After over the cap
                    raise
                if decision is Decision.RETRY_UNCERTAIN and reservation is not None:
                    # The attempt may have been charged: count it, then try again.
                    await self._ledger.add_uncertain(reservation)
                    reservation.maybe_sent = False
                logger.info(
                    "retrying %s %s in %.2fs after %s (attempt %d)",
                    request.method,
                    call.name,
                    delay,
                    error,
                    attempt + 1,
                )
                await self._sleep(delay)
                attempt += 1
                continue
            if logger.isEnabledFor(logging.INFO):
                _log_attempt(request, call, attempt, self._clock() - attempt_started, response)
            return response

    # ----------------------------------------------------------------- the gate

    async def _admitted(self, request: httpx.Request, call: Call) -> httpx.Response:
        gate = self.gate
        permit = await gate.acquire(poll=call.poll)
        try:
            response = await self._attempt(request, call)
        except RateLimitError as error:
            if not isinstance(error, QuotaExceededError) and error.code == "RATE_LIMITED":
                await self._pause(error, call)
            if error.response is not None:
                await self._observe(error.response)
            raise
        finally:
            await gate.release(permit)  # completes even when cancelled (the gate's contract)
        await self._observe(response)
        return response

    async def _pause(self, error: RateLimitError, call: Call) -> None:
        """One 429 pauses every request of the client (and of a fleet's gate)."""
        wait = min(
            error.retry_after if error.retry_after is not None else 1.0, self.retry.max_retry_after
        )
        logger.warning(
            "429 %s on %s: pausing all requests for %.1fs (request_id=%s)",
            error.code,
            call.name,
            wait,
            error.request_id,
        )
        await self.gate.pause(wait)

    async def _observe(self, response: httpx.Response) -> None:
        limit = response.headers.get("x-ratelimit-limit", "")
        if limit != self._announced_limit and limit.isdigit() and int(limit) > 0:
            self._announced_limit = limit
            await self.gate.observe_limit(int(limit))

    # ----------------------------------------------------------------- one attempt

    async def _attempt(self, request: httpx.Request, call: Call) -> httpx.Response:
        headers = request.headers
        if call.operation is None:
            # A request built by hand never brings a key of its own along (the SDK's own
            # requests are built without one: extra headers may not set it).
            for name in _KEY_HEADERS:
                headers.pop(name, None)
        if _origin(request.url) == self._origin:
            headers[self._key_header] = self._key_value
        reservation = call.reservation
        if reservation is not None:
            reservation.maybe_sent = True
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
        finally:
            # The request object lives on (in `response.request`, in redirects httpx may
            # build, in tracebacks): the key must not.
            headers.pop(self._key_header, None)
        raw.request = request
        return await self._checked(raw, body, call)

    async def _exchange(self, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        raw = await self._network.handle_async_request(request)
        return raw, await self._read_capped(raw)

    async def _checked(self, raw: httpx.Response, body: bytes, call: Call) -> httpx.Response:
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
            raw.extensions[ENVELOPE] = await self._envelope(raw, body, call)
        return raw

    async def _envelope(self, response: httpx.Response, body: bytes, call: Call) -> dict[str, Any]:
        """Decode the success envelope once, check it, and record its coins."""
        if call.empty_success and not body.strip():
            # The spec allows this operation a 200 without a body: a success, empty data.
            envelope: dict[str, Any] = {"data": {}}
            problem = None
        else:
            envelope, problem = _decode_envelope(body)
        reservation = call.reservation
        job_id = None
        if call.job_id_field is not None:
            job_id = _job_id(envelope, call.job_id_field)
            if job_id is None and problem is None:
                problem = (
                    f"{call.name} was accepted but the answer carries no {call.job_id_field}: "
                    "the job may exist"
                )
        if problem is not None:
            error: MalformedResponseError = malformed(
                status_code=response.status_code,
                body=body,
                message=problem,
                request_id=response.headers.get("x-request-id"),
                response=response,
            )
            if job_id is not None and reservation is not None:
                # The job exists, whatever else is wrong with the answer: hold it at its
                # estimate and let the call path journal its id before raising.
                await self._ledger.commit(reservation, None, job_id=job_id)
                unknown = _outcome_unknown(call, error)
                unknown.job_id = job_id
                raise unknown from error
            raise error
        if reservation is not None:
            usage = envelope.get("usage")
            await self._ledger.commit(
                reservation, usage if isinstance(usage, dict) else None, job_id=job_id
            )
        return envelope

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


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    scheme = url.scheme
    return (scheme, url.host, url.port or (443 if scheme == "https" else 80))


def _outcome_unknown(call: Call, error: TrenzError) -> OutcomeUnknownError:
    reservation = call.reservation
    return OutcomeUnknownError(
        operation_id=call.name,
        submission_id=reservation.id if reservation is not None else None,
        estimate=call.estimate,
        request_id=getattr(error, "request_id", None),
    )


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


def _log_attempt(
    request: httpx.Request,
    call: Call,
    attempt: int,
    elapsed: float,
    outcome: httpx.Response | TrenzError,
) -> None:
    if isinstance(outcome, httpx.Response):
        status: object = outcome.status_code
        envelope = outcome.extensions.get(ENVELOPE) or {}
        request_id = envelope.get("request_id")
        usage = envelope.get("usage")
        coins = usage.get("coin_cost") if isinstance(usage, dict) else None
    else:
        status = getattr(outcome, "status_code", None) or type(outcome).__name__
        request_id = getattr(outcome, "request_id", None)
        coins = None
    logger.info(
        "%s %s (%s) -> %s attempt=%d elapsed=%.3fs coins=%s request_id=%s",
        request.method,
        request.url.path,
        call.name,
        status,
        attempt,
        elapsed,
        coins,
        request_id,
    )

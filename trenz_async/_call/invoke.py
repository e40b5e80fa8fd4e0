"""The call path: from a method call to a typed envelope, a `Task`, or a typed error.

    validate      the registry's rules, per operation; nothing sent on error (once: a
                  pager's calls come checked, through `invoke_prepared`)
    pay once      a read identical to one in flight, or in the read cache, shares its
                  answer instead of being sent (`payonce`)
    build         the generated module's request builder, the per-request options
                  (`request`)
    check         the client is open and on its event loop
    reserve       the estimate against the budget (`BudgetExceededError` before sending)
    journal       for a paid job: the intent, durably, before sending
    send          the client's `httpx.AsyncClient`, the `Call` on the request's extensions;
                  the SDK's transport retries, limits, authenticates, checks and counts
    parse         the envelope decoded once by the transport, into the generated model
    settle        what the transport did not spend, hold or count as uncertain goes back;
                  a new job's id is journaled and its `Task` tracked (`settle`)

Every failure a caller can see is a `TrenzError`: a bad argument is
`InvalidParameterError`, a response that cannot be used is `MalformedResponseError`
(only a received body's parse becomes one), and a paid call that may have been processed
without an answer is `OutcomeUnknownError`. Bugs in the SDK surface as themselves.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Mapping
from typing import Any

import anyio
import httpx

from .._jobs import Submission
from .._registry import OperationInfo, PreparedCall, lookup, validator_for
from .._transport import BODY, CALL, ENVELOPE, JOB_ID, Call, RetryPolicy, error_from_response
from .answers import parse, request_id_of
from .options import RequestOptions, attempt_timeout
from .payonce import DEFAULT_WAIT, Answer, read_once
from .raw import RawResponse
from .readkey import request_text, shareable
from .request import as_timeout, build_request
from .runtime import Endpoint, Runtime
from .settle import converted, journal_intent, settle_failure, submitted


async def invoke(
    runtime: Runtime,
    operation: str | OperationInfo,
    params: Mapping[str, Any],
    options: RequestOptions | None = None,
    *,
    raw: bool = False,
) -> Any:
    """Call `operation` with `params`; the typed envelope, a `Task`, or a `RawResponse`.

    With `options.cache=False` a read takes no answer from the read cache (it is sent,
    or shares an identical call in flight) and its fresh answer replaces the cached one;
    `client.with_options(cache=None)` bypasses the cache for every call.
    """
    info = operation if isinstance(operation, OperationInfo) else lookup(operation)
    prepared = validator_for(info).prepare(params)
    return await invoke_prepared(runtime, prepared, options, raw=raw)


async def invoke_prepared(
    runtime: Runtime,
    prepared: PreparedCall,
    options: RequestOptions | None = None,
    *,
    raw: bool = False,
) -> Any:
    """`invoke` for arguments checked already (a pager's): they are not checked again."""
    info = prepared.operation
    policy, timeout = runtime.retry, runtime.timeout
    cache = None
    if options is not None:
        options = options.checked(info.operation_id, has_body=info.body_model is not None)
        if options.max_retries is not None:
            policy = policy.with_retries(options.max_retries)
        if options.timeout is not None:
            timeout = as_timeout(options.timeout)
        cache = options.cache
    if (runtime.coalesce or runtime.cache is not None) and shareable(info):
        text = request_text(info, prepared.wire, options)
        if text is not None:
            return await read_once(
                runtime,
                info,
                text,
                raw=raw,
                fresh=cache is False,
                estimate=info.estimate(prepared.wire),
                wait=attempt_timeout(timeout) or DEFAULT_WAIT,
                send=functools.partial(_call, runtime, info, prepared, options, policy, timeout),
            )
    return await _call(runtime, info, prepared, options, policy, timeout, raw=raw)


async def _call(
    runtime: Runtime,
    info: OperationInfo,
    prepared: PreparedCall,
    options: RequestOptions | None,
    policy: RetryPolicy,
    timeouts: httpx.Timeout,
    *,
    raw: bool,
    shared: bool = False,
) -> Any:
    """Build, reserve and send one call: its result, or with `shared` its `Answer`."""
    core = runtime.core
    endpoint = core.endpoint(info)
    request, wire = build_request(core, endpoint, prepared, options, timeouts)
    core.check_usable()
    estimate = info.estimate(wire)
    reservation = await core.usage.reserve(info.operation_id, estimate, scope=runtime.scope)
    call = Call(
        info,
        retry=policy,
        estimate=estimate,
        reservation=reservation,
        attempt_timeout=attempt_timeout(timeouts),
    )
    request.extensions[CALL] = call
    telemetry = core.telemetry
    if not telemetry.tracing and telemetry.metrics is None:
        return await _send(runtime, info, endpoint, request, call, wire, raw=raw, shared=shared)
    return await _observed(runtime, info, endpoint, request, call, wire, raw=raw, shared=shared)


async def _observed(
    runtime: Runtime,
    info: OperationInfo,
    endpoint: Endpoint,
    request: httpx.Request,
    call: Call,
    wire: Mapping[str, Any],
    *,
    raw: bool,
    shared: bool,
) -> Any:
    """`_send` inside the call's span, counted in the calls metric."""
    telemetry = runtime.core.telemetry
    outcome = "ok"
    with telemetry.call_span(info.operation_id, info.accessor, call.estimate) as span:
        call.span = span
        try:
            return await _send(runtime, info, endpoint, request, call, wire, raw=raw, shared=shared)
        except BaseException as exc:
            outcome = type(exc).__name__
            raise
        finally:
            if span is not None:
                span.set_attribute("trenz.outcome", outcome)
            instruments = telemetry.metrics
            if instruments is not None:
                instruments.calls.add(
                    1, {"trenz.operation.id": info.operation_id, "trenz.outcome": outcome}
                )


async def _send(
    runtime: Runtime,
    info: OperationInfo,
    endpoint: Endpoint,
    request: httpx.Request,
    call: Call,
    wire: Mapping[str, Any],
    *,
    raw: bool,
    shared: bool = False,
) -> Any:
    """Journal, send, and turn the answer into the call's result; settle on failure.

    With `shared` (a read that others may share: `payonce`), the result is the `Answer`
    (envelope, body and, for a raw call, the response), which `payonce` hands to each
    caller as its own result.
    """
    core = runtime.core
    reservation = call.reservation
    assert reservation is not None  # every call through invoke reserves
    estimate = call.estimate
    journal = core.journal if info.is_async else None
    submission = None
    try:
        if journal is not None:
            submission = Submission(reservation.id, info.operation_id, wire, estimate, time.time())
            await journal_intent(journal, submission)
        response = await core.http.send(request, stream=True)
    except BaseException as exc:
        with anyio.CancelScope(shield=True):
            await settle_failure(runtime, info, reservation, submission)
        if isinstance(exc, httpx.HTTPError):  # raised outside the SDK's transport
            raise converted(info, reservation, exc) from exc
        raise
    if ENVELOPE not in response.extensions:
        # A redirect the client did not follow: not a Trenz answer.
        await response.aread()
        with anyio.CancelScope(shield=True):
            await settle_failure(runtime, info, reservation, submission)
        raise error_from_response(response)
    envelope: dict[str, Any] = response.extensions[ENVELOPE]
    if call.span is not None:
        _describe(call.span, envelope)
    if info.is_async:
        task = await submitted(
            runtime, info, response.extensions[JOB_ID], submission, wire, estimate
        )
        if raw:
            await response.aread()
            return RawResponse(response, request_id=request_id_of(envelope), parse=lambda: task)
        return task
    if shared:
        body = response.extensions.get(BODY) or b""
        if not body or (call.empty_success and not body.strip()):
            body = json.dumps(envelope).encode()  # an answer synthesized from an empty body
        if raw:
            await response.aread()
            return Answer(envelope, body, response)
        _let_go(response)
        return Answer(envelope, body, None)
    if raw:
        await response.aread()
        return RawResponse(
            response,
            request_id=request_id_of(envelope),
            parse=lambda: parse(info, endpoint, envelope),
        )
    _let_go(response)
    return parse(info, endpoint, envelope)


def _describe(span: Any, envelope: Mapping[str, Any]) -> None:
    """What the answer said, on the call's span."""
    request_id = request_id_of(envelope)
    if request_id is not None:
        span.set_attribute("trenz.request_id", request_id)
    usage = envelope.get("usage")
    coins = usage.get("coin_cost") if isinstance(usage, dict) else None
    if isinstance(coins, int) and not isinstance(coins, bool):
        span.set_attribute("trenz.coins.charged", coins)


def _let_go(response: httpx.Response) -> None:
    """Free a used response now rather than at the garbage collector's next pass.

    httpx binds a streamed response's stream to the response itself: a reference cycle
    that holds the body, the decoded envelope and the request (its body included) until
    a collection runs, which a few large answers in a row (a listing with 1 MiB pages)
    outpace. Nothing reads the response after the envelope is taken.
    """
    response.stream = httpx.ByteStream(b"")
    response.extensions.pop(ENVELOPE, None)
    response.extensions.pop(BODY, None)

"""The call path: from a method call to a typed envelope, a `Task`, or a typed error.

    validate      the registry's rules, per operation; nothing sent on error
    pay once      a read identical to one in flight, or in the read cache, shares its
                  answer instead of being sent (`payonce`)
    build         the generated module's request builder, the per-request options
    check         the client is open and on its event loop
    reserve       the estimate against the budget (`BudgetExceededError` before sending)
    journal       for a paid job: the intent, durably, before sending
    send          the client's `httpx.AsyncClient`, the `Call` on the request's extensions;
                  the SDK's transport retries, limits, authenticates, checks and counts
    parse         the envelope decoded once by the transport, into the generated model
    settle        what the transport did not spend, hold or count as uncertain goes back;
                  a new job's id is journaled and its `Task` tracked

Every failure a caller can see is a `TrenzError`: a bad argument is
`InvalidParameterError`, a response that cannot be used is `MalformedResponseError`
(only a received body's parse becomes one), and a paid call that may have been processed
without an answer is `OutcomeUnknownError`. Bugs in the SDK surface as themselves.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import Mapping
from typing import Any

import anyio
import httpx

from .._errors import APIConnectionError, InvalidParameterError, JournalError, OutcomeUnknownError
from .._jobs import Journal, Submission, Task
from .._ledger import Reservation
from .._registry import OperationInfo, PreparedCall, lookup, validator_for
from .._transport import (
    BODY,
    CALL,
    ENVELOPE,
    JOB_ID,
    Call,
    RetryPolicy,
    error_from_response,
    malformed,
)
from .answers import PARSE_ERRORS, parse, request_id_of
from .options import RequestOptions, attempt_timeout
from .payonce import DEFAULT_WAIT, Answer, read_once
from .raw import RawResponse
from .readkey import request_text, shareable
from .runtime import ClientCore, Endpoint, Runtime

logger = logging.getLogger("trenz_async")


async def invoke(
    runtime: Runtime,
    operation: str | OperationInfo,
    params: Mapping[str, Any],
    options: RequestOptions | None = None,
    *,
    raw: bool = False,
    cache: bool | None = None,
) -> Any:
    """Call `operation` with `params`; the typed envelope, a `Task`, or a `RawResponse`.

    `cache=False` makes a read take no answer from the read cache (it is sent, or shares
    an identical call in flight) and its fresh answer replaces the cached one. It is not
    a `RequestOptions` field: the typed methods do not take it yet (`client.call()` does,
    and `client.with_options(cache=None)` bypasses the cache for every method).
    """
    info = operation if isinstance(operation, OperationInfo) else lookup(operation)
    prepared = validator_for(info).prepare(params)
    policy, timeout = runtime.retry, runtime.timeout
    if options is not None:
        options = options.checked(info.operation_id, has_body=info.body_model is not None)
        if options.max_retries is not None:
            policy = policy.with_retries(options.max_retries)
        if options.timeout is not None:
            timeout = _timeout(options.timeout)
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
    request, wire = _request(core, endpoint, prepared, options, timeouts)
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
            await _journal_intent(journal, submission)
        response = await core.http.send(request, stream=True)
    except BaseException as exc:
        with anyio.CancelScope(shield=True):
            await _settle_failure(runtime, info, reservation, submission)
        if isinstance(exc, httpx.HTTPError):  # raised outside the SDK's transport
            raise _converted(info, reservation, exc) from exc
        raise
    if ENVELOPE not in response.extensions:
        # A redirect the client did not follow: not a Trenz answer.
        await response.aread()
        with anyio.CancelScope(shield=True):
            await _settle_failure(runtime, info, reservation, submission)
        raise error_from_response(response)
    envelope: dict[str, Any] = response.extensions[ENVELOPE]
    if call.span is not None:
        _describe(call.span, envelope)
    if info.is_async:
        task = await _submitted(
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


async def fetch_status(runtime: Runtime, task_id: str) -> dict[str, Any]:
    """One poll of a task: its status `data` as the server sent it.

    The lean path: the generated builder and the SDK's transport (as a poll, behind
    ordinary calls), and the decoded envelope's `data` handed back as it is.

    Raises:
        InvalidParameterError: the id would change the request path.
        TrenzError: the request failed (typed as always).
    """
    core = runtime.core
    operation = core.tracker.status_operation
    prepared = validator_for(operation).prepare({"task_id": task_id})
    core.check_usable()
    endpoint = core.endpoint(operation)
    kwargs = endpoint.build(**prepared.arguments)
    reservation = await core.usage.reserve(operation.operation_id, 0)
    request = core.http.build_request(
        kwargs["method"],
        kwargs["url"],
        extensions={
            CALL: Call(
                operation,
                retry=runtime.retry,
                reservation=reservation,
                attempt_timeout=attempt_timeout(runtime.timeout),
                poll=True,
            )
        },
    )
    try:
        response = await core.http.send(request, stream=True)
    finally:
        if reservation.open:  # free, so nothing can be uncertain: give it back
            await core.usage.release(reservation)
    envelope = response.extensions.get(ENVELOPE)
    if envelope is None:
        await response.aread()
        raise error_from_response(response)
    data = envelope["data"]
    if not isinstance(data, dict):
        raise malformed(
            status_code=response.status_code,
            body=json.dumps(envelope, default=str),
            message="the task status `data` is not an object",
        )
    return data


# ----------------------------------------------------------------- building


def _request(
    core: ClientCore,
    endpoint: Endpoint,
    prepared: PreparedCall,
    options: RequestOptions | None,
    timeout: httpx.Timeout,
) -> tuple[httpx.Request, Mapping[str, Any]]:
    """The request for a validated call, and every parameter it sends (for the estimate)."""
    info = prepared.operation
    arguments = dict(prepared.arguments)
    if endpoint.body_model is not None:
        fields = dict(prepared.body or {})
        _check_body(info, endpoint, fields)
        arguments["body"] = _Fields(fields)
    kwargs = endpoint.build(**arguments)
    params = kwargs.get("params")
    body = kwargs.get("json")
    # The builder sets no header but the JSON content type (codegen refuses header
    # parameters), and httpx sets that one itself for `json=`.
    headers = None
    wire = prepared.wire
    if options is not None:
        if options.extra_query:
            params = {**(params or {}), **options.extra_query}
        if options.extra_body:
            body = {**(body or {}), **options.extra_body}
        if options.extra_headers:
            headers = {**(headers or {}), **options.extra_headers}
        if options.extra_query or options.extra_body:
            # Extras are sent, so they are priced: a duration in extra_body counts.
            wire = {**wire, **(options.extra_query or {}), **(options.extra_body or {})}
    try:
        request = core.http.build_request(
            kwargs["method"],
            kwargs["url"],
            params=params,
            json=body,
            headers=headers,
            timeout=timeout,
        )
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidParameterError(
            f"{info.operation_id} cannot be sent with these arguments: {exc}",
            operation_id=info.operation_id,
        ) from exc
    return request, wire


def _check_body(info: OperationInfo, endpoint: Endpoint, fields: dict[str, Any]) -> None:
    """Let the generated body model check nested objects the registry does not describe.

    Top-level fields are checked already; what the model refuses is still the caller's
    mistake, reported before anything is sent.
    """
    try:
        endpoint.body_model.from_dict(fields)
    except PARSE_ERRORS as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise InvalidParameterError(
            f"{info.operation_id} body is invalid: {detail}",
            parameter=None,
            operation_id=info.operation_id,
        ) from exc


class _Fields:
    """The checked body fields, handed to the generated builder as its model would be.

    Sent as given: the model's `to_dict()` would rebuild the same JSON at a cost.
    """

    __slots__ = ("fields",)

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields

    def to_dict(self) -> dict[str, Any]:
        return self.fields


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


# ----------------------------------------------------------------- answers


async def _submitted(
    runtime: Runtime,
    info: OperationInfo,
    job_id: str,
    submission: Submission | None,
    wire: Mapping[str, Any],
    estimate: int,
) -> Task[Any]:
    """Journal a new job's id and hand back its `Task`; nothing here may lose the id."""
    core = runtime.core
    with anyio.CancelScope(shield=True):
        await _journal_confirmed(core.journal, submission, job_id)
    tracker = core.tracker
    task: Task[Any] = Task(
        tracker,
        job_id,
        operation_id=info.operation_id,
        submitted_at=submission.at if submission is not None else time.time(),
        estimated_coins=estimate,
        params=dict(wire),
    )
    tracker.submitted(task)
    return task


async def _settle_failure(
    runtime: Runtime,
    info: OperationInfo,
    reservation: Reservation,
    submission: Submission | None,
) -> None:
    """A call ended without an answer it could hand back: settle what it reserved.

    What its attempts may have cost is counted already (uncertain, or held for a job an
    answer named); the rest of the reservation goes back. A job whose id arrived is
    journaled and tracked; an intent whose call may have been processed stays in the
    journal, to be listed by `tasks.unconfirmed()`.
    """
    core = runtime.core
    if reservation.job_id is not None:
        # The job exists (an answer named it) but the call did not hand back its Task:
        # journal it so `tasks.pending()` finds it.
        logger.warning(
            "%s created job %s but the call did not complete; it is in client.tasks",
            info.operation_id,
            reservation.job_id,
        )
        wire = submission.params if submission is not None else {}
        await _submitted(runtime, info, reservation.job_id, submission, wire, reservation.estimate)
        return
    await core.usage.release(reservation)
    if submission is None or core.journal is None or reservation.uncertain_attempts:
        return
    try:
        await core.journal.not_created(submission.id)
    except OSError as exc:
        logger.error("could not journal that %s created nothing: %s", submission.id, exc)


def _converted(info: OperationInfo, reservation: Reservation, exc: httpx.HTTPError) -> Exception:
    """An httpx error raised around the SDK's transport (a redirect loop, say), typed."""
    if info.is_read:
        return APIConnectionError(f"{type(exc).__name__}: {exc}", request_sent=True)
    return OutcomeUnknownError(
        operation_id=info.operation_id, submission_id=reservation.id, estimate=reservation.estimate
    )


async def _journal_intent(journal: Journal, submission: Submission) -> None:
    try:
        with anyio.CancelScope(shield=True):  # half an intent is worse than none
            await journal.intent(submission)
    except OSError as exc:
        raise JournalError(
            f"could not journal the intent to call {submission.operation_id}, so it was "
            f"not sent: {exc}"
        ) from exc


async def _journal_confirmed(
    journal: Journal | None, submission: Submission | None, job_id: str
) -> None:
    if journal is None or submission is None:
        return
    try:
        await journal.confirmed(submission, job_id)
    except OSError as exc:
        # Raising would lose the id of a job already paid for; the caller still gets
        # its Task, and the log says a resume will see it as unconfirmed.
        logger.error("could not journal job %s (%s): %s", job_id, submission.operation_id, exc)

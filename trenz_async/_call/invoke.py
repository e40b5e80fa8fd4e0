"""The call path: from a method call to a typed envelope, a `Task`, or a typed error.

    validate      the registry's rules, per operation; nothing sent on error
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
from .._registry import OperationInfo, PreparedCall, lookup, report_unknown, validator_for
from .._transport import CALL, ENVELOPE, JOB_ID, Call, error_from_response, malformed
from .options import RequestOptions, attempt_timeout
from .raw import RawResponse
from .runtime import ClientCore, Endpoint, Runtime

logger = logging.getLogger("trenz_async")
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


async def invoke(
    runtime: Runtime,
    operation: str | OperationInfo,
    params: Mapping[str, Any],
    options: RequestOptions | None = None,
    *,
    raw: bool = False,
) -> Any:
    """Call `operation` with `params`; the typed envelope, a `Task`, or a `RawResponse`."""
    info = operation if isinstance(operation, OperationInfo) else lookup(operation)
    prepared = validator_for(info).prepare(params)
    core = runtime.core
    policy, timeout = runtime.retry, runtime.timeout
    if options is not None:
        options = options.checked(info.operation_id, has_body=info.body_model is not None)
        if options.max_retries is not None:
            policy = policy.with_retries(options.max_retries)
        if options.timeout is not None:
            timeout = _timeout(options.timeout)
    endpoint = core.endpoint(info)
    request, wire = _request(core, endpoint, prepared, options, timeout)
    core.check_usable()
    estimate = info.estimate(wire)
    reservation = await core.usage.reserve(info.operation_id, estimate, scope=runtime.scope)
    request.extensions[CALL] = Call(
        info,
        retry=policy,
        estimate=estimate,
        reservation=reservation,
        attempt_timeout=attempt_timeout(timeout),
    )
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
    if info.is_async:
        task = await _submitted(
            runtime, info, response.extensions[JOB_ID], submission, wire, estimate
        )
        if raw:
            await response.aread()
            return RawResponse(response, request_id=_request_id(envelope), parse=lambda: task)
        return task
    if raw:
        await response.aread()
        return RawResponse(
            response,
            request_id=_request_id(envelope),
            parse=lambda: _parse(info, endpoint, envelope),
        )
    _let_go(response)
    return _parse(info, endpoint, envelope)


def _let_go(response: httpx.Response) -> None:
    """Free a used response now rather than at the garbage collector's next pass.

    httpx binds a streamed response's stream to the response itself: a reference cycle
    that holds the body, the decoded envelope and the request (its body included) until
    a collection runs, which a few large answers in a row (a listing with 1 MiB pages)
    outpace. Nothing reads the response after the envelope is taken.
    """
    response.stream = httpx.ByteStream(b"")
    response.extensions.pop(ENVELOPE, None)


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
    except _PARSE_ERRORS as exc:
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


def _parse(info: OperationInfo, endpoint: Endpoint, envelope: dict[str, Any]) -> Any:
    """The envelope as the operation's generated model; only this may become malformed."""
    report_unknown(info, envelope)  # what a newer server added, at debug level
    try:
        return endpoint.response_model.from_dict(_with_basics(envelope))
    except _PARSE_ERRORS as exc:
        raise malformed(
            status_code=200,
            body=json.dumps(envelope, default=str),
            message=f"the {info.operation_id} response does not match its schema: {exc}",
            request_id=_request_id(envelope),
        ) from exc


def _with_basics(envelope: dict[str, Any]) -> dict[str, Any]:
    """The envelope with `request_id` and `usage.coin_cost` present, as the models type them.

    A server that omits usage reports no cost (the ledger counted the call at its
    estimate from the raw body); typed code reads `page.usage.coin_cost == 0` rather than
    having to rule out a missing value.
    """
    usage = envelope.get("usage")
    if (
        isinstance(usage, dict)
        and usage.get("coin_cost") is not None
        and (envelope.get("request_id") is not None)
    ):
        return envelope  # the usual case: nothing to fill, nothing copied
    filled = dict(envelope)
    if not isinstance(usage, dict):
        filled["usage"] = {"coin_cost": 0}
    elif usage.get("coin_cost") is None:
        filled["usage"] = {**usage, "coin_cost": 0}
    if filled.get("request_id") is None:
        filled["request_id"] = ""
    return filled


def _request_id(envelope: Mapping[str, Any]) -> str | None:
    value = envelope.get("request_id")
    return value if isinstance(value, str) else None


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

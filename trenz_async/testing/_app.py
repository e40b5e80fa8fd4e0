"""`FakeTrenz`: the fake Trenz API as an ASGI application, and its controls."""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable, Collection, Mapping
from typing import Any

import anyio
import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .._registry import OperationInfo, operations, task_status_operation
from . import _spec
from ._codes import ErrorCode, FakeAPIError, error_response, json_response
from ._faults import FaultKind, FaultPlan
from ._jobs import JobBook, StatusVocabulary
from ._ledger import Ledger
from ._paging import ListPager
from ._params import parse, read_body
from ._ratelimit import SlidingWindow
from ._records import FakeStatistics, RequestRecord
from ._routes import Router
from ._server import DropConnection, serve_in_thread
from ._shapes import record_fields, resource_noun
from ._state import RATE_LIMIT_HEADER, State
from ._synth import Synthesizer, stable_rng
from ._transport import FakeTransport

TEST_API_KEY = "sk_test_fake"
DEFAULT_BALANCE = 1_000_000_000
_JOB_ID_FIELDS = ("task_id", "job_id")
_TOTAL_FIELDS = ("total", "total_count")
_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
_HTML_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


class FakeTrenz:
    """A stateful fake of the Trenz Open Platform API, as an ASGI application.

    It serves every operation in `trenz_async.OPERATIONS` with the real envelope, errors,
    billing, async jobs, rate limit and pagination, answering with data synthesized from the
    spec (the same request always gets the same data). Run it over real sockets with
    `serve()`, or in-process with `transport()`.

    Args:
        keys: API key -> coin balance. Default: `TEST_API_KEY` with a large balance.
        seed: seeds the data, ids, job outcomes and faults.
        job_duration: seconds from submission until an async job finishes.
        job_failure_ratio: the share of jobs that fail and are refunded.
        rate_limit: `(requests, seconds)`, a sliding window per key; `None` disables it.
        faults: the faults to inject; `fake.faults` is an empty plan otherwise.
        clock: returns the time in seconds; jobs and the rate limit run on it.
        status_vocabulary: task statuses as the spec's schema words them
            (`pending|running|completed|refunded`) or as its tag text does
            (`running|success|failed`).
        list_total: the range each list query's total item count is drawn from.
        retired: operation ids this fake does not serve, like a newer server that dropped
            them: their requests get 404 ROUTE_NOT_FOUND.
    """

    def __init__(
        self,
        *,
        keys: Mapping[str, int] | None = None,
        seed: int = 0,
        job_duration: float = 0.2,
        job_failure_ratio: float = 0.0,
        rate_limit: tuple[int, float] | None = (200, 60.0),
        faults: FaultPlan | None = None,
        clock: Callable[[], float] = time.monotonic,
        status_vocabulary: StatusVocabulary = "schema",
        list_total: tuple[int, int] = (25, 75),
        retired: Collection[str] = (),
    ) -> None:
        if job_duration < 0:
            raise ValueError("job_duration must not be negative")
        if not 0.0 <= job_failure_ratio <= 1.0:
            raise ValueError("job_failure_ratio must lie between 0 and 1")
        if status_vocabulary not in ("schema", "tag"):
            raise ValueError("status_vocabulary must be 'schema' or 'tag'")
        if not 0 <= list_total[0] <= list_total[1]:
            raise ValueError("list_total must be a (low, high) range of counts")
        self._seed = seed
        self._vocabulary: StatusVocabulary = status_vocabulary
        unknown = sorted(set(retired) - set(operations()))
        if unknown:
            raise ValueError(f"retired names unknown operations: {', '.join(unknown)}")
        gone = frozenset(retired)
        self._router = Router(
            info for info in operations().values() if info.operation_id not in gone
        )
        self._pager = ListPager(seed=seed, list_total=list_total)
        limiter = None if rate_limit is None else SlidingWindow(*rate_limit, clock=clock)
        jobs = JobBook(seed=seed, duration=job_duration, failure_ratio=job_failure_ratio)
        self._state = State(
            keys={TEST_API_KEY: DEFAULT_BALANCE} if keys is None else keys,
            seed=seed,
            jobs=jobs,
            limiter=limiter,
            faults=FaultPlan() if faults is None else faults,
            clock=clock,
        )
        route = Route("/{path:path}", self._endpoint, methods=_METHODS)
        self._app = Starlette(routes=[route])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI entry point."""
        await self._app(scope, receive, send)

    # -- controls ------------------------------------------------------------------------

    @property
    def faults(self) -> FaultPlan:
        """The fault plan; `fake.faults.schedule(...)` works at any time."""
        return self._state.faults

    @property
    def quota_exceeded(self) -> bool:
        """While true, paid calls get 429 QUOTA_EXCEEDED (task polling still works)."""
        return self._state.quota_exceeded

    @quota_exceeded.setter
    def quota_exceeded(self, value: bool) -> None:
        self._state.quota_exceeded = value

    def revoke(self, key: str) -> None:
        """Revoke a key: its calls get 401 AUTH_KEY_REVOKED from now on."""
        with self._state.lock:
            self._state.account(key).revoked = True

    def suspend(self, key: str, suspended: bool = True) -> None:
        """Suspend (or reinstate) a key: 401 AUTH_KEY_SUSPENDED while suspended."""
        with self._state.lock:
            self._state.account(key).suspended = suspended

    def set_balance(self, key: str, coins: int) -> None:
        """Set a key's coin balance, adding the key if it is new."""
        self._state.set_balance(key, coins)

    def set_scopes(self, key: str, scopes: Collection[str] | None) -> None:
        """Limit a key to these `x-scope`s (403 FORBIDDEN_SCOPE outside them); `None` lifts it."""
        self._state.set_scopes(key, scopes)

    def balance(self, key: str = TEST_API_KEY) -> int:
        """A key's coin balance now."""
        return self._state.balance(key)

    @property
    def ledger(self) -> Ledger:
        """A frozen snapshot of every key's coin movements (see `Ledger`)."""
        return self._state.ledger()

    @property
    def requests(self) -> tuple[RequestRecord, ...]:
        """Every request received so far, oldest first."""
        return self._state.records()

    def statistics(self) -> FakeStatistics:
        """A frozen snapshot of the counters."""
        return self._state.statistics()

    # -- ways to run ---------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def serve(self, *, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve over real sockets (uvicorn in a background thread); yields the base URL.

        uvicorn runs on asyncio, so it gets a thread and an event loop of its own: the same
        code then works under asyncio and trio. On exit the server is shut down and joined.

        Args:
            host: the interface to listen on.
            port: the port; 0 picks a free one.
        """
        async with serve_in_thread(self, host=host, port=port) as base_url:
            yield base_url

    def transport(self) -> httpx.AsyncBaseTransport:
        """An in-process httpx transport to this fake (no sockets).

        A dropped connection surfaces as `httpx.RemoteProtocolError`, as it would over a
        socket. Use it as `httpx.AsyncClient(transport=fake.transport(),
        base_url="http://localhost")`.
        """
        return FakeTransport(self)

    # -- request handling ----------------------------------------------------------------

    async def _endpoint(self, request: Request) -> Response:
        state = self._state
        arrived = state.clock()
        request_id = state.next_request_id()
        info: OperationInfo | None = None
        fault: FaultKind | None = None
        error: FakeAPIError | None = None
        headers = {}
        if state.limiter is not None:
            headers[RATE_LIMIT_HEADER] = str(state.limiter.limit)
        try:
            match = self._router.match(request.method, request.url.path)
            if match is None:
                raise FakeAPIError(
                    ErrorCode.ROUTE_NOT_FOUND, f"No endpoint {request.method} {request.url.path}"
                )
            info, path_params = match
            # Read the whole body first: closing a socket with unread input makes the
            # kernel send a reset instead of a clean end of stream.
            raw_body = await request.body()
            key = state.authenticate(_api_key(request))
            state.admit(key)
            fault = state.choose_fault(info.operation_id)
            response = await self._early_fault(fault, request_id, headers)
            if response is None:
                state.authorize(key, info)
                body = read_body(raw_body) if info.method != "GET" else {}
                params = parse(info, path_params=path_params, query=request.query_params, body=body)
                envelope = self._process(info, key, params, request_id)
                if fault is FaultKind.DROP_AFTER:
                    response = DropConnection()
                elif fault is not None and fault.after_processing:
                    assert fault.error_code is not None
                    raise FakeAPIError(fault.error_code)
                else:
                    response = json_response(200, envelope, headers)
        except FakeAPIError as exc:
            error = exc
            response = error_response(exc, request_id, headers)
        state.record(
            RequestRecord(
                method=request.method,
                path=request.url.path,
                status=None if isinstance(response, DropConnection) else response.status_code,
                operation_id=None if info is None else info.operation_id,
                error_code=None if error is None else error.code.value,
                fault=fault,
                request_id=request_id,
                at=arrived,
            )
        )
        return response

    async def _early_fault(
        self, fault: FaultKind | None, request_id: str, headers: Mapping[str, str]
    ) -> Response | None:
        """The response for a fault that stops the request before processing, if any."""
        if fault is None or fault.after_processing:
            return None
        if fault is FaultKind.LATENCY:
            await anyio.sleep(self._state.faults.latency)
            return None
        if fault is FaultKind.DROP_BEFORE:
            return DropConnection()
        if fault is FaultKind.HTML_502:
            return Response(_HTML_502, status_code=502, media_type="text/html", headers=headers)
        if fault is FaultKind.EMPTY_520:
            return Response(b"", status_code=520, headers=headers)
        code = fault.error_code
        assert code is not None  # every other kind is a JSON error
        return error_response(FakeAPIError(code), request_id, headers)

    def _process(
        self, info: OperationInfo, key: str, params: Mapping[str, Any], request_id: str
    ) -> dict[str, Any]:
        """Do the call: charge it, create its job, and build the success envelope."""
        state = self._state
        if info.operation_id == task_status_operation().operation_id:
            task = state.find_job(key, str(params.get("task_id", "")))
            data: dict[str, Any] = task.view(state.clock(), self._vocabulary)
            usage = {"coin_cost": 0, "remaining_balance": state.balance(key)}
            return {"data": data, "request_id": request_id, "usage": usage}
        data, extras = self._synthesize(info, params)
        coins = info.estimate(params) if info.is_paid else 0
        job, balance = state.charge(key, info, coins, request_id, params)
        if job is not None and info.job_id_field is not None:
            for field in _JOB_ID_FIELDS:
                data.pop(field, None)
            data[info.job_id_field] = job.id
        usage = {"coin_cost": coins, "remaining_balance": balance}
        return {"data": data, "request_id": request_id, "usage": usage, **extras}

    def _synthesize(
        self, info: OperationInfo, params: Mapping[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The call's `data` and any list extras for the envelope, stable per parameters."""
        envelope = _spec.response_schema(info.method, info.path)
        schema = _spec.property_schema(envelope, "data") or {"type": "object"}
        echo = {k: v for k, v in params.items() if not isinstance(v, list | dict)}
        detail = "id" in params and info.pagination is None
        if detail:
            # `/products/{id}` answers with that product: `product_id` is the path's id.
            echo[f"{resource_noun(info)}_id"] = params["id"]
        paging = info.pagination
        # A list's page changes its items, not the rest of its data.
        stable = {
            k: v
            for k, v in params.items()
            if paging is None or k not in (paging.position_param, paging.size_param)
        }
        rng = stable_rng(self._seed, info.operation_id, stable)
        synth = Synthesizer(
            rng, echo=echo, array_length=(1, 1) if detail else (1, 3), record=record_fields(info)
        )
        data = synth.object(schema)
        if paging is not None:
            return data, self._pager.fill(info, params, data, schema)
        _count_list(data)
        return data, {}


def _count_list(data: dict[str, Any]) -> None:
    """Make a `total`/`total_count` next to the one list in `data` agree with its length."""
    lists = [value for value in data.values() if isinstance(value, list)]
    if len(lists) != 1:
        return
    for field in _TOTAL_FIELDS:
        if isinstance(data.get(field), int):
            data[field] = len(lists[0])


def _api_key(request: Request) -> str | None:
    """The key from `X-API-Key`, else from `Authorization: Bearer`."""
    key = request.headers.get("x-api-key", "").strip()
    if key:
        return key
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None

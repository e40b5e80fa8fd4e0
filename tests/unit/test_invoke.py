"""The call path's money safety: what a call may have cost stays counted, and no job is lost.

Each test pins one edge that once lost coins, a job id or a typed error (issue 8): paid
reads charged twice, a budget that forgot unknown outcomes, a client reused across event
loops, a body trickled forever, untyped parse failures, SDK bugs dressed as server faults.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
import respx

from trenz_async import (
    APIConnectionError,
    APITimeoutError,
    BudgetExceededError,
    ClientClosedError,
    EventLoopMismatchError,
    InvalidParameterError,
    MalformedResponseError,
    OperationInfo,
    OutcomeUnknownError,
    ParamLocation,
    RateLimit,
    RetryPolicy,
    Task,
    TrenzClient,
)

from .helpers import (
    API_KEY,
    BASE_URL,
    arguments,
    cheap_read,
    costly_read,
    detail_read,
    envelope,
    job,
    make_client,
    minimal_arguments,
    path_param,
    typed,
)

pytestmark = pytest.mark.anyio

SEARCH = cheap_read()  # a data read of a few coins: retried after an ambiguous failure
AVATAR = costly_read()  # an AI read of hundreds of coins: never retried after one
JOB = job()  # an async job
RETRIES = RetryPolicy(max_retries=3, initial_backoff=0.0, max_backoff=0.0)


def processed_then_dropped(info: Any, charged: list[int]) -> Callable[[httpx.Request], Any]:
    """A server that does the work (and charges it) and then drops the connection."""

    def answer(request: httpx.Request) -> Any:
        charged.append(info.coin_cost)
        raise httpx.RemoteProtocolError("peer closed connection without sending a response")

    return answer


def _route(router: respx.MockRouter, info: Any) -> respx.Route:
    return router.route(method=info.method, url__startswith=f"{BASE_URL}{info.path}")


async def search(trenz: TrenzClient, **overrides: Any) -> Any:
    """The typed search method (`client.products.search(...)`), minimal arguments."""
    return await typed(trenz, SEARCH)(**arguments(SEARCH, **overrides))


async def submit(trenz: TrenzClient) -> Any:
    """The typed job method (`client.ai_image.generate(...)`), minimal arguments."""
    return await typed(trenz, JOB)(**minimal_arguments(JOB))


def free_text(info: OperationInfo) -> str:
    """A query parameter of `info` that takes any string (a keyword)."""
    for param in info.params:
        if param.location is ParamLocation.QUERY and param.json_type == "string" and not param.enum:
            return param.python_name
    pytest.skip(f"{info.operation_id} has no free-text query parameter")


# ----------------------------------------------------------------- 1. paid reads


async def test_a_paid_read_dropped_after_processing_is_not_charged_twice(
    router: respx.MockRouter,
) -> None:
    """A costly read dropped after processing is sent once; its estimate is uncertain."""
    charged: list[int] = []
    _route(router, AVATAR).mock(side_effect=processed_then_dropped(AVATAR, charged))
    async with make_client(retry=RETRIES) as trenz:
        with pytest.raises(OutcomeUnknownError) as caught:
            await trenz.call(AVATAR.operation_id, **minimal_arguments(AVATAR))
        snap = trenz.usage.snapshot()
        [charge] = trenz.usage.uncertain()
    assert charged == [AVATAR.coin_cost]
    assert (snap.coins_uncertain, snap.coins_spent) == (AVATAR.coin_cost, 0)
    assert charge.id == caught.value.submission_id
    assert caught.value.estimate == AVATAR.coin_cost


async def test_a_cheap_read_is_retried_and_each_ambiguous_attempt_counted(
    router: respx.MockRouter,
) -> None:
    """A cheap search dropped twice then answered: three sends, one spent, two uncertain."""
    charged: list[int] = []
    drop = processed_then_dropped(SEARCH, charged)
    ok = httpx.Response(200, json=envelope(SEARCH))
    _route(router, SEARCH).mock(side_effect=[drop, drop, ok])
    async with make_client(retry=RETRIES) as trenz:
        await search(trenz)
        snap = trenz.usage.snapshot()
    assert (snap.coins_spent, snap.coins_uncertain) == (SEARCH.coin_cost, 2 * SEARCH.coin_cost)


# ----------------------------------------------------------------- 2. the budget remembers


async def test_unknown_outcomes_keep_the_budget_from_being_passed(
    router: respx.MockRouter,
) -> None:
    """A budget for two jobs, jobs charged then dropped: only two are ever sent."""
    charged: list[int] = []
    route = _route(router, JOB).mock(side_effect=processed_then_dropped(JOB, charged))
    async with make_client(max_coins=2 * JOB.coin_cost) as trenz:
        outcomes = []
        for _ in range(10):
            try:
                await submit(trenz)
            except (OutcomeUnknownError, BudgetExceededError) as exc:
                outcomes.append(type(exc))
        snap = trenz.usage.snapshot()
    assert route.call_count == 2
    assert sum(charged) == 2 * JOB.coin_cost
    assert outcomes == [OutcomeUnknownError] * 2 + [BudgetExceededError] * 8
    assert (snap.coins_uncertain, snap.coins_held) == (2 * JOB.coin_cost, 0)


async def test_cancelling_before_sending_releases_the_reservation(
    router: respx.MockRouter,
) -> None:
    """A call cancelled while the rate limiter holds it back gives its estimate back."""
    route = _route(router, JOB).respond(200, json=envelope(JOB))
    async with make_client(max_coins=JOB.coin_cost, rate_limit=RateLimit(1, 60.0)) as trenz:
        await trenz.limiter.pause(60.0)
        with anyio.move_on_after(0.05):
            await submit(trenz)
        snap = trenz.usage.snapshot()
        assert trenz.usage._reserved == 0
    assert route.call_count == 0
    assert (snap.coins_uncertain, snap.coins_held) == (0, 0)


async def test_cancelling_after_sending_keeps_the_estimate_uncertain(
    router: respx.MockRouter,
) -> None:
    """A call cancelled while its request is on the wire may have been charged: it stays counted."""
    arrived = anyio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        arrived.set()
        await anyio.sleep(60)
        return httpx.Response(200, json=envelope(JOB))

    _route(router, JOB).mock(side_effect=slow)
    async with make_client(max_coins=JOB.coin_cost) as trenz:
        async with anyio.create_task_group() as group:
            group.start_soon(submit, trenz)
            await arrived.wait()
            group.cancel_scope.cancel()
        snap = trenz.usage.snapshot()
        with pytest.raises(BudgetExceededError):
            await submit(trenz)
    assert snap.coins_uncertain == JOB.coin_cost


# ----------------------------------------------------------------- 4. event loops, closing


@pytest.mark.parametrize("first", ["asyncio", "trio"])
def test_a_client_refuses_a_second_event_loop_before_sending(first: str) -> None:
    """Reused in a second run of either backend, the client refuses before anything is sent."""
    with respx.mock(assert_all_called=False) as router:
        searches = _route(router, SEARCH).respond(200, json=envelope(SEARCH))
        jobs = _route(router, JOB).respond(200, json=envelope(JOB))
        trenz = make_client()

        async def twice(trenz: TrenzClient) -> None:
            await search(trenz)
            await search(trenz)  # the loop it began on: welcome

        anyio.run(twice, trenz, backend=first)
        for backend in ("asyncio", "trio"):
            with pytest.raises(EventLoopMismatchError, match="one client per run"):
                anyio.run(submit, trenz, backend=backend)
    assert (searches.call_count, jobs.call_count) == (2, 0)
    assert trenz.usage.snapshot().coins_held == 0


async def test_a_closed_client_refuses_calls_and_waits(router: respx.MockRouter) -> None:
    """After aclose(), calls and task waits raise ClientClosedError, not httpx's RuntimeError."""
    route = _route(router, SEARCH).respond(200, json=envelope(SEARCH))
    trenz = make_client()
    task = Task(trenz._runtime.tracker, "t1")
    await trenz.aclose()
    with pytest.raises(ClientClosedError):
        await search(trenz)
    with pytest.raises(ClientClosedError):
        await task.wait(timeout=1)
    assert route.call_count == 0


# ----------------------------------------------------------------- 5. attempt timeouts


async def _trickling_server(
    delay: float, task_status: anyio.abc.TaskStatus[int] = anyio.TASK_STATUS_IGNORED
) -> None:
    """A loopback server that answers headers at once, then one body byte per `delay`."""
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")

    async def serve(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            await stream.receive()
            await stream.send(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n"
            )
            for _ in range(1000):
                await stream.send(b" ")
                await anyio.sleep(delay)

    async with listener:
        task_status.started(listener.extra(anyio.abc.SocketAttribute.local_port))
        await listener.serve(serve)


async def test_a_trickled_body_cannot_outlast_the_attempt_timeout() -> None:
    """A server sending one byte per 0.05 s cannot keep a timeout=0.5 call alive: it times out."""
    async with anyio.create_task_group() as group:
        port = await group.start(_trickling_server, 0.05)
        async with TrenzClient(
            api_key=API_KEY, base_url=f"http://127.0.0.1:{port}", timeout=0.5, max_retries=0
        ) as trenz:
            with anyio.fail_after(20):  # a guard against the bug itself, not a timing assertion
                with pytest.raises(APITimeoutError, match="attempt took longer"):
                    await search(trenz)
        group.cancel_scope.cancel()


async def test_a_per_request_timeout_bounds_that_request_only(router: respx.MockRouter) -> None:
    """timeout= on one call reaches that request's httpx timeouts and its attempt deadline."""
    route = _route(router, SEARCH).respond(200, json=envelope(SEARCH))
    async with make_client() as trenz:
        await trenz.call(SEARCH.accessor, **minimal_arguments(SEARCH), timeout=3)
        await trenz.call(SEARCH.accessor, **minimal_arguments(SEARCH))
    quick, default = (call.request for call in route.calls)
    assert quick.extensions["timeout"]["read"] == 3
    assert default.extensions["timeout"]["read"] == 60


# ----------------------------------------------------------------- 7. untyped failures


@pytest.mark.parametrize(
    "body",
    [
        b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b', "request_id": "r"}',
        b'{"data": {"items": []}, "request_id": "r", "usage": {"coin_cost": Infinity}}',
        b'{"data": {"items": []}, "request_id": "r", "usage": {"coin_cost": NaN}}',
    ],
    ids=["nested-100000", "infinity", "nan"],
)
async def test_hostile_bodies_become_malformed_response_errors(
    router: respx.MockRouter, body: bytes
) -> None:
    """A 200 nested 100,000 deep or with a non-finite coin cost is a MalformedResponseError."""
    _route(router, SEARCH).respond(200, content=body)
    async with make_client() as trenz:
        with pytest.raises(MalformedResponseError):
            await search(trenz)
        # The server did answer 200: what it charged is not known.
        assert trenz.usage.snapshot().coins_uncertain == SEARCH.coin_cost


async def test_a_huge_path_value_is_refused_before_sending(router: respx.MockRouter) -> None:
    """A 70,000-character id is an InvalidParameterError, never httpx.InvalidURL."""
    detail = detail_read()
    huge_id = {path_param(detail).python_name: "x" * 70_000}
    async with make_client() as trenz:
        with pytest.raises(InvalidParameterError, match="characters long"):
            await typed(trenz, detail)(**arguments(detail, **huge_id))
        with pytest.raises(InvalidParameterError):
            await search(trenz, **{free_text(SEARCH): "k" * 70_000})
    assert not router.calls


async def test_a_job_answer_that_cannot_be_read_keeps_the_job(router: respx.MockRouter) -> None:
    """A submission's answer with the job id but a broken envelope: OutcomeUnknownError with the id, and the job tracked."""
    body = {"data": {str(JOB.job_id_field): "job-7"}, "request_id": "r", "usage": "broken"}
    _route(router, JOB).respond(200, json=body)
    async with make_client() as trenz:
        with pytest.raises(OutcomeUnknownError) as caught:
            await submit(trenz)
        assert caught.value.job_id == "job-7"
        assert trenz.tasks.get("job-7").operation_id == JOB.operation_id
        assert trenz.usage.snapshot().coins_held == JOB.coin_cost


# ----------------------------------------------------------------- 11. bugs stay bugs


async def test_an_sdk_bug_is_not_reported_as_a_server_fault(router: respx.MockRouter) -> None:
    """A TypeError inside the rate limiter surfaces as TypeError, not MalformedResponseError."""
    _route(router, SEARCH).respond(200, json=envelope(SEARCH))
    async with make_client() as trenz:

        async def broken(*, poll: bool = False) -> object:
            raise TypeError("a bug in the limiter")

        trenz.limiter.acquire = broken  # type: ignore[method-assign]
        with pytest.raises(TypeError, match="a bug in the limiter"):
            await search(trenz)
        assert trenz.usage._reserved == 0


async def test_an_httpx_error_outside_the_transport_is_typed(router: respx.MockRouter) -> None:
    """A redirect loop (httpx.TooManyRedirects) becomes a TrenzError subclass."""
    loop = f"{BASE_URL}{SEARCH.path}"
    _route(router, SEARCH).respond(302, headers={"Location": loop})
    async with make_client(http_options={"follow_redirects": True, "max_redirects": 2}) as trenz:
        with pytest.raises(APIConnectionError) as caught:
            await search(trenz)
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)

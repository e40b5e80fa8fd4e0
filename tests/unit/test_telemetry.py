"""OpenTelemetry: a span per call and per task wait, and the SDK's metrics, through
providers of the caller's choosing; nothing at all when switched off."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
import respx
from opentelemetry import trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from trenz_async import (
    RateLimit,
    RateLimitError,
    ReadCache,
    RetryPolicy,
    RouteNotFoundError,
    Telemetry,
    TrenzClient,
)

from .helpers import (
    API_KEY,
    BASE_URL,
    INSTANT_POLLS,
    cheap_read,
    envelope,
    error_body,
    job,
    minimal_arguments,
    task_status_url,
    url_of,
)

pytestmark = pytest.mark.anyio

READ = cheap_read()
JOB = job()


class Recorded:
    """In-memory providers and what they received."""

    def __init__(self) -> None:
        self.spans = InMemorySpanExporter()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans))
        self.reader = InMemoryMetricReader()
        self.telemetry = Telemetry(
            tracer_provider=tracer_provider,
            meter_provider=MeterProvider(metric_readers=[self.reader]),
        )

    def metric(self, name: str) -> list[Any]:
        data = self.reader.get_metrics_data()
        points = []
        for resource in data.resource_metrics if data else ():
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    if metric.name == name:
                        points.extend(metric.data.data_points)
        return points

    def total(self, name: str) -> float:
        return sum(point.value for point in self.metric(name))


@pytest.fixture
def recorded() -> Recorded:
    return Recorded()


def _client(recorded: Recorded, **options: Any) -> TrenzClient:
    options.setdefault("rate_limit", None)
    options.setdefault("poll", INSTANT_POLLS)
    return TrenzClient(api_key=API_KEY, base_url=BASE_URL, telemetry=recorded.telemetry, **options)


async def test_a_call_has_one_span_with_its_coins_and_outcome(recorded: Recorded) -> None:
    """One CLIENT span per call, named after the operation, current while it is sent."""
    current: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        current.append(trace.get_current_span())  # an instrumented httpx would nest here
        return httpx.Response(200, json={**envelope(READ), "request_id": "req-7"})

    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).mock(side_effect=answer)
        async with _client(recorded) as client:
            await client.call(READ.operation_id, **minimal_arguments(READ))
    [span] = recorded.spans.get_finished_spans()
    assert span.name == f"trenz {READ.operation_id}"
    assert span.kind is trace.SpanKind.CLIENT
    attributes = dict(span.attributes or {})
    assert attributes["trenz.operation.id"] == READ.operation_id
    assert attributes["trenz.operation.accessor"] == READ.accessor
    assert attributes["trenz.coins.estimated"] == READ.coin_cost
    assert attributes["trenz.coins.charged"] == READ.coin_cost
    assert attributes["trenz.request_id"] == "req-7"
    assert (attributes["trenz.attempts"], attributes["trenz.outcome"]) == (1, "ok")
    assert current[0].get_span_context().span_id == span.context.span_id
    assert recorded.total("trenz.calls") == 1
    assert recorded.total("trenz.coins.spent") == READ.coin_cost


async def test_retry_decisions_are_span_events(recorded: Recorded) -> None:
    """A retried attempt shows up as an event and in the attempt count."""
    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).mock(
            side_effect=[
                httpx.Response(503, json=error_body("BACKEND_UNAVAILABLE")),
                httpx.Response(200, json=envelope(READ)),
            ]
        )
        async with _client(recorded, retry=RetryPolicy(initial_backoff=0.0)) as client:
            await client.call(READ.operation_id, **minimal_arguments(READ))
    [span] = recorded.spans.get_finished_spans()
    assert span.attributes is not None
    assert span.attributes["trenz.attempts"] == 2
    [event] = [event for event in span.events if event.name == "trenz.retry_decision"]
    assert event.attributes is not None
    assert event.attributes["trenz.decision"] == "retry"
    assert event.attributes["http.response.status_code"] == 503


async def test_a_failed_call_records_its_outcome(recorded: Recorded) -> None:
    """The span and the calls metric name the error a call ended with."""
    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).respond(404, json=error_body("ROUTE_NOT_FOUND"))
        async with _client(recorded) as client:
            with pytest.raises(RouteNotFoundError):
                await client.call(READ.operation_id, **minimal_arguments(READ))
    [span] = recorded.spans.get_finished_spans()
    assert span.attributes is not None
    assert span.attributes["trenz.outcome"] == "RouteNotFoundError"
    [point] = recorded.metric("trenz.calls")
    assert point.attributes["trenz.outcome"] == "RouteNotFoundError"


async def test_a_task_wait_has_a_span_and_polls_are_counted(recorded: Recorded) -> None:
    """task.wait() is one span; polls and held coins show in the metrics."""
    with respx.mock() as router:
        router.route(method=JOB.method, url__startswith=url_of(JOB)).respond(
            200, json=envelope(JOB, {str(JOB.job_id_field): "job-1"})
        )
        router.get(task_status_url("job-1")).mock(
            side_effect=[
                httpx.Response(200, json=envelope(None, {"task_id": "job-1", "status": "running"})),
                httpx.Response(
                    200, json=envelope(None, {"task_id": "job-1", "status": "completed"})
                ),
            ]
        )
        async with _client(recorded) as client:
            task = await client.call(JOB.operation_id, **minimal_arguments(JOB))
            assert recorded.total("trenz.coins.held") == task.estimated_coins
            await task.wait(timeout=5)
    names = [span.name for span in recorded.spans.get_finished_spans()]
    assert f"trenz wait {JOB.operation_id}" in names
    assert recorded.total("trenz.polls") == 2
    assert recorded.total("trenz.coins.held") == 0
    assert recorded.total("trenz.coins.spent") == task.estimated_coins


async def test_a_429_pause_and_limiter_waits_are_measured(recorded: Recorded) -> None:
    """A 429 counts one pause; every request's wait for the gate is recorded."""
    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).respond(
            429, json=error_body("RATE_LIMITED"), headers={"Retry-After": "30"}
        )
        async with _client(
            recorded, rate_limit=RateLimit(100, 60.0), retry=RetryPolicy(max_retries=0)
        ) as client:
            with pytest.raises(RateLimitError):
                await client.call(READ.operation_id, **minimal_arguments(READ))
    assert recorded.total("trenz.rate_limit.pauses") == 1
    [wait] = recorded.metric("trenz.rate_limit.wait")
    assert wait.count == 1
    assert recorded.total("trenz.requests.in_flight") == 0


async def test_a_cache_hit_has_a_span_of_its_own(recorded: Recorded) -> None:
    """A read answered from the cache: an INTERNAL span, nothing charged, what it saved."""
    with respx.mock() as router:
        route = router.get(url__startswith=url_of(READ)).respond(200, json=envelope(READ))
        async with _client(recorded, cache=ReadCache()) as client:
            for _ in range(2):
                await client.call(READ.operation_id, **minimal_arguments(READ))
    assert route.call_count == 1
    sent, hit = recorded.spans.get_finished_spans()
    assert (sent.kind, hit.kind) == (trace.SpanKind.CLIENT, trace.SpanKind.INTERNAL)
    assert hit.name == f"trenz {READ.operation_id}"
    attributes = dict(hit.attributes or {})
    assert attributes["trenz.shared"] == "cache"
    assert attributes["trenz.coins.charged"] == 0
    assert attributes["trenz.coins.saved"] == READ.coin_cost
    assert attributes["trenz.outcome"] == "ok"
    assert recorded.total("trenz.calls") == 1  # the metric counts requests' calls


@pytest.mark.parametrize("status", [200, 404])
async def test_a_follower_has_a_span_for_its_wait(recorded: Recorded, status: int) -> None:
    """An identical read in flight answers the follower: its span covers the wait and ends
    with the leader's outcome."""
    entered = anyio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        entered.set()
        await anyio.sleep(0.05)
        body = envelope(READ) if status == 200 else error_body("ROUTE_NOT_FOUND")
        return httpx.Response(status, json=body)

    outcomes: list[str] = []

    async def read(client: TrenzClient) -> None:
        try:
            await client.call(READ.operation_id, **minimal_arguments(READ))
            outcomes.append("ok")
        except RouteNotFoundError as exc:
            outcomes.append(type(exc).__name__)

    with respx.mock() as router:
        route = router.get(url__startswith=url_of(READ)).mock(side_effect=slow)
        async with _client(recorded) as client, anyio.create_task_group() as group:
            group.start_soon(read, client)
            await entered.wait()
            group.start_soon(read, client)
    assert route.call_count == 1
    expected = "ok" if status == 200 else "RouteNotFoundError"
    assert outcomes == [expected, expected]
    [follower] = [
        span for span in recorded.spans.get_finished_spans() if span.kind is trace.SpanKind.INTERNAL
    ]
    attributes = dict(follower.attributes or {})
    assert attributes["trenz.shared"] == "flight"
    assert attributes["trenz.outcome"] == expected
    assert attributes.get("trenz.coins.saved") == (READ.coin_cost if status == 200 else None)


async def test_switched_off_records_nothing(recorded: Recorded) -> None:
    """Telemetry(enabled=False) records no span and no metric, whatever the providers."""
    off = Telemetry(
        tracer_provider=recorded.telemetry._tracer_provider,
        meter_provider=recorded.telemetry._meter_provider,
        enabled=False,
    )
    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).respond(200, json=envelope(READ))
        async with TrenzClient(
            api_key=API_KEY, base_url=BASE_URL, rate_limit=None, telemetry=off
        ) as client:
            await client.call(READ.operation_id, **minimal_arguments(READ))
    assert recorded.spans.get_finished_spans() == ()
    assert recorded.metric("trenz.calls") == []


def test_unconfigured_global_providers_cost_nothing() -> None:
    """With only the API installed (no SDK configured), telemetry stays off."""
    telemetry = Telemetry()
    assert telemetry.tracing is False
    assert telemetry.metrics is None

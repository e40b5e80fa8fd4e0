"""OpenTelemetry, natively: one span per call and per task wait, and the SDK's metrics.

The convention of natively instrumented libraries: when `opentelemetry-api` is
importable (`pip install 'trenz_async[otel]'`), the SDK emits through the global tracer
and meter providers, which do nothing until the application configures the
OpenTelemetry SDK. Until then (and without the API, or with `TrenzClient(telemetry=False)`)
every hook is one attribute check: nothing is created, nothing is recorded. A
`Telemetry(tracer_provider=..., meter_provider=...)` passed as `telemetry=` uses those
providers instead of the global ones (tests, or an application that keeps its own).

Spans:
- `trenz <operation id>` per call (kind CLIENT, so instrumented httpx spans nest under
  it), with the accessor, the spec id, the coins estimated and charged, the attempts, a
  `retry` event per retry decision, the request id and the outcome;
- `trenz wait <operation id>` per task wait (`task.wait()`, `as_completed`, `wait_all`).

Metrics (instrument names start with `trenz.`): calls, coins spent (counted when
charged or settled), coins held and uncertain (observed from the ledger), 429 pauses,
limiter wait time, requests in flight, polls.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .._version import __version__

_metrics: Any = None
_trace: Any = None
_looked_up = False


def _api_available() -> bool:
    """Import the OpenTelemetry API (the `otel` extra) at the first client, not with the
    package: `import trenz_async` should not pay ~9 ms for it."""
    global _metrics, _trace, _looked_up
    if not _looked_up:
        _looked_up = True
        try:
            from opentelemetry import metrics, trace
        except ImportError:  # pragma: no cover - exercised by the wheel check without extras
            return False
        _metrics, _trace = metrics, trace
    return _trace is not None


_SCOPE = "trenz_async"
_NO_SPAN: contextlib.nullcontext[None] = contextlib.nullcontext()


class Telemetry:
    """Where a client's spans and metrics go.

    Args:
        tracer_provider: the provider for spans; `None` uses the global one.
        meter_provider: the provider for metrics; `None` uses the global one.
        enabled: `False` turns everything off.
    """

    def __init__(
        self,
        *,
        tracer_provider: Any = None,
        meter_provider: Any = None,
        enabled: bool = True,
    ) -> None:
        self._on = enabled and _api_available()
        self._tracer_provider = tracer_provider
        self._meter_provider = meter_provider
        self._tracer: Any = None
        self._instruments: _Instruments | None = None
        self._gauges: list[Callable[[], Mapping[str, int]]] = []

    @classmethod
    def off(cls) -> Telemetry:
        """Telemetry that records nothing."""
        return cls(enabled=False)

    # ----------------------------------------------------------------- tracing

    @property
    def tracing(self) -> bool:
        """Spans are recorded (the API is there and a tracer provider is configured)."""
        if self._tracer is not None:
            return True
        if not self._on:
            return False
        provider = self._tracer_provider or _trace.get_tracer_provider()
        if _is_proxy(provider):
            return False  # nobody configured the SDK (yet): spans would go nowhere
        self._tracer = provider.get_tracer(_SCOPE, __version__)
        return True

    def call_span(
        self, operation_id: str, accessor: str, estimate: int, *, shared: str | None = None
    ) -> Any:
        """A context manager: the span of one call, current while it runs (or nothing).

        `shared` names what answered a read without a request of its own (`cache`,
        `flight`, `fleet`): its span is INTERNAL, not CLIENT, and charged nothing.
        """
        if not self.tracing:
            return _NO_SPAN
        attributes: dict[str, str | int] = {
            "trenz.operation.id": operation_id,
            "trenz.operation.accessor": accessor,
            "trenz.coins.estimated": estimate,
        }
        kind = _trace.SpanKind.CLIENT
        if shared is not None:
            kind = _trace.SpanKind.INTERNAL
            attributes.update({"trenz.coins.charged": 0, "trenz.shared": shared})
        return self._tracer.start_as_current_span(
            f"trenz {operation_id}", kind=kind, attributes=attributes
        )

    def wait_span(self, operation_id: str | None, tasks: int, *, current: bool = True) -> Any:
        """A context manager: the span of a wait on `tasks` tasks (or nothing).

        `current=False` for a wait that yields to its caller (`as_completed`): a span made
        current inside an async generator would leak into the caller's context.
        """
        if not self.tracing:
            return _NO_SPAN
        name = f"trenz wait {operation_id or 'tasks'}"
        attributes = {"trenz.tasks": tasks}
        if current:
            return self._tracer.start_as_current_span(name, attributes=attributes)
        return _ended(self._tracer.start_span(name, attributes=attributes))

    # ----------------------------------------------------------------- metrics

    @property
    def metrics(self) -> _Instruments | None:
        """The instruments, once a meter provider is configured; else `None`."""
        if self._instruments is not None:
            return self._instruments
        if not self._on:
            return None
        provider = self._meter_provider or _metrics.get_meter_provider()
        if _is_proxy(provider):
            return None
        self._instruments = _Instruments(provider.get_meter(_SCOPE, __version__), self._gauges)
        return self._instruments

    def observe_ledger(self, coins: Callable[[], Mapping[str, int]]) -> None:
        """Report `coins()` (`{"held": n, "uncertain": m}`) as gauges, read when collected."""
        self._gauges.append(coins)


class _Instruments:
    """The SDK's metric instruments on one meter."""

    def __init__(self, meter: Any, gauges: list[Callable[[], Mapping[str, int]]]) -> None:
        self.calls = meter.create_counter("trenz.calls", description="calls answered or failed")
        self.coins_spent = meter.create_counter(
            "trenz.coins.spent", unit="{coin}", description="coins charged or settled"
        )
        self.pauses = meter.create_counter(
            "trenz.rate_limit.pauses", description="pauses after a 429 RATE_LIMITED"
        )
        self.limiter_wait = meter.create_histogram(
            "trenz.rate_limit.wait", unit="s", description="time a request waited for the gate"
        )
        self.in_flight = meter.create_up_down_counter(
            "trenz.requests.in_flight", description="requests between gate and answer"
        )
        self.polls = meter.create_counter("trenz.polls", description="task status polls sent")

        def observe(kind: str) -> Callable[[Any], Iterator[Any]]:
            def callback(_options: Any) -> Iterator[Any]:
                total = sum(read().get(kind, 0) for read in gauges)
                yield _metrics.Observation(total)

            return callback

        meter.create_observable_gauge(
            "trenz.coins.held", callbacks=[observe("held")], unit="{coin}"
        )
        meter.create_observable_gauge(
            "trenz.coins.uncertain", callbacks=[observe("uncertain")], unit="{coin}"
        )


@contextlib.contextmanager
def _ended(span: Any) -> Iterator[Any]:
    """Use `span` for the block without making it current; end it after."""
    try:
        yield span
    except BaseException as exc:
        span.record_exception(exc)
        raise
    finally:
        span.end()


def _is_proxy(provider: object) -> bool:
    # The API's stand-ins until an SDK is configured (`ProxyTracerProvider`,
    # `_ProxyMeterProvider`) and its explicit no-ops do nothing with what they get.
    name = type(provider).__name__
    return "Proxy" in name or name.startswith("NoOp")

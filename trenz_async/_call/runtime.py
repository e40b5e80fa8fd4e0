"""What a call runs with: the state one client shares with its copies, and its defaults.

`ClientCore` is what every copy of one client shares (`with_options` copies included):
the connection pool, the request gate, the coin ledger, the journal and the task
tracker belong to one client, whatever per-call options its copies carry. So does the
event loop: a client's connections belong to the loop that opened them, so a call from
another loop (a second `asyncio.run`, asyncio then trio) is refused before anything is
sent, as is any call after `aclose()`.

`Runtime` is one copy's view: the core plus that copy's call defaults (retry policy,
timeout, usage scope, whether identical reads coalesce, which read cache it uses).
Resources and the call path hold a `Runtime`, never the client.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from .._errors import ClientClosedError, EventLoopMismatchError
from .._jobs import Journal
from .._ledger import UsageLedger, UsageScope
from .._registry import OperationInfo
from .._support import Telemetry
from .._transport import RequestGate, RetryPolicy
from .flights import Flights

if TYPE_CHECKING:
    from .._jobs import TaskTracker
    from .cache import ReadCache
    from .sharing import SharedReads


class Endpoint:
    """The generated pieces of one operation: its request builder and its models."""

    __slots__ = ("body_model", "build", "response_model")

    def __init__(self, operation: OperationInfo) -> None:
        module = importlib.import_module(operation.module)
        self.build: Callable[..., dict[str, Any]] = module._get_kwargs
        self.body_model: Any = _load(operation.body_model) if operation.body_model else None
        self.response_model: Any = _load(operation.response_model)


def _load(reference: str) -> Any:
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


class ClientCore:
    """The state shared by a client and its `with_options` copies.

    Attributes:
        http: the one `httpx.AsyncClient`, with the SDK's transport on every route.
        gate: the rate limit and in-flight cap (a `RateLimiter`, or a fleet's gate).
        usage: the coin ledger (`client.usage`).
        journal: where paid submissions are journaled, or `None`.
        telemetry: where spans and metrics go (`Telemetry.off()` records nothing).
        identity: a fingerprint of the client's API key (never the key): the read
            cache's keys carry it, so clients of different keys may share one cache.
        shared_reads: the fleet's single-flight and cache, with a coordinator.
        flights: the client's identical reads in flight (single-flight).
        tracker: the tasks being waited on and their poll scheduler; the client builds
            it right after the core (its polls go through the core).
    """

    tracker: TaskTracker

    def __init__(
        self,
        *,
        http: httpx.AsyncClient,
        gate: RequestGate,
        usage: UsageLedger,
        journal: Journal | None,
        telemetry: Telemetry,
        identity: str = "",
        shared_reads: SharedReads | None = None,
    ) -> None:
        self.http = http
        self.gate = gate
        self.usage = usage
        self.journal = journal
        self.telemetry = telemetry
        self.identity = identity
        self.shared_reads = shared_reads
        self.flights = Flights()
        self.closed = False
        self._loop: object = None
        # How to find the running loop, chosen for the client's backend at its first call:
        # asking anyio which backend runs costs more than the call's other checks together.
        self._current_loop: Callable[[], object] | None = None
        self._endpoints: dict[str, Endpoint] = {}

    def check_usable(self) -> None:
        """Refuse to go on when closed or on a foreign event loop; nothing is sent first.

        Raises:
            ClientClosedError: `aclose()` was called.
            EventLoopMismatchError: the client's first request ran on another loop.
        """
        if self.closed:
            raise ClientClosedError(
                "the client is closed; create a new TrenzClient (async with TrenzClient() ...)"
            )
        current_loop = self._current_loop
        if current_loop is None:
            self._loop, self._current_loop = _bind_loop()
            return
        try:
            loop = current_loop()
        except RuntimeError:  # not running in the kind of event loop the client began on
            loop = None
        if loop is not self._loop:
            raise EventLoopMismatchError(
                "this TrenzClient started on another event loop (an earlier asyncio.run or "
                "trio.run); its connections belong to that loop. Create one client per run, "
                "inside it: async with TrenzClient() as client"
            )

    def endpoint(self, operation: OperationInfo) -> Endpoint:
        """The generated request builder and models of `operation`, imported once."""
        endpoint = self._endpoints.get(operation.operation_id)
        if endpoint is None:
            endpoint = self._endpoints[operation.operation_id] = Endpoint(operation)
        return endpoint

    async def aclose(self) -> None:
        """Close the connection pool (a user's `http_client` is left open: it is theirs)."""
        if self.closed:
            return
        self.closed = True
        await self.http.aclose()


def _bind_loop() -> tuple[object, Callable[[], object]]:
    """The running event loop, and the cheapest way to find it again on its backend."""
    # Imported at a client's first call, not with the package: `import trenz_async` does
    # not pay for asyncio (~10 ms), which a trio program never needs.
    import anyio.lowlevel

    loop = anyio.lowlevel.current_token().native_token
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None and isinstance(loop, asyncio.AbstractEventLoop):
        return loop, asyncio.get_running_loop
    trio = sys.modules.get("trio")
    if trio is not None and isinstance(loop, trio.lowlevel.TrioToken):
        return loop, trio.lowlevel.current_trio_token
    return loop, lambda: anyio.lowlevel.current_token().native_token


@attrs.frozen
class Runtime:
    """One client copy's view: the shared core and this copy's call defaults.

    Attributes:
        core: what the client and all its copies share.
        retry: the copy's retry policy.
        timeout: the copy's timeout.
        scope: the usage scope its calls count in (with its parents), if any.
        coalesce: identical reads in flight at once share one request (single-flight).
        cache: the read cache its calls use, if any.
    """

    core: ClientCore
    retry: RetryPolicy
    timeout: httpx.Timeout
    scope: UsageScope | None = None
    coalesce: bool = True
    cache: ReadCache | None = None

    @property
    def tracker(self) -> TaskTracker:
        """The client's task tracker (shared by every copy)."""
        return self.core.tracker

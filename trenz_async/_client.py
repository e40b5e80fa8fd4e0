"""`TrenzClient`: configuration, lifecycle, the typed resources and `call()`."""

from __future__ import annotations

import functools
import warnings
from collections.abc import AsyncGenerator, Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._call import (
    DEFAULT,
    ReadCache,
    RequestOptions,
    Runtime,
    invoke,
    invoke_prepared,
    operation_of,
    pages,
    paginate,
)
from ._errors import ConfigurationError
from ._jobs import Journal, PollPolicy
from ._ledger import UsageLedger, UsageScope
from ._registry import OperationInfo, PreparedCall, deprecation, estimate, lookup
from ._settings import (
    DEFAULT_TIMEOUT,
    check_counts,
    check_sharing,
    checked_base_url,
    checked_key,
    http_timeout,
    with_retries,
)
from ._support import (
    Telemetry,
    configure_from_env,
)
from ._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    RateLimit,
    RateLimiter,
    RetryPolicy,
)
from ._wiring import build_runtime
from .resources import Resources

if TYPE_CHECKING:
    from ._fleet import RedisCoordinator

_UNSET: Any = object()


class TrenzClient(Resources):
    """Async client for the Trenz Open Platform API.

    Use it as an async context manager (or call `aclose()`), inside the event loop that
    runs it: it owns one `httpx.AsyncClient` whose transport adds auth, rate limiting,
    retries and coin accounting to every request.

    Args:
        api_key: the Trenz key; defaults to `$TRENZ_API_KEY`.
        base_url: defaults to `$TRENZ_BASE_URL`, else the spec's server. `http://` is
            refused unless the host is loopback.
        auth: `"header"` sends `X-API-Key`, `"bearer"` sends `Authorization: Bearer`.
        timeout: seconds or an `httpx.Timeout`; the read timeout also bounds each
            attempt as a whole (connect to last body byte).
        max_retries: retries after the first attempt (see `RetryPolicy`).
        retry: a full `RetryPolicy`; `max_retries` overrides its count.
        rate_limit: requests per sliding window for this client, `None` to disable.
        limiter: a `RateLimiter` to share between clients using one key (overrides
            `rate_limit` and `max_in_flight`).
        max_in_flight: cap on concurrent requests; the default connection pool keeps this
            many connections alive (or `rate_limit.requests`, if lower).
        max_coins: budget; a call whose estimate would pass spent + held + uncertain +
            in-flight coins over it raises `BudgetExceededError` before sending.
        low_balance_threshold / on_low_balance: warn (and call back) when the reported
            balance drops below the threshold.
        poll: how waiting tasks are polled (`PollPolicy`).
        journal: a file path (or `TaskJournal`) recording every paid submission (its
            intent before sending, its id after) so a restarted program can resume with
            `client.tasks.pending()` and `client.tasks.unconfirmed()`.
        coordinator: a `RedisCoordinator` shared by every worker using this key: the
            rate limit, the in-flight cap, the budget, the ledger, the journal and task
            polling become fleet-wide. `rate_limit`, `max_in_flight`, `max_coins` and
            `poll`'s shares then configure the namespace (every worker must pass the
            same). Binding is one blocking round trip to Redis, here.
        max_response_bytes: bodies larger than this raise `ResponseTooLargeError`.
        transport: an `httpx.AsyncBaseTransport` to send through (tests, custom networks).
        http_client: an `httpx.AsyncClient` of your own to send through (its proxies,
            TLS, limits and hooks apply; the SDK's auth, retries, limits and accounting
            still wrap every request; you close it).
        http_options: more `httpx.AsyncClient` settings (`limits`, `proxy`, `verify`,
            `headers`...); headers are added to the SDK's, never replacing them.
        trust_env: honour proxy and TLS environment variables (`HTTPS_PROXY`,
            `NO_PROXY`, `SSL_CERT_FILE`...), as httpx does by default.
        telemetry: OpenTelemetry spans and metrics through the global providers when
            `opentelemetry-api` is installed and an SDK is configured (`False`: none; a
            `Telemetry` to use providers of your own).
        coalesce: identical reads in flight at the same time share one request and one
            charge (single-flight; with a coordinator, across the fleet). `False` sends
            every call.
        cache: a `ReadCache` keeping recent answers of paid reads (per operation TTLs);
            with a coordinator it is shared through Redis too. See "Paying once".

    Raises:
        ConfigurationError: no API key, an unsafe base URL, options that conflict
            (`limiter=` or `journal=` with `coordinator=`), or a coordinator whose
            namespace holds other limits or whose Redis failed.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        auth: str = "header",
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimit | None = _UNSET,
        limiter: RateLimiter | None = None,
        max_in_flight: int | None = None,
        max_coins: int | None = None,
        low_balance_threshold: int | None = None,
        on_low_balance: Callable[[int], None] | None = None,
        poll: PollPolicy | None = None,
        journal: str | Path | Journal | None = None,
        coordinator: RedisCoordinator | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        http_options: Mapping[str, Any] | None = None,
        trust_env: bool = True,
        telemetry: bool | Telemetry = True,
        coalesce: bool = True,
        cache: ReadCache | None = None,
        _runtime: Runtime | None = None,
    ) -> None:
        self._auth = auth
        if _runtime is not None:  # a `with_options` copy: same everything, other call options
            self._runtime = _runtime
            self._owns_core = False
            self.base_url = _runtime.core.http.base_url
            return
        self._owns_core = True
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = with_retries(policy, max_retries)
        timeouts = http_timeout(timeout)
        check_counts(max_coins=max_coins, low_balance_threshold=low_balance_threshold)
        check_sharing(coalesce, cache)
        configure_from_env()
        key, self._secret_handle = checked_key(api_key)
        self.base_url = checked_base_url(base_url)
        self._runtime = build_runtime(
            key=key,
            base_url=self.base_url,
            auth=auth,
            retry=policy,
            timeout=timeouts,
            rate_limit=RateLimit() if rate_limit is _UNSET else rate_limit,
            limiter=limiter,
            max_in_flight=max_in_flight,
            max_coins=max_coins,
            low_balance_threshold=low_balance_threshold,
            on_low_balance=on_low_balance,
            poll=poll or PollPolicy(),
            journal=journal,
            coordinator=coordinator,
            max_response_bytes=max_response_bytes,
            transport=transport,
            http_client=http_client,
            http_options=http_options,
            trust_env=trust_env,
            telemetry=Telemetry(enabled=telemetry) if isinstance(telemetry, bool) else telemetry,
            coalesce=coalesce,
            cache=cache,
        )

    # ----------------------------------------------------------------- lifecycle

    async def __aenter__(self) -> TrenzClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; later calls raise `ClientClosedError`.

        A `with_options` copy shares its original's pool and leaves it open.
        """
        if self._owns_core:
            await self._runtime.core.aclose()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        scope: str | UsageScope | None = None,
        coalesce: bool | None = None,
        cache: ReadCache | None = _UNSET,
    ) -> TrenzClient:
        """A copy with other call options, sharing connections, limiter, ledger and tasks.

        `client.with_options(timeout=300, max_retries=0).ai_video.sora2_generate(...)`.

        Args:
            timeout / max_retries / retry: as the constructor takes them, for the copy.
            scope: count the copy's calls in a usage scope too: a name makes a new
                `UsageScope` (inside this client's own scope, if it has one), a
                `UsageScope` is shared as it is. `copy.scope.snapshot()` reads it.
            coalesce: whether the copy's identical reads in flight share one request.
            cache: the copy's read cache: `None` bypasses the client's (nothing read
                from it, nothing kept), a `ReadCache` uses that one.

        Raises:
            ConfigurationError: an invalid option.
        """
        runtime = self._runtime
        policy = retry or runtime.retry
        if max_retries is not None:
            policy = with_retries(policy, max_retries)
        if isinstance(scope, str):
            scope = UsageScope(scope, parent=runtime.scope)
        elif scope is not None and not isinstance(scope, UsageScope):
            raise ConfigurationError(f"scope must be a name or a UsageScope, not {scope!r}")
        coalesce = runtime.coalesce if coalesce is None else coalesce
        cache = runtime.cache if cache is _UNSET else cache
        check_sharing(coalesce, cache)
        copy = attrs.evolve(
            runtime,
            retry=policy,
            timeout=runtime.timeout if timeout is None else http_timeout(timeout),
            scope=runtime.scope if scope is None else scope,
            coalesce=coalesce,
            cache=cache,
        )
        return TrenzClient(auth=self._auth, _runtime=copy)

    @property
    def scope(self) -> UsageScope | None:
        """The usage scope this copy's calls count in (see `with_options(scope=...)`)."""
        return self._runtime.scope

    @property
    def cache(self) -> ReadCache | None:
        """The read cache this copy's calls use, if any (`cache.statistics()`)."""
        return self._runtime.cache

    @property
    def usage(self) -> UsageLedger:
        """The coin ledger: `snapshot()`, `uncertain()`, `resolve(...)`; with a
        coordinator, the fleet's too: `await fleet_snapshot()`, `await fleet_uncertain()`."""
        return self._runtime.core.usage

    @property
    def limiter(self) -> Any:
        """The request gate: the client's `RateLimiter`, or with a coordinator the fleet's
        (`await client.limiter.statistics()` reads its fleet-wide state)."""
        return self._runtime.core.gate

    # ----------------------------------------------------------------- calls

    async def call(
        self,
        operation_id: str,
        /,
        *,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109  # openai-python's name: one request's timeout
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        cache: bool | None = None,
        **params: Any,
    ) -> Any:
        """Call an operation by its spec operationId (or accessor) with keyword arguments.

        Parameters take the typed method's Python names or the spec's own names. Returns
        the typed envelope, or a `Task` for async-job operations, exactly as the typed
        method (`OPERATIONS[operation_id].accessor`) would; the per-request options are
        those of every typed method (`cache=False` takes no answer from the read cache;
        the fresh answer replaces the cached one).

        An old operationId or accessor Trenz renamed still works for one minor version,
        and a deprecated operation still runs; both emit a `DeprecationWarning`.

        Raises:
            InvalidParameterError: unknown operation or parameter, or a bad value.
        """
        info = lookup(operation_id)
        _warn_if_deprecated(operation_id, info)
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return await invoke(self._runtime, info, params, options)

    def paginate(
        self,
        operation: Any,
        /,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        max_coins: int | None = DEFAULT,
        **params: Any,
    ) -> AsyncGenerator[Any, None]:
        """Iterate the items of every page of a list operation.

        `operation` is a typed method (`client.products.search`), an operationId or an
        accessor (`"products.search"`); the other keyword arguments are the operation's
        own, under Python or spec names. Stops at the style's end condition, after
        `max_items` items or `max_pages` pages, at a page that adds no new item (with a
        warning), or when a reported total says no more pages can be needed.

        Every page costs coins: the iteration raises `PaginationLimitError` rather than
        fetch a page that would take its spending past `max_coins`. Given no `max_items`,
        `max_pages` or `max_coins`, that limit is `DEFAULT_MAX_COINS` (1,000 coins);
        `max_coins=None` lifts it.

        Raises:
            InvalidParameterError: not a list operation, or a limit that is not an int
                (`max_items`, `max_pages` >= 1; `max_coins` >= 0) or `None`; at once.
        """
        info = operation_of(operation)
        _warn_if_deprecated(operation, info)
        return paginate(
            self._page_caller(),
            info,
            params,
            max_items=max_items,
            max_pages=max_pages,
            max_coins=max_coins,
        )

    def pages(
        self,
        operation: Any,
        /,
        *,
        max_pages: int | None = None,
        max_coins: int | None = DEFAULT,
        **params: Any,
    ) -> AsyncGenerator[Any, None]:
        """Iterate the typed envelopes of every page of a list operation.

        The limits and the end conditions are `paginate()`'s (`max_items` aside).
        """
        info = operation_of(operation)
        _warn_if_deprecated(operation, info)
        return pages(
            self._page_caller(),
            info,
            params,
            max_pages=max_pages,
            max_coins=max_coins,
        )

    def estimate(self, operation: str, /, **params: Any) -> int:
        """The coins a call would be estimated at (what the budget check uses); the same
        as `trenz_async.estimate()`, which needs no client.

        `operation` is an operationId or an accessor such as `"ai_video.sd_pro_generate"`.
        """
        return estimate(operation, **params)

    def _page_caller(self) -> Callable[[PreparedCall], Any]:
        return functools.partial(invoke_prepared, self._runtime)

    def __repr__(self) -> str:
        return f"TrenzClient(base_url={str(self.base_url)!r}, auth={self._auth!r})"


def _warn_if_deprecated(name: object, info: OperationInfo) -> None:
    """Warn, at the caller's caller (the user's line), about a deprecated or renamed name."""
    message = deprecation(name if isinstance(name, str) else info.accessor, info)
    if message is not None:
        warnings.warn(message, DeprecationWarning, stacklevel=3)

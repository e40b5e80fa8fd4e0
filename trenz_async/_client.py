"""`TrenzClient`: configuration, lifecycle, the typed resources and `call()`."""

from __future__ import annotations

import copy
import functools
import importlib
import ipaddress
import os
import time
from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path
from typing import Any

import attrs
import httpx

from ._errors import (
    ConfigurationError,
    InvalidParameterError,
    MalformedResponseError,
    TrenzError,
    error_from_response,
)
from ._journal import TaskJournal
from ._logging import configure_from_env, register_secret
from ._operation_info import OperationInfo
from ._pagination import pages, paginate
from ._params import prepare
from ._polling import PollPolicy
from ._ratelimit import RateLimit, RateLimiter
from ._registry import lookup as _lookup
from ._registry import server_url
from ._retry import RetryPolicy
from ._tasks import Task, TaskManager
from ._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    CallContext,
    build_chain,
    current_call,
)
from ._usage import UsageLedger
from .resources import RESOURCE_NAMES, Resources

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_UNSET: Any = object()


class TrenzClient(Resources):
    """Async client for the Trenz Open Platform API.

    Use it as an async context manager (or call `aclose()`); it owns one
    `httpx.AsyncClient` whose transport chain adds auth, rate limiting, retries and coin
    accounting to every request.

    Args:
        api_key: the Trenz key; defaults to `$TRENZ_API_KEY`.
        base_url: defaults to `$TRENZ_BASE_URL`, else the spec's server. `http://` is
            refused unless the host is loopback.
        auth: `"header"` sends `X-API-Key`, `"bearer"` sends `Authorization: Bearer`.
        timeout: seconds or an `httpx.Timeout` per request attempt.
        max_retries: retries after the first attempt (see `RetryPolicy`).
        retry: a full `RetryPolicy`; `max_retries` overrides its count.
        rate_limit: requests per sliding window for this client, `None` to disable.
        limiter: a `RateLimiter` to share between clients using one key (overrides
            `rate_limit` and `max_in_flight`).
        max_in_flight: cap on concurrent requests.
        max_coins: budget; a call whose estimate would pass spent + held coins over it
            raises `BudgetExceededError` before sending.
        low_balance_threshold / on_low_balance: warn (and call back) when the reported
            balance drops below the threshold.
        poll: how waiting tasks are polled (`PollPolicy`).
        journal: a file path (or `TaskJournal`) recording submitted jobs so a
            restarted program can resume them with `client.tasks.pending()`.
        max_response_bytes: bodies larger than this raise `ResponseTooLargeError`.
        transport: an `httpx.AsyncBaseTransport` to send through (tests, proxies).
        http_options: extra `httpx.AsyncClient` settings (`limits`, `proxy`, `verify`...).

    Raises:
        ConfigurationError: no API key, or an unsafe base URL.
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
        journal: str | Path | TaskJournal | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: httpx.AsyncBaseTransport | None = None,
        http_options: Mapping[str, Any] | None = None,
    ) -> None:
        configure_from_env()
        key = api_key if api_key is not None else os.environ.get("TRENZ_API_KEY")
        if not key or not key.strip():
            raise ConfigurationError("no API key: pass api_key=... or set TRENZ_API_KEY")
        self._api_key = key.strip()
        self._secret_handle = register_secret(self._api_key)
        self.base_url = _checked_base_url(
            base_url or os.environ.get("TRENZ_BASE_URL") or _default_base_url()
        )
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = _with_retries(policy, max_retries)
        self._retry = policy
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if limiter is None:
            limiter = RateLimiter(
                RateLimit() if rate_limit is _UNSET else rate_limit, max_in_flight=max_in_flight
            )
        self.limiter = limiter
        self.usage = UsageLedger(
            max_coins=max_coins,
            low_balance_threshold=low_balance_threshold,
            on_low_balance=on_low_balance,
        )
        options = dict(http_options or {})
        for reserved in ("base_url", "transport", "auth", "event_hooks"):
            if reserved in options:
                raise ConfigurationError(
                    f"http_options may not set {reserved!r}; use the TrenzClient argument"
                )
        network = transport or httpx.AsyncHTTPTransport(
            limits=options.pop(
                "limits", httpx.Limits(max_connections=100, max_keepalive_connections=20)
            ),
            proxy=options.pop("proxy", None),
            verify=options.pop("verify", True),
            retries=0,  # retries belong to RetryTransport, which knows what is safe
        )
        chain = build_chain(
            network,
            api_key=self._api_key,
            base_url=self.base_url,
            auth=auth,
            limiter=self.limiter,
            ledger=self.usage,
            retry=self._retry,
            max_response_bytes=max_response_bytes,
        )
        options.setdefault("follow_redirects", False)
        # Only encodings the response layer can decode under its size cap.
        options.setdefault(
            "headers", {"User-Agent": "trenz_async", "Accept-Encoding": "gzip, deflate"}
        )
        self.http = httpx.AsyncClient(
            base_url=self.base_url, transport=chain, timeout=self._timeout, **options
        )
        self._poll_policy = poll or PollPolicy()
        self._journal = journal if isinstance(journal, TaskJournal | None) else TaskJournal(journal)
        self._auth = auth
        self._owns_http = True
        self._call_timeout: httpx.Timeout | None = None
        self._generated_client: Any = None

    # ----------------------------------------------------------------- lifecycle

    async def __aenter__(self) -> TrenzClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (copies from `with_options` share it)."""
        if self._owns_http:
            await self.http.aclose()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
    ) -> TrenzClient:
        """A copy for per-call overrides, sharing connections, limiter and ledger.

        `client.with_options(timeout=300, max_retries=0).ai_video.sora2_generate(...)`.
        """
        clone = copy.copy(self)
        for name in RESOURCE_NAMES:  # cached resources are bound to the original
            clone.__dict__.pop(name, None)
        clone.__dict__["tasks"] = self.tasks  # one poll scheduler per connection pool
        clone._owns_http = False
        policy = retry or self._retry
        clone._retry = _with_retries(policy, max_retries) if max_retries is not None else policy
        if timeout is not None:
            clone._call_timeout = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        return clone

    @functools.cached_property
    def tasks(self) -> TaskManager:  # extends the generated `tasks` resource
        """Async jobs: `get(id)`, `as_completed(tasks)`, `wait_all(tasks)`, `pending()`."""
        return TaskManager(self, policy=self._poll_policy, journal=self._journal)

    # ----------------------------------------------------------------- calls

    async def call(self, operation_id: str, /, **params: Any) -> Any:
        """Call an operation by its spec operationId with keyword arguments.

        Returns the typed envelope, or a `Task` for async-job operations, exactly as
        the typed method (`OPERATIONS[operation_id].accessor`) would.

        Raises:
            InvalidParameterError: unknown operation or parameter, or a bad value.
        """
        return await self._invoke(operation_id, params)

    def paginate(
        self, operation: str, /, *, max_items: int | None = None, **params: Any
    ) -> AsyncIterator[Any]:
        """Iterate the items of every page of a list operation.

        `operation` is an operationId or accessor (`"products.search"`); the other
        keyword arguments are the operation's own. Stops at the style's end condition
        or after `max_items`.
        """
        return paginate(self._invoke, _lookup(operation), params, max_items=max_items)

    def pages(self, operation: str, /, **params: Any) -> AsyncIterator[Any]:
        """Iterate the typed envelopes of every page of a list operation."""
        return pages(self._invoke, _lookup(operation), params)

    def estimate(self, operation: str, /, **params: Any) -> int:
        """The coins a call would be estimated at (what the budget check uses).

        `operation` is an operationId or an accessor such as `"ai_video.sd_pro_generate"`.
        """
        info = _lookup(operation)
        return info.estimate(prepare(info, params).wire)

    async def _invoke(self, operation_id: str, params: Mapping[str, Any]) -> Any:
        info = _lookup(operation_id)
        prepared = prepare(info, params)
        estimate = info.estimate(prepared.wire)
        with self.usage.reserve(info.operation_id, estimate):
            arguments = dict(prepared.arguments)
            if info.body_model is not None:
                arguments["body"] = _body(info, prepared.body or {})
            endpoint = importlib.import_module(info.module)
            context = CallContext(operation=info, retry=self._retry, timeout=self._call_timeout)
            token = current_call.set(context)
            try:
                response = await endpoint.asyncio_detailed(client=self._generated(), **arguments)
            except TrenzError:
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                # The envelope passed the transport's checks but its fields do not fit
                # the operation's schema (a generated model refused them).
                raise MalformedResponseError(
                    status_code=200,
                    body=context.body,
                    message=f"the {info.operation_id} response does not match its schema: {exc}",
                ) from exc
            finally:
                current_call.reset(token)
        if response.status_code != 200:
            raise error_from_response(response, response.content)  # an unfollowed redirect
        if info.is_async:
            job_id = context.job_id
            assert job_id is not None  # the transport refuses submissions without one
            task = Task(
                self,
                job_id,
                operation_id=info.operation_id,
                submitted_at=time.time(),
                estimated_coins=estimate,
            )
            await self.tasks._submitted(task)
            return task
        return response.parsed

    def _generated(self) -> Any:
        """The generated package's client, sending through our `httpx.AsyncClient`."""
        if self._generated_client is None:
            from ._generated.client import Client

            client = Client(base_url=str(self.base_url), raise_on_unexpected_status=False)
            client.set_async_httpx_client(self.http)
            self._generated_client = client
        return self._generated_client

    def __repr__(self) -> str:
        return f"TrenzClient(base_url={str(self.base_url)!r}, auth={self._auth!r})"


def _default_base_url() -> str:
    """The spec's server, as the generated registry recorded it."""
    return server_url()


def _body(info: OperationInfo, fields: Mapping[str, Any]) -> Any:
    """The generated body model, built from already-validated top-level fields.

    Nested objects are checked by the model itself; what it refuses is still the
    caller's mistake, reported before anything is sent.
    """
    assert info.body_model is not None
    try:
        return _load(info.body_model).from_dict(dict(fields))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise InvalidParameterError(
            f"{info.operation_id} body is invalid: {detail}",
            parameter=None,
            operation_id=info.operation_id,
        ) from exc


def _load(reference: str) -> Any:
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


def _with_retries(policy: RetryPolicy, max_retries: int) -> RetryPolicy:
    if max_retries < 0:
        raise ConfigurationError("max_retries must be >= 0")
    return attrs.evolve(policy, max_retries=max_retries)


def _checked_base_url(raw: str) -> httpx.URL:
    url = httpx.URL(raw.rstrip("/"))
    if url.scheme == "https" and url.host:
        return url
    if url.scheme == "http" and _is_loopback(url.host):
        return url
    raise ConfigurationError(
        f"refusing base_url {raw!r}: use https:// (plain http:// only for loopback hosts), "
        "so the API key never crosses a network in clear text"
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

"""The transport chain: retry table, typed errors from bad bodies, rate-limit pauses."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from trenz_async import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    MalformedResponseError,
    OperationInfo,
    OutcomeUnknownError,
    QuotaExceededError,
    RateLimit,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TrenzClient,
)

from .helpers import (
    API_KEY,
    BASE_URL,
    cheap_read,
    costly_read,
    envelope,
    error_body,
    job,
    minimal_arguments,
    paid_write,
    typed,
    url_of,
)

pytestmark = pytest.mark.anyio

READ = cheap_read()  # a data read of a few coins: ambiguous failures are retried
# A read of hundreds of coins: a repeat could be charged again, so ambiguous failures are not.
COSTLY_READ = costly_read()
PAID = job()  # a paid job submission
WRITE = paid_write()  # a paid write
FAST = RetryPolicy(max_retries=2, initial_backoff=0.0, max_backoff=0.0)
STATUS_CODES = {
    400: "INVALID_PARAM",
    401: "AUTH_INVALID_KEY",
    402: "INSUFFICIENT_BALANCE",
    403: "FORBIDDEN_SCOPE",
    404: "ROUTE_NOT_FOUND",
    500: "INTERNAL_ERROR",
    502: "BACKEND_ERROR",
    503: "BACKEND_UNAVAILABLE",
    504: "BACKEND_TIMEOUT",
}


def _client(**options: Any) -> TrenzClient:
    options.setdefault("retry", FAST)
    options.setdefault("rate_limit", None)
    return TrenzClient(api_key=API_KEY, base_url=BASE_URL, **options)


async def _call(info: OperationInfo, responses: list[Any]) -> tuple[int, Any]:
    with respx.mock() as router:
        route = router.route(method=info.method, url__startswith=url_of(info))
        route.side_effect = responses
        async with _client() as client:
            try:
                result: Any = await client.call(info.operation_id, **minimal_arguments(info))
            except Exception as exc:  # the test asserts on the type
                result = exc
        return route.call_count, result


def _error(status: int, code: str | None = None, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=error_body(code or STATUS_CODES[status]), headers=headers)


RETRIED = [_error(503)] * 3


def _items_field(info: OperationInfo) -> str:
    assert info.pagination is not None
    return info.pagination.items_field


@pytest.mark.parametrize(
    "case", [READ, COSTLY_READ, PAID, WRITE], ids=["read", "costly-read", "paid-job", "write"]
)
async def test_backend_unavailable_is_retried_for_every_call(case: Any) -> None:
    """A JSON 503 BACKEND_UNAVAILABLE never reached the backend: every call retries it."""
    calls, result = await _call(case, [_error(503)] * 3)
    assert calls == 3
    assert isinstance(result, ServerError)
    assert result.status_code == 503


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_a_json_5xx_is_retried_only_by_cheap_reads_each_counted_uncertain(
    status: int,
) -> None:
    """A JSON 500/502/504 may follow processing: a cheap read retries, counting each attempt."""
    with respx.mock() as router:
        route = router.route(method=READ.method, url__startswith=url_of(READ))
        route.side_effect = [_error(status)] * 3
        async with _client() as client:
            with pytest.raises(ServerError):
                await client.call(READ.operation_id, **minimal_arguments(READ))
            snap = client.usage.snapshot()
    assert route.call_count == 3
    assert snap.coins_uncertain == 3 * READ.coin_cost


@pytest.mark.parametrize(
    "case", [COSTLY_READ, PAID, WRITE], ids=["costly-read", "paid-job", "write"]
)
@pytest.mark.parametrize("status", [500, 502, 504])
async def test_a_json_5xx_on_a_costly_call_is_an_unknown_outcome_sent_once(
    case: Any, status: int, tmp_path: Any
) -> None:
    """A charged job answered with a JSON 500/502/504 is never re-sent; its estimate stays
    uncertain and, for a job, its intent stays unconfirmed, with the server's code and id."""
    with respx.mock() as router:
        route = router.route(method=case.method, url__startswith=url_of(case))
        answer = httpx.Response(
            status,
            json={**error_body(STATUS_CODES[status]), "request_id": "req-5xx"},
        )
        route.side_effect = [answer] * 4
        journal = tmp_path / "journal.jsonl"
        async with _client(journal=journal, max_coins=10**9) as client:
            estimate = client.estimate(case.operation_id, **minimal_arguments(case))
            with pytest.raises(OutcomeUnknownError) as caught:
                await client.call(case.operation_id, **minimal_arguments(case))
            snap = client.usage.snapshot()
            unconfirmed = await client.tasks.unconfirmed()
    assert route.call_count == 1
    error = caught.value
    assert (error.code, error.request_id, error.estimate) == (
        STATUS_CODES[status],
        "req-5xx",
        estimate,
    )
    assert (snap.coins_spent, snap.coins_held, snap.coins_uncertain) == (0, 0, estimate)
    assert [item.id for item in client.usage.uncertain()] == [error.submission_id]
    if case.is_async:
        assert [submission.id for submission in unconfirmed] == [error.submission_id]


@pytest.mark.parametrize(
    "case", [COSTLY_READ, PAID, WRITE], ids=["costly-read", "paid-job", "write"]
)
@pytest.mark.parametrize("status", [502, 520])
async def test_a_gateway_page_is_never_retried_for_costly_calls(case: Any, status: int) -> None:
    """An HTML or empty 5xx may follow processing: costly calls raise OutcomeUnknownError at once."""
    response = httpx.Response(status, text="<html>Bad Gateway</html>" if status == 502 else "")
    calls, result = await _call(case, [response] * 3)
    assert calls == 1
    assert isinstance(result, OutcomeUnknownError)
    assert isinstance(result.__cause__, MalformedResponseError)


@pytest.mark.parametrize(
    "case", [READ, COSTLY_READ, PAID, WRITE], ids=["read", "costly-read", "paid", "write"]
)
@pytest.mark.parametrize("status", [400, 401, 402, 403, 404])
async def test_client_errors_are_never_retried(case: Any, status: int) -> None:
    """400/401/402/403/404 raise at once on every kind of operation."""
    calls, result = await _call(case, [_error(status)] * 3)
    assert calls == 1
    assert isinstance(result, APIError)
    assert result.status_code == status


@pytest.mark.parametrize("case", [READ, PAID, WRITE], ids=["read", "paid", "write"])
async def test_quota_exceeded_is_never_retried(case: Any) -> None:
    """429 QUOTA_EXCEEDED raises QuotaExceededError after one attempt."""
    calls, result = await _call(case, [_error(429, "QUOTA_EXCEEDED")] * 3)
    assert calls == 1
    assert isinstance(result, QuotaExceededError)


@pytest.mark.parametrize("case", [READ, PAID, WRITE], ids=["read", "paid", "write"])
async def test_rate_limited_is_retried_everywhere(case: Any) -> None:
    """429 RATE_LIMITED was not processed, so even paid calls retry it."""
    ok = httpx.Response(200, json=envelope(case))
    calls, result = await _call(case, [_error(429, "RATE_LIMITED", **{"Retry-After": "0"}), ok])
    assert calls == 2
    assert not isinstance(result, Exception)


@pytest.mark.parametrize("case", [READ, PAID, WRITE], ids=["read", "paid", "write"])
async def test_connect_errors_are_retried_everywhere(case: Any) -> None:
    """A connect-phase failure provably sent nothing: every kind retries it."""
    calls, result = await _call(case, [httpx.ConnectError("refused")] * 3)
    assert calls == 3
    assert isinstance(result, APIConnectionError)
    assert isinstance(result.__cause__, httpx.ConnectError)


AFTER_SEND = [
    httpx.ReadTimeout("slow"),
    httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
    httpx.ReadError("reset"),
]


@pytest.mark.parametrize("exc", AFTER_SEND, ids=lambda exc: type(exc).__name__)
async def test_after_send_failures_retry_cheap_reads(exc: Exception) -> None:
    """A read of a few coins retries read timeouts, dropped connections and cut bodies."""
    calls, result = await _call(READ, [exc] * 3)
    assert calls == 3
    assert isinstance(result, APIConnectionError)
    assert isinstance(result, APITimeoutError) == isinstance(exc, httpx.TimeoutException)


@pytest.mark.parametrize("exc", AFTER_SEND, ids=lambda exc: type(exc).__name__)
@pytest.mark.parametrize("case", [COSTLY_READ, PAID, WRITE], ids=["costly-read", "paid", "write"])
async def test_after_send_failures_never_resend_costly_calls(case: Any, exc: Exception) -> None:
    """A paid read, a job submission or a write that may have been processed is not sent again."""
    calls, result = await _call(case, [exc] * 3)
    assert calls == 1
    assert isinstance(result, OutcomeUnknownError)
    assert "resubmit" in str(result)
    assert result.submission_id is not None


async def test_success_after_a_retry_returns_the_envelope() -> None:
    """One 503 then a 200 returns the 200's envelope."""
    ok = httpx.Response(200, json=envelope(READ, coins=READ.coin_cost + 1))
    calls, result = await _call(READ, [_error(503), ok])
    assert calls == 2
    assert result.usage.coin_cost == READ.coin_cost + 1  # the 200's own envelope


async def test_retry_after_over_the_cap_raises_with_retry_after() -> None:
    """A Retry-After beyond max_retry_after is not waited: RateLimitError carries it."""
    calls, result = await _call(READ, [_error(429, "RATE_LIMITED", **{"Retry-After": "3600"})] * 3)
    assert calls == 1
    assert isinstance(result, RateLimitError)
    assert result.retry_after == 3600


async def test_total_time_bound_stops_retrying() -> None:
    """Retries stop when the next sleep would pass max_total_time."""
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    def fake_clock() -> float:
        return sum(sleeps)

    policy = RetryPolicy(max_retries=10, initial_backoff=1.0, max_backoff=1.0, max_total_time=0.5)
    with respx.mock() as router:
        route = router.get(url__startswith=url_of(READ)).respond(
            503, json=error_body("BACKEND_UNAVAILABLE")
        )
        async with TrenzClient(
            api_key=API_KEY, base_url=BASE_URL, retry=policy, rate_limit=None
        ) as client:
            client._runtime.core.http._transport._sleep = fake_sleep  # type: ignore[attr-defined]
            client._runtime.core.http._transport._clock = fake_clock  # type: ignore[attr-defined]
            with pytest.raises(ServerError):
                await typed(client, READ)(**minimal_arguments(READ))
    # full jitter draws from [0, 1]; any draw above 0.5 ends it, so far fewer than 11 calls
    assert route.call_count < 11
    assert sum(sleeps) <= 0.5


@pytest.mark.parametrize(
    ("status", "content", "headers"),
    [
        (502, b"<html><body>Bad Gateway</body></html>", {"content-type": "text/html"}),
        (520, b"", {}),
        (200, b"<html>maintenance</html>", {"content-type": "text/html"}),
        (200, b'{"data": null, "request_id": "r"}', {}),
        (200, b"[1, 2, 3]", {}),
        (200, b'{"data": {}, "request_id": "r", "usage": "free"}', {}),
    ],
)
async def test_malformed_bodies_become_typed_errors(
    status: int, content: bytes, headers: dict[str, str]
) -> None:
    """HTML gateways, empty 520s and schema-breaking envelopes raise MalformedResponseError."""
    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).respond(status, content=content, headers=headers)
        async with _client(retry=RetryPolicy(max_retries=0)) as client:
            with pytest.raises(MalformedResponseError) as caught:
                await typed(client, READ)(**minimal_arguments(READ))
    assert caught.value.status_code == status
    assert content[:100].decode() in caught.value.body


async def test_a_data_field_of_the_wrong_type_is_a_typed_error() -> None:
    """A well-formed envelope whose fields break the schema raises MalformedResponseError."""
    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).respond(
            200, json=envelope(READ, {_items_field(READ): "not a list"})
        )
        async with _client() as client:
            with pytest.raises(MalformedResponseError):
                await typed(client, READ)(**minimal_arguments(READ))


async def test_a_429_pauses_the_whole_client() -> None:
    """After a 429 with Retry-After, the limiter holds every caller back."""
    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).respond(
            429, json=error_body("RATE_LIMITED"), headers={"Retry-After": "30"}
        )
        async with _client(
            rate_limit=RateLimit(100, 60.0), retry=RetryPolicy(max_retries=0)
        ) as client:
            with pytest.raises(RateLimitError):
                await typed(client, READ)(**minimal_arguments(READ))
            assert client.limiter.statistics().paused_for > 20


async def test_a_huge_retry_after_pauses_the_client_only_up_to_the_cap() -> None:
    """Retry-After: 86400 pauses the client for at most max_retry_after, not a day."""
    with respx.mock() as router:
        router.get(url__startswith=url_of(READ)).respond(
            429, json=error_body("RATE_LIMITED"), headers={"Retry-After": "86400"}
        )
        policy = RetryPolicy(max_retries=0, max_retry_after=30.0)
        async with _client(rate_limit=RateLimit(100, 60.0), retry=policy) as client:
            with pytest.raises(RateLimitError) as caught:
                await typed(client, READ)(**minimal_arguments(READ))
            assert 20 < client.limiter.statistics().paused_for <= 30
    assert caught.value.retry_after == 86400

"""The API key goes only to the base URL's origin and never into repr, errors or logs."""

from __future__ import annotations

import json
import logging
import traceback

import httpx
import pytest
import respx

from trenz_async import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    InvalidParameterError,
    RetryPolicy,
    TrenzClient,
    TrenzError,
)
from trenz_async._transport import RetryTransport

from .helpers import (
    API_KEY,
    BASE_URL,
    cheap_read,
    envelope,
    error_body,
    job,
    make_client,
    minimal_arguments,
    task_status,
    task_status_url,
    typed,
    url_of,
)

pytestmark = pytest.mark.anyio

_READ = cheap_read()


@pytest.mark.parametrize(
    ("mode", "header", "value"),
    [("header", "X-API-Key", API_KEY), ("bearer", "Authorization", f"Bearer {API_KEY}")],
)
async def test_auth_modes(mode: str, header: str, value: str) -> None:
    """auth="header" sends X-API-Key, auth="bearer" sends Authorization: Bearer."""
    with respx.mock() as router:
        route = router.get(task_status_url("t1")).respond(
            200, json=envelope(data={"task_id": "t1", "status": "running"})
        )
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL, auth=mode) as client:
            await typed(client, task_status())(task_id="t1")
    request = route.calls.last.request
    assert request.headers[header] == value
    other = "Authorization" if header == "X-API-Key" else "X-API-Key"
    assert other not in request.headers


@pytest.mark.parametrize("status", [302, 307])
@pytest.mark.parametrize(
    "target",
    ["https://evil.example/steal", "https://api.trenz.test:8443/x", "http://api.trenz.test/x"],
)
async def test_cross_origin_redirect_never_carries_the_key(status: int, target: str) -> None:
    """Even with redirects followed, another host, port or scheme gets no key header."""
    with respx.mock() as router:
        router.get(task_status_url("t1")).respond(status, headers={"Location": target})
        landed = router.get(target).respond(
            200, json=envelope(data={"task_id": "t1", "status": "running"})
        )
        async with TrenzClient(
            api_key=API_KEY, base_url=BASE_URL, http_options={"follow_redirects": True}
        ) as client:
            await typed(client, task_status())(task_id="t1")
    forwarded = landed.calls.last.request
    assert "x-api-key" not in forwarded.headers
    assert "authorization" not in forwarded.headers


async def test_redirects_are_not_followed_by_default() -> None:
    """A 3xx is an error by default: nothing is sent to the Location."""
    with respx.mock(assert_all_called=False) as router:
        router.get(task_status_url("t1")).respond(
            307, headers={"Location": "https://evil.example/"}
        )
        elsewhere = router.get("https://evil.example/").respond(200)
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            with pytest.raises(APIError) as caught:
                await typed(client, task_status())(task_id="t1")
    assert caught.value.status_code == 307
    assert not elsewhere.called


async def test_canary_key_never_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    """The key is absent from reprs, exception text, tracebacks and log records."""
    caplog.set_level(logging.DEBUG, logger="trenz_async")
    with respx.mock() as router:
        router.get(task_status_url("t1")).respond(
            401, json=error_body("AUTH_INVALID_KEY", f"key {API_KEY} is invalid")
        )
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            with pytest.raises(TrenzError) as caught:
                await typed(client, task_status())(task_id="t1")
            logging.getLogger("trenz_async").error("the key was %s", API_KEY)
            texts = [
                repr(client),
                repr(client._runtime.core.http._transport),
                repr(client.usage),
                repr(client.tasks),
            ]
    texts += [str(caught.value), repr(caught.value)]
    texts += [record.getMessage() for record in caplog.records]
    texts += [caplog.text]
    assert caplog.records
    for text in texts:
        assert API_KEY not in text


def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """No key argument and no TRENZ_API_KEY fails at construction."""
    monkeypatch.delenv("TRENZ_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="TRENZ_API_KEY"):
        TrenzClient(base_url=BASE_URL)


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """TRENZ_API_KEY and TRENZ_BASE_URL are the defaults."""
    monkeypatch.setenv("TRENZ_API_KEY", API_KEY)
    monkeypatch.setenv("TRENZ_BASE_URL", "https://other.trenz.test")
    client = TrenzClient()
    assert str(client.base_url) == "https://other.trenz.test"


@pytest.mark.parametrize(
    "url", ["http://api.trenz.test", "http://10.0.0.1:8000", "ftp://x", "api.trenz.test"]
)
def test_plain_http_refused_unless_loopback(url: str) -> None:
    """http:// base URLs are refused for non-loopback hosts."""
    with pytest.raises(ConfigurationError):
        TrenzClient(api_key=API_KEY, base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8765", "http://127.5.5.5", "http://[::1]:80", "http://localhost:9"]
)
def test_plain_http_allowed_on_loopback(url: str) -> None:
    """Loopback means 127.0.0.0/8, ::1 and localhost."""
    assert TrenzClient(api_key=API_KEY, base_url=url).base_url.scheme == "http"


async def test_oversized_body_is_a_typed_error() -> None:
    """A body over max_response_bytes raises ResponseTooLargeError, not a MemoryError."""
    from trenz_async import ResponseTooLargeError

    with respx.mock() as router:
        router.get(task_status_url("t1")).respond(200, content=b"x" * 5000)
        async with TrenzClient(
            api_key=API_KEY, base_url=BASE_URL, max_response_bytes=1000
        ) as client:
            with pytest.raises(ResponseTooLargeError):
                await typed(client, task_status())(task_id="t1")


def test_presigned_signatures_are_redacted_from_logs(caplog: pytest.LogCaptureFixture) -> None:
    """A signed URL's query string never reaches a log record."""
    caplog.set_level(logging.INFO, logger="trenz_async")
    logging.getLogger("trenz_async").info(
        "upload to %s", "https://bucket.s3.test/k.mp4?X-Amz-Signature=deadbeef&X-Amz-Credential=abc"
    )
    assert "deadbeef" not in caplog.text
    assert "https://bucket.s3.test/k.mp4" in caplog.text


def test_every_route_to_the_network_passes_the_sdk_transport(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The client's transport, and each proxy route from the environment, is the SDK's."""
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    monkeypatch.setenv("NO_PROXY", "internal.test")
    client = TrenzClient(api_key=API_KEY, base_url=BASE_URL)
    http = client._runtime.core.http
    assert isinstance(http._transport, RetryTransport)
    routes = {str(pattern.pattern): transport for pattern, transport in http._mounts.items()}
    assert isinstance(routes["https://"], RetryTransport)
    assert routes["all://*internal.test"] is None  # NO_PROXY: the direct route, also the SDK's


ESCAPED_KEY = "".join(f"\\u{ord(char):04x}" for char in API_KEY)


@pytest.mark.parametrize(
    ("status", "body", "operation"),
    [
        (401, '{"code": "AUTH_INVALID_KEY", "message": "bad ' + ESCAPED_KEY + '"}', "status"),
        (302, "<a href='/x?key=" + API_KEY + "'>moved</a>", "status"),
        (200, '{"data": {"nope": "' + ESCAPED_KEY + '"}, "request_id": "r"}', "submit"),
        # ITEMS: the search's list field, from the registry (strings where objects belong).
        (200, '{"data": {"ITEMS": ["' + ESCAPED_KEY + '"]}, "request_id": "r"}', "search"),
    ],
    ids=[
        "escaped-error-message",
        "unfollowed-redirect",
        "submission-without-id",
        "schema-mismatch",
    ],
)
async def test_an_echoed_key_never_reaches_an_exception(
    router: respx.MockRouter, status: int, body: str, operation: str
) -> None:
    """Whatever the path (error, redirect, 200 without a job id, schema mismatch), no text shows the key."""
    status_op, search, submit = task_status(), cheap_read(), job()
    assert search.pagination is not None
    body = body.replace("ITEMS", search.pagination.items_field)
    for info in (search, submit):
        router.route(method=info.method, url=url_of(info)).respond(status, text=body)
    router.get(task_status_url("t1")).respond(status, text=body)
    calls = {
        "status": lambda client: typed(client, status_op)(task_id="t1"),
        "search": lambda client: typed(client, search)(**minimal_arguments(search)),
        "submit": lambda client: typed(client, submit)(**minimal_arguments(submit)),
    }
    async with TrenzClient(api_key=API_KEY, base_url=BASE_URL, rate_limit=None) as client:
        with pytest.raises(TrenzError) as caught:
            await calls[operation](client)
    error = caught.value
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    response = getattr(error, "response", None)
    if response is not None:
        texts += [response.text, str(response.headers), str(response.request.headers)]
    for text in texts:
        assert API_KEY not in text


@pytest.mark.parametrize(
    "key", ["sk_live_abc\rdef", "sk_live_abc\ndef", "sk live abc", "sk_live_é"]
)
def test_a_key_with_whitespace_or_control_characters_is_refused_without_echo(key: str) -> None:
    """Such a key is refused at construction, and the message never shows any of it."""
    with pytest.raises(ConfigurationError) as caught:
        TrenzClient(api_key=key, base_url=BASE_URL)
    text = str(caught.value) + repr(caught.value)
    assert "abc" not in text
    assert "def" not in text


async def test_an_odd_shaped_key_is_redacted_from_connection_errors() -> None:
    """A configured key of any shape never appears in a message, quoted or escaped."""
    odd = 'Tz9\\odd"key/shape=='  # a backslash and a quote: escaped when quoted
    with respx.mock() as router:
        router.get(url__startswith=BASE_URL).mock(
            side_effect=httpx.ConnectError(f"refused while sending {odd!r} ({json.dumps(odd)})")
        )
        async with TrenzClient(
            api_key=odd, base_url=BASE_URL, rate_limit=None, max_retries=0
        ) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.call(_READ.operation_id, **minimal_arguments(_READ))
    text = str(caught.value)
    assert "odd" not in text


@pytest.mark.parametrize(
    "value", ["a\r\nInjected: 1", "a\nb", "nul\x00", "caf\u00e9"], ids=["crlf", "lf", "nul", "utf8"]
)
async def test_an_unsendable_extra_header_is_refused_before_anything_is_counted(
    value: str,
) -> None:
    """A CR/LF (or any byte a header cannot carry) in extra_headers on a paid job is an
    InvalidParameterError: nothing sent, nothing uncertain."""
    job_info = job()
    with respx.mock(assert_all_called=False) as router:
        route = router.route(method=job_info.method, url__startswith=url_of(job_info))
        async with make_client() as client:
            with pytest.raises(InvalidParameterError, match="extra_headers"):
                await client.call(
                    job_info.operation_id,
                    extra_headers={"X-Trace": value},
                    **minimal_arguments(job_info),
                )
            snap = client.usage.snapshot()
    assert route.call_count == 0
    assert (snap.coins_uncertain, snap.calls) == (0, 0)


@pytest.mark.parametrize("name", ["X Trace", "X-Trace:", "", "Ünïcode"])
async def test_an_invalid_extra_header_name_is_refused(name: str) -> None:
    """Header names must be RFC 9110 tokens."""
    async with make_client() as client:
        with pytest.raises(InvalidParameterError, match="header name"):
            await client.call(
                _READ.operation_id, extra_headers={name: "x"}, **minimal_arguments(_READ)
            )


async def test_a_protocol_error_raised_before_sending_is_not_an_unknown_outcome() -> None:
    """httpx.LocalProtocolError means the request never left: a paid job may go again."""
    job_info = job()
    with respx.mock() as router:
        route = router.route(method=job_info.method, url__startswith=url_of(job_info))
        route.side_effect = [
            httpx.LocalProtocolError("Illegal header value"),
            httpx.Response(200, json=envelope(job_info, data={job_info.job_id_field: "j-1"})),
        ]
        async with make_client(retry=RetryPolicy(max_retries=1, initial_backoff=0.0)) as client:
            task = await client.call(job_info.operation_id, **minimal_arguments(job_info))
            snap = client.usage.snapshot()
    assert task.id == "j-1"
    assert route.call_count == 2
    assert snap.coins_uncertain == 0


@pytest.mark.parametrize(
    "raw",
    ["café".encode(), "caf\u00e9".encode("latin-1"), b"\xff\xfe"],
    ids=["utf8", "latin1", "bytes"],
)
async def test_a_non_ascii_header_on_an_error_answer_is_still_a_typed_error(raw: bytes) -> None:
    """An error answer whose headers carry non-ASCII bytes becomes the typed APIError."""
    with respx.mock() as router:
        router.get(url__startswith=BASE_URL).respond(
            404, headers=[(b"x-note", raw)], json={"code": "ROUTE_NOT_FOUND", "message": "no"}
        )
        async with make_client() as client:
            with pytest.raises(APIError) as caught:
                await client.call(_READ.operation_id, **minimal_arguments(_READ))
    assert caught.value.status_code == 404
    assert caught.value.response is not None

"""The error hierarchy: response mapping, Retry-After parsing, connection errors, pickling."""

from __future__ import annotations

import email.utils
import json
import pickle
from typing import Any

import httpx
import pytest

from trenz_async._errors import (
    BODY_PREVIEW_CHARS,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BackendError,
    BackendTimeoutError,
    BackendUnavailableError,
    BadRequestError,
    BudgetExceededError,
    InsufficientBalanceError,
    InternalServerError,
    InvalidParameterError,
    MalformedResponseError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ResponseTooLargeError,
    RouteNotFoundError,
    ServerError,
    TaskFailedError,
    TaskNotFoundError,
    TaskTimeoutError,
    TrenzError,
)
from trenz_async._transport.responses import (
    connection_error_from,
    error_from_response,
    malformed,
    parse_retry_after,
)

from .helpers import error_body

API_KEY = "sk_live_CANARY0123456789abcdef"
NOW = 1_700_000_000.0

# Every row of trenz/error-codes.txt.
DOCUMENTED_CODES = [
    (400, "BAD_REQUEST", BadRequestError),
    (400, "INVALID_PARAM", BadRequestError),
    (400, "MISSING_PARAM", BadRequestError),
    (400, "INVALID_SORT_FIELD", BadRequestError),
    (400, "INVALID_INCLUDE", BadRequestError),
    (400, "PAGE_SIZE_EXCEEDED", BadRequestError),
    (401, "AUTH_MISSING_KEY", AuthenticationError),
    (401, "AUTH_INVALID_KEY", AuthenticationError),
    (401, "AUTH_KEY_REVOKED", AuthenticationError),
    (401, "AUTH_KEY_SUSPENDED", AuthenticationError),
    (402, "INSUFFICIENT_BALANCE", InsufficientBalanceError),
    (403, "FORBIDDEN_SCOPE", PermissionDeniedError),
    (404, "ROUTE_NOT_FOUND", RouteNotFoundError),
    (404, "TASK_NOT_FOUND", TaskNotFoundError),
    (429, "RATE_LIMITED", RateLimitError),
    (429, "QUOTA_EXCEEDED", QuotaExceededError),
    (500, "INTERNAL_ERROR", InternalServerError),
    (502, "BACKEND_ERROR", BackendError),
    (503, "BACKEND_UNAVAILABLE", BackendUnavailableError),
    (504, "BACKEND_TIMEOUT", BackendTimeoutError),
]


def _response(
    status: int,
    content: bytes | None = None,
    *,
    json_body: Any = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """A response whose request carries the API key, as real ones do."""
    request = httpx.Request(
        "POST", "https://api.trenz.test/open/v1/x", headers={"X-API-Key": API_KEY}
    )
    if json_body is not None:
        content = json.dumps(json_body).encode()
    return httpx.Response(status, content=content or b"", headers=headers, request=request)


@pytest.mark.parametrize(("status", "code", "cls"), DOCUMENTED_CODES)
def test_every_documented_code_maps_to_its_class(
    status: int, code: str, cls: type[APIError]
) -> None:
    """Each documented code becomes its own class carrying every field of the body."""
    error = error_from_response(_response(status, json_body=error_body(code, "why")))
    assert type(error) is cls
    assert (error.status_code, error.code, error.message) == (status, code, "why")
    assert error.request_id == "req_err"
    assert error.docs_url == f"https://docs/{code}"
    assert error.response is not None


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, InsufficientBalanceError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, BackendError),
        (503, BackendUnavailableError),
        (504, BackendTimeoutError),
        (409, APIError),
        (418, APIError),
        (501, ServerError),
        (520, ServerError),
    ],
)
def test_unknown_code_falls_back_to_the_status(status: int, cls: type[APIError]) -> None:
    """A code the SDK does not know is classified by its status (other 4xx: APIError, 5xx: ServerError)."""
    error = error_from_response(_response(status, json_body=error_body("SOMETHING_NEW")))
    assert type(error) is cls
    assert error.code == "SOMETHING_NEW"


def test_known_code_wins_over_an_unexpected_status() -> None:
    """A known code picks its class even under another status."""
    error = error_from_response(_response(400, json_body=error_body("QUOTA_EXCEEDED")))
    assert type(error) is QuotaExceededError


def test_missing_fields_are_tolerated() -> None:
    """An error body with only a message still maps by status, with the other fields None."""
    error = error_from_response(_response(404, json_body={"message": "gone"}))
    assert type(error) is NotFoundError
    assert (error.code, error.message, error.request_id, error.docs_url) == (
        None,
        "gone",
        None,
        None,
    )


def test_non_string_fields_are_ignored() -> None:
    """Fields of the wrong type are treated as missing rather than crashing or leaking through."""
    error = error_from_response(
        _response(400, json_body={"code": 7, "message": "bad", "request_id": ["x"]})
    )
    assert type(error) is BadRequestError
    assert (error.code, error.request_id) == (None, None)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "not JSON"),
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"[1, 2, 3]", "not an object"),
        (b'"oops"', "not an object"),
        (b"null", "not an object"),
        (b'{"data": null}', "neither"),
        (b"[" * 100_000, "not JSON"),
    ],
)
@pytest.mark.parametrize("status", [400, 429, 502, 520])
def test_malformed_bodies_become_malformed_response_errors(
    status: int, content: bytes, problem: str
) -> None:
    """A body that is not a Trenz error object becomes MalformedResponseError with the status and body."""
    error = error_from_response(_response(status, content))
    assert isinstance(error, MalformedResponseError)
    assert error.status_code == status
    assert problem in error.message
    text = content.decode()
    if len(text) <= BODY_PREVIEW_CHARS:
        assert error.body == text
    else:
        assert error.body.startswith(text[:BODY_PREVIEW_CHARS])
        assert "truncated" in error.body


@pytest.mark.parametrize("status", [500, 502, 503, 504, 520, 599])
def test_malformed_5xx_is_also_a_server_error(status: int) -> None:
    """An HTML 5xx is caught as ServerError too, so it is retried like any 5xx."""
    error = error_from_response(_response(status, b"<html>bad gateway</html>"))
    assert isinstance(error, MalformedResponseError)
    assert isinstance(error, ServerError)


@pytest.mark.parametrize("status", [200, 400, 404, 429])
def test_malformed_non_5xx_is_not_a_server_error(status: int) -> None:
    """A malformed body with a non-5xx status is not a ServerError."""
    error = MalformedResponseError(status_code=status, body=b"<html>")
    assert not isinstance(error, ServerError)


def test_long_bodies_are_truncated_with_a_marker() -> None:
    """Only the start of a long body is kept, and the cut is marked."""
    error = error_from_response(_response(502, b"<html>" + b"x" * 10_000))
    assert isinstance(error, MalformedResponseError)
    assert error.body.startswith("<html>xxx")
    assert len(error.body) < BODY_PREVIEW_CHARS + 100
    assert "truncated" in error.body
    assert "10006" in error.body


def test_undecodable_bytes_do_not_crash() -> None:
    """A body that is not UTF-8 is kept with replacement characters."""
    error = error_from_response(_response(502, b"\xff\xfe\x00garbage"))
    assert isinstance(error, MalformedResponseError)
    assert "garbage" in error.body


def test_body_argument_is_used_when_given() -> None:
    """The body passed in (read elsewhere) is parsed instead of the response content."""
    response = _response(429, b"ignored")
    error = error_from_response(response, json.dumps(error_body("RATE_LIMITED")).encode())
    assert type(error) is RateLimitError


def test_streaming_response_not_read_is_treated_as_empty() -> None:
    """A response whose body was never read does not raise ResponseNotRead."""
    request = httpx.Request("GET", "https://api.trenz.test/x")
    response = httpx.Response(503, stream=httpx.ByteStream(b"late"), request=request)
    error = error_from_response(response)
    assert isinstance(error, ServerError)
    assert isinstance(error, MalformedResponseError)


def test_response_too_large_keeps_the_limit_and_follows_the_status() -> None:
    """ResponseTooLargeError carries the limit, and with a 5xx status is also a ServerError."""
    small = malformed(ResponseTooLargeError, status_code=200, limit=1024, body=b"{")
    big = malformed(ResponseTooLargeError, status_code=502, limit=1024, body=b"<html>")
    assert small.limit == 1024
    assert isinstance(small, MalformedResponseError)
    assert not isinstance(small, ServerError)
    assert isinstance(big, ResponseTooLargeError)
    assert isinstance(big, ServerError)
    assert "1024" in str(big)


def test_rate_limit_error_carries_retry_after() -> None:
    """The Retry-After header is parsed onto the error."""
    response = _response(429, json_body=error_body("RATE_LIMITED"), headers={"Retry-After": "7"})
    assert error_from_response(response).retry_after == 7.0


def test_retry_after_http_date_uses_now() -> None:
    """An HTTP-date Retry-After is measured from the `now` given."""
    date = email.utils.formatdate(NOW + 30, usegmt=True)
    response = _response(
        503, json_body=error_body("BACKEND_UNAVAILABLE"), headers={"Retry-After": date}
    )
    assert error_from_response(response, now=NOW).retry_after == pytest.approx(30.0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("7", 7.0),
        ("0", 0.0),
        (" 12 ", 12.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        (email.utils.formatdate(NOW + 90, usegmt=True), 90.0),
        (email.utils.formatdate(NOW - 90, usegmt=True), 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        (email.utils.formatdate(NOW + 90).replace("+0000", "-0000"), 90.0),
        ("", None),
        ("soon", None),
        ("inf", None),
        ("-inf", None),
        ("nan", None),
        ("Infinity", None),
        ("1e3", None),
        ("9" * 400, None),
        ("Wed, 99 Foo 2015 07:28:00 GMT", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    """Retry-After parses as seconds or an HTTP date; negatives/past are 0, junk and non-finite are None."""
    result = parse_retry_after(value, now=NOW)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


def test_api_error_str_has_status_code_message_and_request_id() -> None:
    """str() reads `429 RATE_LIMITED: Rate limit exceeded (request_id=req_err)`."""
    error = error_from_response(
        _response(429, json_body=error_body("RATE_LIMITED", "Rate limit exceeded"))
    )
    assert str(error) == "429 RATE_LIMITED: Rate limit exceeded (request_id=req_err)"


def test_api_error_str_without_code_or_request_id() -> None:
    """Missing code and request id are left out of str() rather than printed as None."""
    assert str(APIError(status_code=418)) == "418: I'm a teapot"


def test_no_error_text_contains_the_api_key() -> None:
    """Neither str() nor repr() of an error includes the request's headers."""
    errors: list[BaseException] = [
        error_from_response(_response(status, json_body=error_body(code)))
        for status, code, _ in DOCUMENTED_CODES
    ]
    errors.append(error_from_response(_response(502, b"<html>")))
    for error in errors:
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)


def _examples() -> list[TrenzError]:
    return [
        error_from_response(_response(429, json_body=error_body("RATE_LIMITED")), now=NOW),
        error_from_response(_response(502, b"<html>" * 200)),
        malformed(ResponseTooLargeError, status_code=503, limit=10, body=b"xx"),
        InvalidParameterError("page must be >= 1", parameter="page", operation_id="op"),
        BudgetExceededError(operation_id="op", estimate=10, remaining=3, budget=100),
        APIConnectionError("refused", request_sent=False),
        APITimeoutError("read timeout"),
        OutcomeUnknownError(operation_id="op", submission_id="s1", estimate=500, job_id="j1"),
        TaskFailedError(task_id="t1", operation_id="op", status="refunded", error_message="boom"),
        TaskTimeoutError(task_id="t1", operation_id=None, timeout=5.0),
    ]


@pytest.mark.parametrize("error", _examples(), ids=lambda error: type(error).__name__)
def test_errors_pickle_round_trip(error: TrenzError) -> None:
    """Every error survives pickling with its type, fields and str(); the response is dropped."""
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    expected = {name: value for name, value in vars(error).items() if name != "response"}
    assert {name: value for name, value in vars(copy).items() if name != "response"} == expected
    assert getattr(copy, "response", None) is None


def test_invalid_parameter_error_is_a_value_error() -> None:
    """InvalidParameterError is also a ValueError and carries the parameter and operation."""
    error = InvalidParameterError("page must be >= 1", parameter="page", operation_id="op")
    assert isinstance(error, ValueError)
    assert (error.parameter, error.operation_id) == ("page", "op")
    assert "page" in str(error)


def test_budget_exceeded_error_fields() -> None:
    """BudgetExceededError carries estimate, remaining and budget, and says nothing was sent."""
    error = BudgetExceededError(operation_id="op", estimate=10, remaining=3, budget=100)
    assert (error.operation_id, error.estimate, error.remaining, error.budget) == ("op", 10, 3, 100)
    assert "nothing was sent" in str(error)


def test_task_errors_carry_their_fields() -> None:
    """TaskFailedError and TaskTimeoutError carry the task id; a task timeout is a TimeoutError."""
    failed = TaskFailedError(
        task_id="t1", operation_id="op", status="refunded", error_message="boom"
    )
    timeout = TaskTimeoutError(task_id="t2", operation_id="op", timeout=5.0)
    assert (failed.task_id, failed.status, failed.error_message) == ("t1", "refunded", "boom")
    assert "boom" in str(failed)
    assert isinstance(timeout, TimeoutError)
    assert (timeout.task_id, timeout.timeout) == ("t2", 5.0)
    assert "t2" in str(timeout)


def test_outcome_unknown_error_warns_against_resubmitting() -> None:
    """OutcomeUnknownError names the operation and its cause and tells the user to check first."""
    cause = APITimeoutError("read timeout")
    with pytest.raises(OutcomeUnknownError) as info:
        raise OutcomeUnknownError(operation_id="trenz-ai-video") from cause
    text = str(info.value)
    assert info.value.__cause__ is cause
    assert "trenz-ai-video" in text
    assert "APITimeoutError" in text
    assert "Do not resubmit" in text


@pytest.mark.parametrize(
    ("exc", "cls", "sent"),
    [
        (httpx.ConnectError("refused"), APIConnectionError, False),
        (httpx.ConnectTimeout("slow connect"), APITimeoutError, False),
        (httpx.PoolTimeout("no connection free"), APITimeoutError, False),
        (httpx.ProxyError("tunnel refused"), APIConnectionError, False),
        (httpx.UnsupportedProtocol("ftp"), APIConnectionError, False),
        (httpx.ReadTimeout("slow read"), APITimeoutError, True),
        (httpx.WriteTimeout("slow write"), APITimeoutError, True),
        (httpx.ReadError("reset"), APIConnectionError, True),
        (httpx.WriteError("broken pipe"), APIConnectionError, True),
        (httpx.RemoteProtocolError("peer closed"), APIConnectionError, True),
        (httpx.LocalProtocolError("bad"), APIConnectionError, False),  # refused before sending
        (httpx.NetworkError("other"), APIConnectionError, True),
    ],
)
def test_connection_error_from(
    exc: httpx.TransportError, cls: type[APIConnectionError], sent: bool
) -> None:
    """Transport failures map to connection/timeout errors; only connect-phase ones are `request_sent=False`."""
    error = connection_error_from(exc)
    assert type(error) is cls
    assert error.request_sent is sent
    assert type(exc).__name__ in str(error)


@pytest.mark.parametrize(
    "echo",
    [
        API_KEY,
        API_KEY.replace("_", "\\u005f"),  # JSON-escaped underscores
        "".join(f"\\u{ord(char):04x}" for char in API_KEY),  # every character escaped
        "https:\\/\\/files.test\\/x?X-Amz-Signature=" + "ab" * 10,  # escaped slashes
    ],
    ids=["plain", "escaped-underscores", "all-escaped", "escaped-signed-url"],
)
def test_an_echoed_key_is_redacted_after_decoding(echo: str) -> None:
    """A key or signature the server echoes, JSON-escaped or not, never reaches str, repr or exc.response."""
    from trenz_async._support.redact import register_secret

    handle = register_secret(API_KEY)
    body = (
        '{"code": "INVALID_PARAM", "message": "bad key ' + echo + '", "request_id": "r"}'
    ).encode()
    error = error_from_response(_response(400, body))
    torn = error_from_response(_response(502, body[:-20]))  # not JSON any more
    for text in (
        str(error),
        repr(error),
        error.response.text if error.response else "",
        str(torn),
        torn.body,
    ):
        assert API_KEY not in text
        assert "ab" * 10 not in text
    assert isinstance(error, BadRequestError)
    del handle


def test_route_not_found_is_its_own_error() -> None:
    """404 ROUTE_NOT_FOUND (an operation the server no longer has) is a RouteNotFoundError."""
    from trenz_async import RouteNotFoundError

    error = error_from_response(_response(404, json_body=error_body("ROUTE_NOT_FOUND")))
    assert type(error) is RouteNotFoundError
    assert isinstance(error, NotFoundError)


def test_outcome_unknown_error_carries_what_is_known() -> None:
    """OutcomeUnknownError names the submission, job, request and estimate it knows."""
    error = OutcomeUnknownError(
        operation_id="op", submission_id="s1", estimate=500, job_id="j1", request_id="r1"
    )
    text = str(error)
    for part in ("submission_id=s1", "job_id=j1", "request_id=r1", "estimate=500"):
        assert part in text

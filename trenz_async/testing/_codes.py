"""Trenz's error codes, their HTTP statuses and the error body the fake answers with."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping

from starlette.responses import Response

DOCS_URL = "https://openapi-doc.trenz.ai/errors/"
JSON_MEDIA_TYPE = "application/json"


class ErrorCode(enum.StrEnum):
    """The codes of Trenz's error-code page, each with its status and stock message."""

    BAD_REQUEST = "BAD_REQUEST"
    INVALID_PARAM = "INVALID_PARAM"
    MISSING_PARAM = "MISSING_PARAM"
    INVALID_SORT_FIELD = "INVALID_SORT_FIELD"
    PAGE_SIZE_EXCEEDED = "PAGE_SIZE_EXCEEDED"
    AUTH_MISSING_KEY = "AUTH_MISSING_KEY"
    AUTH_INVALID_KEY = "AUTH_INVALID_KEY"
    AUTH_KEY_REVOKED = "AUTH_KEY_REVOKED"
    AUTH_KEY_SUSPENDED = "AUTH_KEY_SUSPENDED"
    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    FORBIDDEN_SCOPE = "FORBIDDEN_SCOPE"
    ROUTE_NOT_FOUND = "ROUTE_NOT_FOUND"
    TASK_NOT_FOUND = "TASK_NOT_FOUND"
    RATE_LIMITED = "RATE_LIMITED"
    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    BACKEND_ERROR = "BACKEND_ERROR"
    BACKEND_UNAVAILABLE = "BACKEND_UNAVAILABLE"
    BACKEND_TIMEOUT = "BACKEND_TIMEOUT"

    @property
    def status(self) -> int:
        """The HTTP status Trenz answers this code with."""
        return _STATUS[self]

    @property
    def default_message(self) -> str:
        """The description the error-code page gives for this code."""
        return _MESSAGES[self]


_STATUS: Mapping[ErrorCode, int] = {
    ErrorCode.BAD_REQUEST: 400,
    ErrorCode.INVALID_PARAM: 400,
    ErrorCode.MISSING_PARAM: 400,
    ErrorCode.INVALID_SORT_FIELD: 400,
    ErrorCode.PAGE_SIZE_EXCEEDED: 400,
    ErrorCode.AUTH_MISSING_KEY: 401,
    ErrorCode.AUTH_INVALID_KEY: 401,
    ErrorCode.AUTH_KEY_REVOKED: 401,
    ErrorCode.AUTH_KEY_SUSPENDED: 401,
    ErrorCode.INSUFFICIENT_BALANCE: 402,
    ErrorCode.FORBIDDEN_SCOPE: 403,
    ErrorCode.ROUTE_NOT_FOUND: 404,
    ErrorCode.TASK_NOT_FOUND: 404,
    ErrorCode.RATE_LIMITED: 429,
    ErrorCode.QUOTA_EXCEEDED: 429,
    ErrorCode.INTERNAL_ERROR: 500,
    ErrorCode.BACKEND_ERROR: 502,
    ErrorCode.BACKEND_UNAVAILABLE: 503,
    ErrorCode.BACKEND_TIMEOUT: 504,
}

_MESSAGES: Mapping[ErrorCode, str] = {
    ErrorCode.BAD_REQUEST: "Invalid request parameters",
    ErrorCode.INVALID_PARAM: "Invalid parameter value",
    ErrorCode.MISSING_PARAM: "Required parameter missing",
    ErrorCode.INVALID_SORT_FIELD: "Invalid sort field",
    ErrorCode.PAGE_SIZE_EXCEEDED: "Page size out of range",
    ErrorCode.AUTH_MISSING_KEY: "Missing API key. Add X-API-Key or Authorization: Bearer sk_...",
    ErrorCode.AUTH_INVALID_KEY: "Invalid API key",
    ErrorCode.AUTH_KEY_REVOKED: "API key has been revoked",
    ErrorCode.AUTH_KEY_SUSPENDED: "API key is suspended",
    ErrorCode.INSUFFICIENT_BALANCE: "Insufficient balance",
    ErrorCode.FORBIDDEN_SCOPE: "Not authorized",
    ErrorCode.ROUTE_NOT_FOUND: "Endpoint not found",
    ErrorCode.TASK_NOT_FOUND: "Async task not found",
    ErrorCode.RATE_LIMITED: "Rate limit exceeded",
    ErrorCode.QUOTA_EXCEEDED: "Quota exceeded",
    ErrorCode.INTERNAL_ERROR: "Internal service error",
    ErrorCode.BACKEND_ERROR: "Backend service error",
    ErrorCode.BACKEND_UNAVAILABLE: "Backend unavailable",
    ErrorCode.BACKEND_TIMEOUT: "Backend timeout",
}


class FakeAPIError(Exception):
    """Raised inside the fake to answer with a Trenz error body."""

    def __init__(
        self,
        code: ErrorCode,
        message: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.code = code
        self.message = message or code.default_message
        self.headers = dict(headers or {})
        super().__init__(f"{code.value}: {self.message}")


def error_body(code: ErrorCode, message: str, request_id: str) -> dict[str, str]:
    """The JSON error body `{code, message, request_id, docs_url}`."""
    return {
        "code": code.value,
        "message": message,
        "request_id": request_id,
        "docs_url": DOCS_URL + code.value,
    }


def json_response(status: int, body: object, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON response with compact, deterministic encoding."""
    content = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    return Response(content, status_code=status, headers=headers, media_type=JSON_MEDIA_TYPE)


def error_response(error: FakeAPIError, request_id: str, headers: Mapping[str, str]) -> Response:
    """The response for a `FakeAPIError`, with the fake's common headers added."""
    body = error_body(error.code, error.message, request_id)
    return json_response(error.code.status, body, {**headers, **error.headers})

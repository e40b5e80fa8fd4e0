"""Keeping secrets out of every text the SDK shows: exception messages, logs and reprs.

A server may echo a request back, key included, and may escape it on the way (`\\/`,
`\\u0073k_live...`). So text is redacted *after* decoding: a JSON body is decoded and
re-serialized without escapes, anything else has its JSON-style escapes undone, and only
then are the registered keys, anything shaped like a Trenz key (`sk_live_...`) and the
signatures in presigned-URL query strings replaced.
"""

from __future__ import annotations

import json
import re
import weakref

import httpx

REDACTED = "[redacted]"
# Query strings of presigned URLs carry signatures (X-Amz-Signature, Signature, ...).
_SIGNED_QUERY = re.compile(r"(https?://[^\s?\"']+)\?[^\s\"']*", re.IGNORECASE)
_KEY_SHAPE = re.compile(r"sk_(live|test)_[A-Za-z0-9_\-]+")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
# Decoding a whole 32 MiB body to show 500 characters of it would be waste; a key past
# this point cannot reach a preview anyway.
_SCAN_LIMIT = 64 * 1024
_BODY_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class _Secret:
    """A weakly-referenced holder, so a dead client's key stops being tracked."""

    __slots__ = ("__weakref__", "value")

    def __init__(self, value: str) -> None:
        self.value = value


_secrets: weakref.WeakSet[_Secret] = weakref.WeakSet()


def register_secret(value: str) -> object:
    """Redact `value` everywhere from now on, and the forms messages quote it in (its
    `repr`, its JSON string); keep the returned handle alive with it."""
    handles = [_Secret(form) for form in {value, repr(value)[1:-1], json.dumps(value)[1:-1]}]
    for handle in handles:
        _secrets.add(handle)
    return handles


def redact(text: str) -> str:
    """`text` with every registered secret, key-shaped string and URL signature replaced."""
    for secret in list(_secrets):
        if secret.value and secret.value in text:
            text = text.replace(secret.value, REDACTED)
    text = _KEY_SHAPE.sub(REDACTED, text)
    if "?" in text:
        text = _SIGNED_QUERY.sub(lambda match: f"{match.group(1)}?{REDACTED}", text)
    return text


def readable(body: bytes | str | None) -> str:
    """A response body as safe text: decoded, unescaped, then redacted."""
    if body is None:
        return ""
    if isinstance(body, bytes):
        body = body[:_SCAN_LIMIT].decode("utf-8", errors="replace")
    else:
        body = body[:_SCAN_LIMIT]
    return redact(_unescaped(body))


def _unescaped(text: str) -> str:
    if "\\" not in text:
        return text
    try:
        return json.dumps(json.loads(text), ensure_ascii=False)
    except (ValueError, RecursionError):
        pass
    # Not (whole) JSON, say a body cut short: undo the escapes a key could hide behind.
    text = _UNICODE_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    return text.replace("\\/", "/")


def redacted_response(response: httpx.Response, body: bytes) -> httpx.Response:
    """A copy of an error response whose body and headers went through `readable`.

    Exceptions keep this copy in `exc.response`, so `.text`, `.content` and `.json()`
    there never hand out an echoed key.
    """
    headers = [
        # As bytes: a header may hold non-ASCII text, which httpx would refuse to encode.
        (name.encode("latin-1", errors="replace"), readable(value).encode("utf-8"))
        for name, value in response.headers.items()
        if name not in _BODY_FRAMING  # the copy's body is already decoded and whole
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=readable(body).encode(),
        request=response.request if _has_request(response) else None,
    )


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018  # the property raises when no request is attached
    except RuntimeError:
        return False
    return True

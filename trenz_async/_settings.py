"""What `TrenzClient` is given, checked and normalized before anything is built.

The key (from `api_key=` or `$TRENZ_API_KEY`), the base URL (plain `http://` only to
loopback hosts), the timeout, coin figures, retries and the paying-once options: each
wrong value is a `ConfigurationError` at construction, never a surprise at the first call.
"""

from __future__ import annotations

import os
import re

import httpx

from ._call import ReadCache
from ._errors import ConfigurationError
from ._registry import server_url
from ._support import check_timeout, check_whole, register_secret
from ._transport import RetryPolicy

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_KEY_TEXT = re.compile(r"[\x21-\x7e]+")  # visible ASCII: what a header value can carry


def checked_key(api_key: str | None) -> tuple[str, object]:
    """The key to send, and its redaction handle (keep it: the key stays redacted while it lives).

    Raises:
        ConfigurationError: no key, or one with characters a header cannot carry.
    """
    key = api_key if api_key is not None else os.environ.get("TRENZ_API_KEY")
    if not key or not key.strip():
        raise ConfigurationError("no API key: pass api_key=... or set TRENZ_API_KEY")
    key = key.strip()
    handle = register_secret(key)
    if not _KEY_TEXT.fullmatch(key):
        # Never echo it: a key with a stray character is still a key.
        raise ConfigurationError(
            "the API key contains whitespace, control or non-ASCII characters; "
            "check how it was copied or read"
        )
    return key, handle


def checked_base_url(given: str | None) -> httpx.URL:
    """`base_url=`, else `$TRENZ_BASE_URL`, else the spec's server; refused unless safe."""
    raw = given or os.environ.get("TRENZ_BASE_URL") or server_url()
    try:
        url = httpx.URL(raw.rstrip("/"))
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"refusing base_url {raw!r}: {exc}") from None
    if url.scheme == "https" and url.host:
        return url
    if url.scheme == "http" and _is_loopback(url.host):
        return url
    raise ConfigurationError(
        f"refusing base_url {raw!r}: use https:// (plain http:// only for loopback hosts), "
        "so the API key never crosses a network in clear text"
    )


def with_retries(policy: RetryPolicy, max_retries: int) -> RetryPolicy:
    try:
        return policy.with_retries(max_retries)
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(f"max_retries must be an int >= 0: {exc}") from None


def check_sharing(coalesce: object, cache: object) -> None:
    if not isinstance(coalesce, bool):
        raise ConfigurationError(f"coalesce must be True or False, got {coalesce!r}")
    if cache is not None and not isinstance(cache, ReadCache):
        raise ConfigurationError(
            f"cache must be a trenz_async.ReadCache or None, got {type(cache).__name__}"
        )


def http_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    try:
        return check_timeout("timeout", value)
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from None


def check_counts(**counts: int | None) -> None:
    """Coin figures the client is given: whole numbers >= 0 (NaN would disable a budget)."""
    for name, value in counts.items():
        if value is not None:
            try:
                check_whole(name, value)
            except ValueError as exc:
                raise ConfigurationError(str(exc)) from None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        import ipaddress  # only plain-http base URLs get here

        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

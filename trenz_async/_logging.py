"""The `trenz_async` logger, its `TRENZ_LOG` switch and the filter that keeps secrets out.

Each request logs one line: method, path, status, attempt, elapsed, coin cost and
request id. API keys and presigned-URL signatures never reach a log record: a filter
on the logger rewrites any record that contains them, whoever emitted it.
"""

from __future__ import annotations

import logging
import os
import re
import weakref

logger = logging.getLogger("trenz_async")

REDACTED = "[redacted]"
# Query strings of presigned URLs carry signatures (X-Amz-Signature, Signature, ...).
_SIGNED_QUERY = re.compile(r"(https?://[^\s?\"']+)\?[^\s\"']*", re.IGNORECASE)
_KEY_SHAPE = re.compile(r"sk_(live|test)_[A-Za-z0-9_\-]+")


class RedactingFilter(logging.Filter):
    """Replace registered secrets, `sk_...` keys and signed query strings in records."""

    def __init__(self) -> None:
        super().__init__("trenz_async")
        self._secrets: weakref.WeakSet[_Secret] = weakref.WeakSet()

    def register(self, secret: _Secret) -> None:
        """Redact `secret.value` for as long as its owner lives."""
        self._secrets.add(secret)

    def redact(self, text: str) -> str:
        """`text` with every known secret replaced."""
        for secret in list(self._secrets):
            if secret.value:
                text = text.replace(secret.value, REDACTED)
        text = _KEY_SHAPE.sub(REDACTED, text)
        return _SIGNED_QUERY.sub(lambda match: f"{match.group(1)}?{REDACTED}", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            # Tracebacks are formatted later from exc_info; pre-format and clean them.
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class _Secret:
    """A weakly-referenced holder, so a dead client's key stops being tracked."""

    __slots__ = ("__weakref__", "value")

    def __init__(self, value: str) -> None:
        self.value = value


redacting_filter = RedactingFilter()
logger.addFilter(redacting_filter)


def register_secret(value: str) -> object:
    """Redact `value` from `trenz_async` logs; keep the returned handle alive with it."""
    secret = _Secret(value)
    redacting_filter.register(secret)
    return secret


def configure_from_env() -> None:
    """`TRENZ_LOG=debug|info` sends the logger to stderr at that level."""
    level = os.environ.get("TRENZ_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO") or getattr(logger, "_trenz_configured", False):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler.addFilter(redacting_filter)
    logger.addHandler(handler)
    logger.setLevel(level)
    logger._trenz_configured = True  # type: ignore[attr-defined]

"""The `trenz_async` logger, its `TRENZ_LOG` switch and the filter that keeps secrets out.

Each request attempt logs one line at INFO (method, path, operation, status, attempt,
elapsed, coin cost, request id); retries and pauses after a 429 log at WARNING. Records
carry structured fields too (`operation_id`, `attempt`, `coins`, `request_id`, as
`extra=`), for JSON, structlog or Sentry handlers.

A filter on the logger redacts every record, whoever emitted it, so API keys and
presigned-URL signatures never reach a handler, while keeping what handlers use: the
message template, its arguments (a clean argument stays the object it was; one whose
text holds a secret becomes its redacted text) and the exception info (its formatted
text is redacted into `exc_text`, which formatters print instead of formatting it again).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

from .redact import redact

logger = logging.getLogger("trenz_async")


class RedactingFilter(logging.Filter):
    """Redact a record's message, arguments and traceback text, keeping all three."""

    def __init__(self) -> None:
        super().__init__("trenz_async")

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _clean(record.msg)
        args = record.args
        if isinstance(args, tuple):
            record.args = tuple(_clean(arg) for arg in args)
        elif isinstance(args, Mapping):
            record.args = {key: _clean(value) for key, value in args.items()}
        if record.exc_info and record.exc_info[1] is not None and record.exc_text is None:
            # Formatters print `exc_text` when it is set rather than format exc_info again,
            # so the traceback shown is the redacted one; exc_info stays for handlers
            # (Sentry) that want the exception itself.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


class _Redacted:
    """An argument whose text held a secret: it formats as the redacted text."""

    __slots__ = ("_repr", "_str")

    def __init__(self, text: str, representation: str) -> None:
        self._str = text
        self._repr = representation

    def __str__(self) -> str:
        return self._str

    def __repr__(self) -> str:
        return self._repr


def _clean(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value  # numbers keep their type: `%d` and `%.2f` still format them
    if isinstance(value, str):
        return redact(value)
    text, representation = str(value), repr(value)
    clean_text, clean_repr = redact(text), redact(representation)
    if clean_text == text and clean_repr == representation:
        return value
    return _Redacted(clean_text, clean_repr)


redacting_filter = RedactingFilter()
logger.addFilter(redacting_filter)


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

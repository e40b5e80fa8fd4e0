"""The `trenz_async` logger, its `TRENZ_LOG` switch and the filter that keeps secrets out.

Each request attempt logs one line at INFO (method, path, operation, status, attempt,
elapsed, coin cost, request id); retries and pauses after a 429 log at WARNING. A filter
on the logger passes every record through `_redact.redact`, whoever emitted it, so API
keys and presigned-URL signatures never reach a handler.
"""

from __future__ import annotations

import logging
import os

from .redact import redact

logger = logging.getLogger("trenz_async")


class RedactingFilter(logging.Filter):
    """Rewrite any record whose message or traceback holds a secret."""

    def __init__(self) -> None:
        super().__init__("trenz_async")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            # Tracebacks are formatted later from exc_info; pre-format and clean them.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


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

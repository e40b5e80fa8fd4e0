"""Text from the server made safe for a terminal: control characters shown, not obeyed.

An answer is untrusted text. Printed raw, an escape sequence in a product title could
set the terminal's title (OSC), clear the screen (CSI 2J) or move the cursor over lines
already printed; 8-bit C1 controls (U+0080-U+009F) do the same without an ESC byte on
terminals that obey them, and bidirectional overrides make a line read other than it
holds. So every string a table, a record, a note, a log line or an error line prints
goes through `printable`, which writes each such character as a visible escape (`\\x1b`,
`\\u202e`). JSON output keeps JSON's escaping (which already covers U+0000-U+001F) and
adds `\\u` escapes for the rest: the same text to any JSON reader, inert on a screen.
"""

from __future__ import annotations

import logging
from typing import Final

_C0 = range(0x00, 0x20)  # NUL..US: ESC, BEL, BS, CR, LF, TAB...
_C1 = range(0x7F, 0xA0)  # DEL, then CSI (0x9b), OSC (0x9d), NEL (0x85)...
# Line and paragraph separators, and the bidirectional marks, embeddings, overrides and
# isolates ("Trojan Source"): they reorder or break what the reader sees.
_LAYOUT = (0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))

_TERMINAL_ESCAPES: Final = {
    **{code: f"\\x{code:02x}" for code in (*_C0, *_C1)},
    **{code: f"\\u{code:04x}" for code in _LAYOUT},
}
# JSON escapes U+0000-U+001F itself; `\\u` escapes of the others decode to the same text.
_JSON_ESCAPES: Final = {code: f"\\u{code:04x}" for code in (*_C1, *_LAYOUT)}


def printable(text: str) -> str:
    """`text` with every control character written as a visible escape (`\\x1b`)."""
    return text.translate(_TERMINAL_ESCAPES)


def single_line(text: str) -> str:
    """`text` on one line: runs of whitespace (newlines too) become one space, and the
    control characters left are escaped."""
    return printable(" ".join(text.split()))


def inert_json(text: str) -> str:
    """JSON text (as `json.dumps(..., ensure_ascii=False)` writes it) with the characters
    JSON leaves raw but a terminal may obey written as `\\u` escapes.

    Only valid inside JSON strings, where those characters can only be: the document
    decodes to the same value.
    """
    return text.translate(_JSON_ESCAPES)


class _PrintableRecords(logging.Filter):
    """Escapes the control characters of every `trenz_async` log record's message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        escaped = printable(message)
        if escaped != message:
            record.msg, record.args = escaped, None
        return True


_printable_records = _PrintableRecords()


def escape_log_records() -> None:
    """Make the SDK's log lines (warnings reach stderr) as safe as the command's output.

    For the `trenz` process only (its entry point installs it): a program using the SDK
    keeps its records as logged. Idempotent.
    """
    logger = logging.getLogger("trenz_async")
    if _printable_records not in logger.filters:
        logger.addFilter(_printable_records)

"""What a hostile server cannot do to the terminal: control sequences are shown, not obeyed,
and data too deep to print is one error line, not a traceback."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from trenz_async._cli import _output
from trenz_async._cli._terminal import escape_log_records, inert_json, printable

from .helpers import Result, environment, run_trenz
from .hostile import failure, hostile, success
from .picks import paging, required_args, search

HOSTILE = (
    "\x1b]0;pwned\x07"  # OSC: set the window title
    "\x1b[2J"  # CSI: clear the screen
    "\x9b31m"  # 8-bit CSI: red, without an ESC byte
    "\x9d0;pwned\x9c"  # 8-bit OSC and ST
    "\x00\x08\x7f"  # NUL, backspace, DEL
    "\u202eevil"  # right-to-left override
)
# What may reach a terminal from these tests: printable text and the newline ending lines.
RAW_CONTROLS = {chr(code) for code in (*range(0x00, 0x20), *range(0x7F, 0xA0))} - {"\n"}
RAW_CONTROLS |= {"\u202e", "\u2028", "\u2029"}


def raw_controls(text: str) -> set[str]:
    return {char for char in text if char in RAW_CONTROLS}


SEARCH = search()


def call(config_home: Path, base_url: str, *extra: str) -> Result:
    return run_trenz(
        "call", SEARCH.accessor, *required_args(SEARCH), *extra, "--base-url", base_url,
        env=environment(config_home),
    )  # fmt: skip


@pytest.fixture(scope="module")
def hostile_data() -> dict[str, Any]:
    """A search answer with control sequences in values, in a key and in a nested value."""
    pagination = paging(SEARCH)
    assert pagination.total_field is not None
    return {
        pagination.items_field: [
            {"id": "a" + HOSTILE, f"k{HOSTILE}": "v", "nested": {"deep": HOSTILE}},
            {"id": "b", "title": f"line one\nline two\r{HOSTILE}"},
        ],
        pagination.total_field: 2,
    }


@pytest.fixture(scope="module")
def hostile_url(hostile_data: dict[str, Any]) -> Iterator[str]:
    def answer(received: Any) -> tuple[int, bytes]:
        status, body = success(SEARCH, hostile_data)
        envelope = json.loads(body)
        envelope["request_id"] = f"req{HOSTILE}"
        return status, json.dumps(envelope).encode()

    with hostile(answer) as base_url:
        yield base_url


def test_a_table_shows_control_characters_escaped(config_home: Path, hostile_url: str) -> None:
    """The table (and the note under it) print every control character as a visible escape."""
    result = call(config_home, hostile_url, "--table")
    assert result.code == 0, result.stderr
    assert raw_controls(result.stdout) == set()
    assert raw_controls(result.stderr) == set()
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m" in result.stdout  # cells are cut, as ever
    # The request id the server sent, in the note under the table: escaped, in full.
    assert f"req{printable(HOSTILE)} · " in result.stderr
    assert "\\u202eevil" in result.stderr


def test_all_pages_table_rows_are_escaped(config_home: Path, hostile_url: str) -> None:
    """The streamed table of --all-pages escapes its rows the same way."""
    result = call(config_home, hostile_url, "--all-pages", "--table")
    assert result.code == 0, result.stderr
    assert raw_controls(result.stdout + result.stderr) == set()
    assert "a\\x1b]0;pwned" in result.stdout


def test_json_is_the_same_data_with_nothing_raw(
    config_home: Path, hostile_url: str, hostile_data: dict[str, Any]
) -> None:
    """JSON output decodes to exactly what the server sent, yet holds no raw control
    character: JSON's escapes, and `\\u` escapes for those JSON leaves raw."""
    result = call(config_home, hostile_url, "--json")
    assert result.code == 0, result.stderr
    assert result.json()["data"] == hostile_data
    assert raw_controls(result.stdout) == set()
    lines = call(config_home, hostile_url, "--all-pages", "--json")
    assert [line["id"] for line in lines.json_lines()] == [
        item["id"] for item in hostile_data[paging(SEARCH).items_field]
    ]
    assert raw_controls(lines.stdout) == set()


def test_an_error_line_escapes_the_servers_message(config_home: Path) -> None:
    """An API error's message is one line, its control characters escaped."""
    with hostile(lambda received: failure(400, "INVALID_PARAM", f"bad\n{HOSTILE}")) as url:
        result = call(config_home, url)
    assert result.code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: 400 INVALID_PARAM: bad \\x1b]0;pwned\\x07")
    assert raw_controls(result.stderr) == set()


@pytest.mark.parametrize("output", ["--json", "--table", "--all-pages"])
def test_data_nested_600_deep_is_one_error_line(config_home: Path, output: str) -> None:
    """600 levels of nesting (which the SDK reads) end the command with exit 1 and one
    line, not a RecursionError traceback."""
    pagination = paging(SEARCH)
    shallow = {
        "data": {pagination.items_field: [{"id": "a", "deep": "DEEP"}]},
        "request_id": "r",
        "usage": {"coin_cost": SEARCH.coin_cost, "remaining_balance": 1},
    }
    # Written by hand: json.dumps itself gives up long before 600 levels.
    body = json.dumps(shallow).replace('"DEEP"', "[" * 600 + "]" * 600)
    with hostile(lambda received: (200, body.encode())) as url:
        result = call(config_home, url, output)
    assert result.code == 1
    assert result.stderr.splitlines() == [
        f"Error: the answer is nested more than {_output.MAX_DEPTH} levels deep: too deep to print"
    ]


def test_printable_and_inert_json() -> None:
    """`printable` escapes C0, DEL, C1 and layout controls; `inert_json` keeps the JSON value."""
    assert printable("a\x1b[2Jb\x9bc\u202ed\te") == "a\\x1b[2Jb\\x9bc\\u202ed\\x09e"
    assert printable("plain text, ünïcode ✓") == "plain text, ünïcode ✓"
    text = json.dumps({"v": HOSTILE + "\u2028"}, ensure_ascii=False)
    assert json.loads(inert_json(text)) == {"v": HOSTILE + "\u2028"}
    assert raw_controls(inert_json(text)) == set()


def test_log_records_are_escaped_once_installed(caplog: pytest.LogCaptureFixture) -> None:
    """The `trenz` process escapes the SDK's log lines too (a poll error quotes the server)."""
    logger = logging.getLogger("trenz_async")
    before = list(logger.filters)
    try:
        escape_log_records()
        escape_log_records()  # idempotent
        assert len(logger.filters) == len(before) + 1
        with caplog.at_level(logging.WARNING, logger="trenz_async"):
            logger.warning("polling task %s failed: %s", "t1", HOSTILE)
    finally:
        for added in [item for item in logger.filters if item not in before]:
            logger.removeFilter(added)
    [record] = caplog.records
    assert raw_controls(record.getMessage()) == set()
    assert "\\x1b]0;pwned" in record.getMessage()

"""What the commands print: the JSON/table rule, tables, data shapes (in process)."""

from __future__ import annotations

import json
import os
import shutil
import sys

import pytest

from trenz_async._cli import _output


def test_json_unless_asked_or_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """--json/--table decide; without them a terminal gets a table and a pipe gets JSON."""
    assert _output.wants_json(True) is True
    assert _output.wants_json(False) is False
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert _output.wants_json(None) is True
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert _output.wants_json(None) is False


def test_data_with_a_list_of_records_prints_fields_then_a_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A mapping holding a list of records prints its other fields, then the records as a table."""
    _output.print_data(
        {"total": 2, "items": [{"id": "a", "n": 1}, {"id": "bb", "extra": True}]},
        items_field="items",
    )
    assert capsys.readouterr().out.splitlines() == [
        "total: 2",
        "",
        "ID  N  EXTRA",
        "a   1",
        "bb     true",
    ]


def test_cells_are_one_line_and_cut(capsys: pytest.CaptureFixture[str]) -> None:
    """A long or multi-line value becomes one line, cut with an ellipsis; nested data is JSON."""
    assert _output.cell("two\nlines") == "two lines"
    assert _output.cell("x" * 100) == "x" * 47 + "…"
    assert _output.cell({"a": [1]}) == '{"a":[1]}'
    assert _output.cell(None) == ""


def test_a_table_wider_than_the_terminal_drops_trailing_columns(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a narrow terminal the columns that do not fit are left out, and stderr says so."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *args: os.terminal_size((14, 24)))
    _output.print_table([{"first": "aaaa", "second": "bbbb", "third": "cccc"}])
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["FIRST  SECOND", "aaaa   bbbb"]
    assert "1 more columns not shown: third" in captured.err


def test_models_become_plain_data() -> None:
    """Anything with `to_dict()` (the generated models) is converted, nested or not."""

    class Model:
        def to_dict(self) -> dict[str, object]:
            return {"inner": [self.Inner()]}

        class Inner:
            def to_dict(self) -> dict[str, object]:
                return {"x": 1}

    assert _output.plain(Model()) == {"inner": [{"x": 1}]}


def test_iso_time_is_utc() -> None:
    """Journal times print as ISO 8601 UTC."""
    assert _output.iso_time(1_700_000_000.0) == "2023-11-14T22:13:20Z"
    assert _output.iso_time(None) is None


def test_a_streamed_table_keeps_the_first_pages_columns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Rows written later are padded to the header's widths; a longer cell pushes its line
    right rather than being cut; keys first seen later are named on stderr at the end."""
    table = _output.TableStream()
    table.write([{"id": "a", "n": 1}, {"id": "bb", "n": 22}])
    first = capsys.readouterr().out.splitlines()
    table.write([{"id": "cccc", "n": 3, "late": True}])
    table.close()
    captured = capsys.readouterr()
    assert first == ["ID  N", "a   1", "bb  22"]  # printed before the second page came
    assert captured.out.splitlines() == ["cccc  3"]
    assert "1 more columns not shown: late" in captured.err


def test_nothing_deeper_than_the_limit_is_printed() -> None:
    """`plain` refuses data nested past MAX_DEPTH with one-line click error (exit 1)."""
    deep: list[object] = []
    for _ in range(_output.MAX_DEPTH + 1):
        deep = [deep]
    with pytest.raises(_output.TooDeepError) as raised:
        _output.plain({"data": deep})
    assert raised.value.exit_code == 1
    assert "nested more than" in raised.value.format_message()
    assert _output.plain([[[[]]]]) == [[[[]]]]


def test_json_output_escapes_what_json_leaves_raw(capsys: pytest.CaptureFixture[str]) -> None:
    """C1 controls and bidi overrides, which JSON may carry raw, are written as \\u escapes."""
    value = {"title": "a\x9b2Jb\u202ec\x1b"}
    _output.print_json(value)
    _output.print_json_line(value)
    out = capsys.readouterr().out
    assert "\x9b" not in out
    assert "\u202e" not in out
    document, line = out.split("}\n", 1)
    assert json.loads(document + "}") == value
    assert json.loads(line) == value

"""What the commands print: JSON for programs, tables for people.

The rule, the same for every command: `--json` or `--table` decide; without either,
stdout that is a terminal gets a table and anything else (a pipe, a file) gets JSON.
A command prints one JSON document, except the ones that stream records as they arrive
(`call --all-pages`, `tasks wait`), which print JSON Lines: one compact object per line,
so a long run pipes into `jq` as it goes and an interruption keeps what was printed.

Results go to stdout; progress, notes and errors go to stderr, so stdout stays data. In
table mode a call adds a note with its request id, cost and the balance; in JSON mode
stderr stays quiet unless something goes wrong (or `--wait` shows its progress).

Server text is untrusted: tables, records and notes print it through `_terminal`, with
control characters escaped, and JSON escapes them too. Data nested deeper than
`MAX_DEPTH` levels is not printed: the command fails with one line instead.
"""

from __future__ import annotations

import datetime
import json
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from .. import Progress, progress_bar
from ._terminal import inert_json, printable, single_line

F = TypeVar("F", bound=Callable[..., Any])

_CELL_WIDTH = 48  # longer cells are cut with an ellipsis; --json shows them whole
_GAP = "  "

MAX_DEPTH = 100
"""The deepest nesting printed: real answers are a few levels deep, and a hostile one
(the SDK reads hundreds) would otherwise end in Python's recursion limit."""


class TooDeepError(click.ClickException):
    """An answer nested deeper than `MAX_DEPTH`: one error line, exit 1, no traceback."""

    def __init__(self) -> None:
        super().__init__(
            f"the answer is nested more than {MAX_DEPTH} levels deep: too deep to print"
        )


_FORMAT_DECLS = ("--json/--table", "as_json")
_FORMAT_SETTINGS: dict[str, Any] = {
    "default": None,
    "help": "Print JSON, or a readable table. Default: a table on a terminal, JSON otherwise.",
}


def format_option() -> click.Option:
    """The `--json/--table` switch as an option object (its value: `as_json`, None if unset)."""
    return click.Option(list(_FORMAT_DECLS), **_FORMAT_SETTINGS)


def with_format_option(command: F) -> F:
    """Decorate a command with the `--json/--table` switch (passed as `as_json`)."""
    return click.option(*_FORMAT_DECLS, **_FORMAT_SETTINGS)(command)


def wants_json(as_json: bool | None) -> bool:
    """Resolve the `--json/--table` switch: JSON unless asked or stdout is a terminal."""
    if as_json is not None:
        return as_json
    return not sys.stdout.isatty()


def plain(value: Any, *, depth: int = 0) -> Any:
    """`value` as plain JSON data: generated models become dicts (`to_dict()`), recursively.

    Raises:
        TooDeepError: `value` is nested more than `MAX_DEPTH` levels deep.
    """
    if depth > MAX_DEPTH:
        raise TooDeepError
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict(), depth=depth)
    if isinstance(value, Mapping):
        return {str(key): plain(item, depth=depth + 1) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item, depth=depth + 1) for item in value]
    return value


def print_json(value: Any) -> None:
    """One indented JSON document on stdout."""
    click.echo(inert_json(json.dumps(plain(value), indent=2, ensure_ascii=False, default=str)))


def print_json_line(value: Any) -> None:
    """One compact JSON object on its own line (JSON Lines), flushed at once."""
    text = json.dumps(plain(value), ensure_ascii=False, default=str, separators=(",", ":"))
    click.echo(inert_json(text))
    sys.stdout.flush()


def note(message: str) -> None:
    """A line for the person at the terminal, on stderr (control characters escaped)."""
    click.echo(printable(message), err=True)


@contextmanager
def progress_display(description: str) -> Iterator[Callable[[Progress], None]]:
    """A progress callback for `client.tasks.as_completed()`, drawing on stderr.

    On a terminal it is the SDK's `progress_bar` (a live bar with rich installed); in a
    log or a pipe, one plain line per update, which reads well where a bar cannot redraw.
    """
    if sys.stderr.isatty():
        with progress_bar(description, file=sys.stderr) as draw:
            yield draw
        return

    def print_line(progress: Progress) -> None:
        note(
            f"{description}: {progress.done}/{progress.total} done ({progress.failed} failed), "
            f"{progress.coins_spent} coins spent, {progress.coins_held} held"
        )

    yield print_line


def print_table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
    *,
    fit: bool = True,
) -> None:
    """Rows as aligned columns under upper-case headers.

    Args:
        rows: the records; missing keys print as empty cells.
        columns: the keys to show, in order; default: every key, in first-seen order.
        fit: on a terminal, leave out the trailing columns that would not fit its width
            (and say so on stderr); off for tables whose every column matters.
    """
    table = TableStream(columns, fit=fit)
    table.write(rows)
    table.close()


class TableStream:
    """A table printed as its rows arrive (`call --all-pages`: a page at a time).

    The first `write` decides the columns (those given, else the keys of its rows in
    first-seen order) and their widths, and prints the header; later rows are padded to
    those widths, and a longer cell pushes the rest of its line right rather than being
    cut further. Keys first seen after the header are not shown; `close` says so.

    Args:
        columns: the keys to show, in order; default: those of the first rows written.
        fit: on a terminal, leave out the trailing columns that would not fit its width.
    """

    def __init__(self, columns: Sequence[str] | None = None, *, fit: bool = True) -> None:
        self._columns = list(columns) if columns is not None else None
        self._fit = fit
        self._widths: list[int] = []
        self._shown = 0
        self._started = False
        self._unshown: dict[str, None] = {}  # keys left out, in first-seen order

    def write(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Print `rows` (the header first, on the first call), flushed at once."""
        if self._columns is None:
            if not rows:
                return
            self._columns = list(dict.fromkeys(key for row in rows for key in row))
        columns = self._columns
        cells = [[cell(row.get(column)) for column in columns] for row in rows]
        if not self._started:
            self._start(columns, cells)
        for line in cells:
            click.echo(_line(line[: self._shown], self._widths))
        known = set(columns)
        self._unshown.update(dict.fromkeys(key for row in rows for key in row if key not in known))
        sys.stdout.flush()

    def close(self) -> None:
        """Say on stderr which columns were left out, if any."""
        hidden = [*(self._columns or [])[self._shown :], *self._unshown]
        if hidden:
            names = ", ".join(hidden)
            note(f"({len(hidden)} more columns not shown: {names}; --json shows all)")

    def _start(self, columns: list[str], cells: list[list[str]]) -> None:
        self._started = True
        headers = [single_line(column.upper()) for column in columns]
        self._widths = [
            max([len(header), *(len(line[index]) for line in cells)])
            for index, header in enumerate(headers)
        ]
        self._shown = len(columns)
        if self._fit and sys.stdout.isatty():
            room = shutil.get_terminal_size().columns
            used = 0
            for index, width in enumerate(self._widths):
                used += width + (len(_GAP) if index else 0)
                if used > room and index > 0:
                    self._shown = index
                    break
        click.echo(_line(headers[: self._shown], self._widths))


def print_record(record: Mapping[str, Any]) -> None:
    """A mapping as `key: value` lines, keys aligned."""
    if not record:
        return
    keys = [single_line(str(key)) for key in record]
    width = max(len(key) for key in keys)
    for key, value in zip(keys, record.values(), strict=True):
        click.echo(f"{key + ':':<{width + 1}} {cell(value, limit=None)}")


def print_data(value: Any, *, items_field: str | None = None) -> None:
    """Any API `data` as readable text: a list of records as a table, a mapping as
    `key: value` lines followed by the table of its list of records, if it has one.

    Args:
        value: the data (models are converted with `plain`).
        items_field: the key of the list to tabulate, when the registry knows it.
    """
    value = plain(value)
    if _is_records(value):
        print_table(value)
        return
    if not isinstance(value, Mapping):
        click.echo(cell(value, limit=None))
        return
    key = items_field if _is_records(value.get(items_field or "")) else _records_key(value)
    print_record({name: item for name, item in value.items() if name != key})
    if key is not None:
        click.echo()
        print_table(value[key])


def cell(value: Any, *, limit: int | None = _CELL_WIDTH) -> str:
    """One value as a single line of text, control characters escaped, cut to `limit`."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = value
    elif isinstance(value, int | float):
        text = str(value)
    else:
        text = json.dumps(plain(value), ensure_ascii=False, default=str, separators=(",", ":"))
    text = single_line(text)  # one line, and inert, whatever the server put in it
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def iso_time(epoch: float | None) -> str | None:
    """Seconds since the epoch as an ISO 8601 UTC time (`2025-01-31T12:00:00Z`)."""
    if epoch is None:
        return None
    moment = datetime.datetime.fromtimestamp(epoch, tz=datetime.UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _line(values: Iterable[str], widths: Sequence[int]) -> str:
    padded = (f"{value:<{width}}" for value, width in zip(values, widths, strict=False))
    return _GAP.join(padded).rstrip()


def _is_records(value: Any) -> bool:
    return (
        isinstance(value, list) and bool(value) and all(isinstance(item, Mapping) for item in value)
    )


def _records_key(value: Mapping[str, Any]) -> str | None:
    """The first key of `value` holding a list of records, if any."""
    for key, item in value.items():
        if _is_records(item):
            return str(key)
    return None

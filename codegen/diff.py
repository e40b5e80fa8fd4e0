"""`make api-diff OLD=... NEW=...`: what changes for SDK users between two Trenz specs.

Usage:
    python -m codegen.diff OLD.json NEW.json [--format text|markdown|json]

Both specs are validated and normalized as `make generate` would, then compared at the
level SDK users see (`codegen.surface`): operations added, removed or renamed (same
method and path, new operationId) and accessor changes; parameters added, removed, made
required or optional, retyped, enum values, defaults and bounds; response fields added,
removed, retyped or made optional; cost, pricing, billing mode, scope and pagination.

Each change is classified for SDK users:
- breaking: code written against OLD may fail against NEW (a removed operation, a new
  required parameter, a removed or retyped response field, a job that became synchronous);
- behavioural: the same code keeps working but costs or acts differently (coin cost,
  billing mode, scope, defaults, server URL);
- non-breaking: additions and relaxations.

Exit status: 0, or 1 when anything is breaking (for CI), or 2 when a spec is invalid.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import attrs

from codegen import surface, validate
from codegen.changes import HEADINGS, Change, Kind, Report, compare
from codegen.normalize import NormalizeError
from codegen.surface import Surface

__all__ = ["Change", "Kind", "Report", "compare", "diff_files", "main", "markdown", "render"]


def render(report: Report, fmt: str) -> str:
    """The report as `text`, `markdown` or `json`."""
    if fmt == "json":
        return json.dumps(
            {
                "summary": {kind.value: report.count(kind) for kind in Kind},
                "old": {"version": report.old.version, "operations": len(report.old.operations)},
                "new": {"version": report.new.version, "operations": len(report.new.operations)},
                "changes": [
                    {key: str(value) for key, value in attrs.asdict(change).items()}
                    for change in report.changes
                ],
            },
            indent=2,
        )
    if fmt == "markdown":
        return markdown(report)
    lines = [f"API diff: {report.summary()} ({report.versions()})"]
    for kind in Kind:
        items = [change for change in report.changes if change.kind is kind]
        if items:
            lines += ["", f"{HEADINGS[kind]}:"]
            lines += [f"  - {change.text()}" for change in items]
    return "\n".join(lines)


def markdown(report: Report, *, level: int = 3) -> str:
    """The report as markdown sections (`###` headings by default), for CHANGELOG.md."""
    lines = [f"{report.summary().capitalize()} ({report.versions()})."]
    for kind in Kind:
        items = [change for change in report.changes if change.kind is kind]
        if items:
            lines += ["", f"{'#' * level} {HEADINGS[kind]}", ""]
            lines += [change.markdown() for change in items]
    return "\n".join(lines)


def diff_files(old: Path, new: Path, *, exclude: Iterable[str] | None = None) -> Report:
    """Compare two spec files (exclusions from codegen/excluded_operations.txt by default)."""
    names = validate.read_exclusions() if exclude is None else tuple(exclude)
    return compare(_read(old, names), _read(new, names))


def _read(path: Path, exclude: tuple[str, ...]) -> Surface:
    try:
        return surface.read(validate.load(path), exclude=exclude)
    except NormalizeError as exc:
        raise NormalizeError(f"{path}: {exc}") from exc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        report = diff_files(args.old, args.new)
    except NormalizeError as exc:
        print(f"cannot compare: {exc}", file=sys.stderr)
        return 2
    print(render(report, args.format))
    return 1 if report.breaking else 0


if __name__ == "__main__":
    sys.exit(main())

"""`make api-diff NEW=...`: what changes for SDK users between two Trenz specs.

Usage:
    python -m codegen.diff OLD.json NEW.json [--format text|markdown|json]
                           [--fail-on LEVEL ...] [--usage FILE]

Both specs are validated, normalized and checked against the shapes the hand-written
core reads (`codegen.contract`), exactly as `make generate` does, then compared at the
level SDK users see (`codegen.surface`): operations added, removed, renamed (same method
and path, new operationId) or deprecated, and accessor changes; parameters added,
removed, made required or optional, retyped, enum values, defaults and bounds; response
fields added, removed, retyped or made optional; cost (with direction and percentage),
per-unit prices, billing mode, scope and pagination.

Each change is classified for SDK users:
- breaking: code written against OLD may fail against NEW (a removed operation, a new
  required parameter, a removed or retyped response field, a job that became synchronous);
- behavioural: the same code keeps working but costs or acts differently (coin cost,
  billing mode, scope, defaults, server URL);
- non-breaking: additions, relaxations, deprecations, and renames the SDK keeps as
  deprecated aliases.

--fail-on picks what fails the run (repeatable; default `breaking`):
    breaking            anything breaking
    behavioural         anything breaking or behavioural
    cost-increase=N     a price rising by more than N percent (a new charge always counts)
    none                never (report only)

--usage FILE weighs the changes by what a pipeline called: FILE is
`client.usage.snapshot().to_json()` or a journal file (`codegen.usage`).

Exit status, for CI (call this module directly: `make` turns every failure into 2):
    0  compatible: nothing at the --fail-on levels
    1  a --fail-on level was reached (by default: something is breaking)
    2  a spec is invalid: unreadable, or refused as `make generate` would refuse it
    3  usage error: bad arguments, or an unreadable --usage file
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from codegen import surface, usage, validate
from codegen.changes import HEADINGS, Change, Kind, Report, compare
from codegen.normalize import NormalizeError
from codegen.surface import Surface

__all__ = [
    "Change",
    "FailOn",
    "Kind",
    "Report",
    "compare",
    "diff_files",
    "failures",
    "main",
    "markdown",
    "render",
]

EXIT_OK, EXIT_FAILED, EXIT_INVALID, EXIT_USAGE = 0, 1, 2, 3


@attrs.frozen
class FailOn:
    """One `--fail-on` level: `breaking`, `behavioural`, `cost-increase=N` or `none`."""

    level: str
    threshold: float = 0.0  # cost-increase only: percent

    @classmethod
    def parse(cls, text: str) -> FailOn:
        """`cost-increase=10` -> FailOn("cost-increase", 10.0).

        Raises:
            ValueError: an unknown level or a bad percentage.
        """
        name, _, value = text.partition("=")
        if name == "cost-increase":
            threshold = float(value)
            if not math.isfinite(threshold) or threshold < 0:
                raise ValueError(f"cost-increase needs a percentage >= 0, got {value!r}")
            return cls(name, threshold)
        if name in ("breaking", "behavioural", "none") and not value:
            return cls(name)
        raise ValueError(
            f"unknown --fail-on level {text!r}: breaking, behavioural, cost-increase=N or none"
        )

    def reached(self, report: Report) -> str | None:
        """Why this level fails `report`, or `None`."""
        if self.level == "breaking" and report.breaking:
            return f"{report.count(Kind.BREAKING)} breaking change(s)"
        if self.level == "behavioural":
            found = report.count(Kind.BREAKING) + report.count(Kind.BEHAVIOURAL)
            return f"{found} breaking or behavioural change(s)" if found else None
        rise = report.cost_increase
        if self.level == "cost-increase" and rise is not None and rise > self.threshold:
            largest = "a new charge" if math.isinf(rise) else f"+{rise:.1f}%"
            return f"a price rises by more than {self.threshold:g}% ({largest})"
        return None


def failures(report: Report, levels: Sequence[FailOn]) -> list[str]:
    """Why `report` fails at `levels` (empty: it passes)."""
    return [reason for level in levels if (reason := level.reached(report)) is not None]


def render(report: Report, fmt: str, impact: usage.Impact | None = None) -> str:
    """The report as `text`, `markdown` or `json` (with the usage impact, if any)."""
    if fmt == "json":
        return json.dumps(_json(report, impact), indent=2)
    if fmt == "markdown":
        text = markdown(report)
        return text + (f"\n\n{impact.text()}" if impact is not None else "")
    lines = [f"API diff: {report.summary()} ({report.versions()})"]
    cost = _cost_summary(report)
    if cost:
        lines.append(cost)
    for kind in Kind:
        items = [change for change in report.changes if change.kind is kind]
        if items:
            lines += ["", f"{HEADINGS[kind]}:"]
            lines += [f"  - {change.text()}" for change in items]
    if report.warnings:
        lines += ["", "Warnings:"]
        lines += [f"  - {warning}" for warning in report.warnings]
    if impact is not None:
        lines += ["", impact.text()]
    return "\n".join(lines)


def _cost_summary(report: Report) -> str:
    """`Prices: 2 up (largest +60%), 1 down.`, or "" when no price changed."""
    priced = [change.cost for change in report.changes if change.cost is not None]
    if not priced:
        return ""
    rises = [cost for cost in priced if cost.rises]
    falls = [cost for cost in priced if cost.new < cost.old]
    text = f"Prices: {len(rises)} up"
    if rises:
        text += f" (largest {max(rises, key=lambda cost: cost.percent).percent_text()})"
    return text + f", {len(falls)} down."


def _json(report: Report, impact: usage.Impact | None) -> dict[str, Any]:
    def change(found: Change) -> dict[str, Any]:
        fields: dict[str, Any] = {
            key: str(value) for key, value in attrs.asdict(found, recurse=False).items()
        }
        cost = found.cost
        fields["cost"] = (
            None
            if cost is None
            else {"old": cost.old, "new": cost.new, "percent": _finite(cost.percent)}
        )
        return fields

    document: dict[str, Any] = {
        "summary": {kind.value: report.count(kind) for kind in Kind},
        "old": {"version": report.old.version, "operations": len(report.old.operations)},
        "new": {"version": report.new.version, "operations": len(report.new.operations)},
        "cost_increase": _finite(report.cost_increase),
        "changes": [change(found) for found in report.changes],
        "warnings": list(report.warnings),
    }
    if impact is not None:
        delta = impact.delta
        document["usage"] = {
            "source": impact.source,
            "old_coins": delta.old,
            "new_coins": delta.new,
            "percent": _finite(delta.percent),
            "summary": impact.summary(),
        }
    return document


def _finite(value: float | None) -> float | str | None:
    """JSON has no infinity: a new charge is the string "new charge"."""
    if value is not None and math.isinf(value):
        return "new charge"
    return value


def markdown(report: Report, *, level: int = 3) -> str:
    """The report as markdown sections (`###` headings by default), for CHANGELOG.md."""
    lines = [f"{report.summary().capitalize()} ({report.versions()})."]
    cost = _cost_summary(report)
    if cost:
        lines += ["", cost]
    for kind in Kind:
        items = [change for change in report.changes if change.kind is kind]
        if items:
            lines += ["", f"{'#' * level} {HEADINGS[kind]}", ""]
            lines += [change.markdown() for change in items]
    return "\n".join(lines)


def diff_files(old: Path, new: Path, *, exclude: Iterable[str] | None = None) -> Report:
    """Compare two spec files (exclusions from codegen/excluded_operations.txt by default).

    Raises:
        NormalizeError: either spec is invalid or breaks the core's shapes (as in
            `make generate`), the message naming the file.
    """
    names = validate.read_exclusions() if exclude is None else tuple(exclude)
    return compare(_read(old, names), _read(new, names))


def _read(path: Path, exclude: tuple[str, ...]) -> Surface:
    try:
        return surface.read(validate.load(path), exclude=exclude)
    except NormalizeError as exc:
        raise NormalizeError(f"{path}: {exc}") from exc


def _fail_on(text: str) -> FailOn:
    try:
        return FailOn.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class _Parser(argparse.ArgumentParser):
    """argparse, exiting 3 on bad arguments (2 means an invalid spec here)."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(
        prog="python -m codegen.diff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    parser.add_argument(
        "--fail-on",
        action="append",
        type=_fail_on,
        metavar="LEVEL",
        help="breaking (default), behavioural, cost-increase=N or none; repeatable",
    )
    parser.add_argument(
        "--usage",
        type=Path,
        metavar="FILE",
        help="a usage snapshot (UsageSnapshot.to_json()) or journal to weigh the changes by",
    )
    args = parser.parse_args(argv)
    levels = args.fail_on or [FailOn("breaking")]
    recorded = None
    if args.usage is not None:
        try:
            recorded = usage.load(args.usage)
        except usage.UsageFileError as exc:
            print(f"cannot read --usage: {exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        report = diff_files(args.old, args.new)
    except NormalizeError as exc:
        print(f"cannot compare: {exc}", file=sys.stderr)
        return EXIT_INVALID
    impact = usage.weigh(report, recorded) if recorded is not None else None
    print(render(report, args.format, impact))
    reasons = failures(report, levels)
    for reason in reasons:
        print(f"failing (--fail-on): {reason}", file=sys.stderr)
    return EXIT_FAILED if reasons else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

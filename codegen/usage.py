"""`python -m codegen.diff OLD NEW --usage FILE`: a spec change, weighed by what you called.

A price list says what one call costs; a pipeline wants to know what *its* calls will
cost. FILE is what the SDK recorded, in either of two documented shapes:

- a usage snapshot, `client.usage.snapshot().to_json()` (or a fleet's
  `await client.usage.fleet_snapshot()`): calls and coins per operation;
- a journal, the JSONL file of `TrenzClient(journal=...)`: one `intent` record per paid
  job submission, with its parameters (so per-unit prices are re-estimated exactly);
  submissions recorded as `not_created` are not counted.

Each operation's recorded calls are priced under both specs (`codegen.costs`): flat
prices exactly; per-unit prices from a journal's parameters, or, from a snapshot (which
keeps no parameters), by scaling the recorded coins by the change at the defaults. Calls
to operations the new spec renamed follow the rename; calls to removed ones are listed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from codegen.changes import Report
from codegen.costs import FREE, CostDelta, charged
from codegen.runtime import OperationInfo

# Must equal `trenz_async._ledger.snapshots.SNAPSHOT_FORMAT` (a test keeps them together).
SNAPSHOT_FORMAT = "trenz_async.usage_snapshot"


class UsageFileError(Exception):
    """The --usage file is neither a usage snapshot nor a journal."""


@attrs.frozen
class Recorded:
    """What a pipeline called, per operationId."""

    source: str  # "usage snapshot" or "journal"
    calls: Mapping[str, int]
    coins: Mapping[str, int]  # recorded coins (snapshots only)
    params: Mapping[str, tuple[Mapping[str, Any], ...]]  # wire parameters (journals only)


def load(path: Path) -> Recorded:
    """Read a usage snapshot (JSON) or a journal (JSONL).

    Raises:
        UsageFileError: the file is missing or in neither shape.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except ValueError:
        data = None  # several lines: a journal
    if isinstance(data, dict) and "event" not in data:
        return _snapshot(path, data)
    return _journal(path, text.splitlines())


def _snapshot(path: Path, data: dict[str, Any]) -> Recorded:
    by_operation = data.get("by_operation")
    if data.get("format") != SNAPSHOT_FORMAT or not isinstance(by_operation, dict):
        raise UsageFileError(
            f"{path} is not a usage snapshot (`client.usage.snapshot().to_json()`, "
            f'"format": "{SNAPSHOT_FORMAT}") nor a journal'
        )
    calls, coins = {}, {}
    for operation_id, usage in by_operation.items():
        if not isinstance(usage, dict):
            raise UsageFileError(f"{path}: by_operation[{operation_id!r}] is not an object")
        calls[operation_id] = _count(usage.get("calls"))
        coins[operation_id] = _count(usage.get("coins"))
    return Recorded("usage snapshot", calls, coins, {})


def _journal(path: Path, lines: Iterable[str]) -> Recorded:
    intents: dict[str, tuple[str, Mapping[str, Any]]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line torn by a crash: the journal itself skips it too
        if not isinstance(record, dict) or "event" not in record:
            raise UsageFileError(f"{path}:{number} is not a journal record")
        if record["event"] == "intent" and isinstance(record.get("operation_id"), str):
            wire = record.get("params")
            intents[str(record.get("id"))] = (
                record["operation_id"],
                wire if isinstance(wire, dict) else {},
            )
        elif record["event"] == "not_created":
            intents.pop(str(record.get("id")), None)  # provably created (and charged) nothing
    by_operation: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for operation_id, params in intents.values():
        by_operation[operation_id].append(params)
    calls = {operation_id: len(found) for operation_id, found in by_operation.items()}
    return Recorded("journal", calls, {}, {k: tuple(v) for k, v in by_operation.items()})


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


@attrs.frozen
class Line:
    """One recorded operation, priced under both specs."""

    operation_id: str
    accessor: str
    calls: int
    old: int
    new: int | None  # None: the new spec removed the operation
    note: str = ""


@attrs.frozen
class Impact:
    """The recorded calls priced under the old and the new spec."""

    source: str
    lines: tuple[Line, ...]
    unknown: tuple[str, ...]  # recorded operations the old spec does not have

    @property
    def delta(self) -> CostDelta:
        """Coins of every recorded call that the new spec still has, old and new."""
        kept = [line for line in self.lines if line.new is not None]
        return CostDelta(sum(line.old for line in kept), sum(line.new or 0 for line in kept))

    def summary(self) -> str:
        """`this spec makes your recorded calls +57.1% coins (5600 coins -> 8800)`."""
        delta = self.delta
        return (
            f"this spec makes your recorded calls {delta.percent_text()} coins "
            f"({delta.old} coins -> {delta.new})"
        )

    def text(self) -> str:
        """The summary, then each operation whose price changed or that disappears."""
        calls = sum(line.calls for line in self.lines)
        out = [
            f"Your recorded calls ({self.source}: {calls} calls to {len(self.lines)} operations):"
        ]
        for line in self.lines:
            if line.new is None:
                out.append(
                    f"  - {line.accessor} ({line.operation_id}): {line.calls} calls, "
                    "removed by the new spec: they would fail"
                )
            elif line.new != line.old:
                change = CostDelta(line.old, line.new)
                out.append(
                    f"  - {line.accessor} ({line.operation_id}): {line.calls} calls, "
                    f"{change.old} -> {change.new} coins ({change.percent_text()}){line.note}"
                )
        out += [f"  - {name}: not in the old spec, not priced" for name in self.unknown]
        out.append(self.summary())
        return "\n".join(out)


def weigh(report: Report, recorded: Recorded) -> Impact:
    """Price `recorded` under `report.old` and `report.new`."""
    renames = dict(report.renames)
    lines, unknown = [], []
    for operation_id, calls in sorted(recorded.calls.items()):
        if calls == 0:
            continue
        before = report.old.operations.get(operation_id)
        if before is None:
            unknown.append(operation_id)
            continue
        after = report.new.operations.get(renames.get(operation_id, operation_id))
        old_info = before.info
        if after is None:
            lines.append(
                Line(operation_id, old_info.accessor, calls, _price(old_info, calls), None)
            )
            continue
        new_info = after.info
        params = recorded.params.get(operation_id)
        note = ""
        if params:
            old, new = _priced(old_info, params), _priced(new_info, params)
        elif old_info.pricing is not None or new_info.pricing is not None:
            # A snapshot keeps no parameters: scale the coins it recorded.
            old = recorded.coins.get(operation_id) or _price(old_info, calls)
            unit_old, unit_new = charged(old_info), charged(new_info)
            new = round(old * unit_new / unit_old) if unit_old else unit_new * calls
            note = " (per-unit price: recorded coins scaled by the change at the defaults)"
        else:
            old, new = _price(old_info, calls), _price(new_info, calls)
        lines.append(Line(operation_id, new_info.accessor, calls, old, new, note))
    return Impact(recorded.source, tuple(lines), tuple(unknown))


def _price(info: OperationInfo, calls: int) -> int:
    return charged(info) * calls


def _priced(info: OperationInfo, params: Iterable[Mapping[str, Any]]) -> int:
    if info.billing_mode == FREE:
        return 0
    return sum(info.estimate(wire) for wire in params)

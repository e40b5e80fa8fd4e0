"""Renamed operations keep their old names for one minor version: `codegen/aliases.json`.

When Trenz gives an operation a new operationId on the same method and path, code that
calls the old id (`client.call("trenz-products-lookup")`) or the old accessor
(`client.products.lookup(...)`) should not break overnight. `make update-spec` records
each rename here; `make generate` reads the file and emits
- registry aliases (`trenz_async.OPERATIONS.aliases`): `client.call()`, `paginate()` and
  `estimate()` accept the old id and accessor;
- a typed method under the old name, when its resource still exists and nothing else
  took the name.
Both emit a `DeprecationWarning` naming the new name and the version that drops them.

An alias made in version X.Y.Z lives until X.(Y+1).0: the update that reaches that
version removes it, and reports the removal as breaking.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import attrs

from codegen.changes import Change, Kind, Report
from codegen.renames import can_alias
from codegen.runtime import OperationInfo

ALIASES = Path(__file__).resolve().parent / "aliases.json"
RELATIVE = "codegen/aliases.json"
ALIAS_REMOVED = "deprecated alias removed"  # the subject of the breaking change
ABOUT = (
    "Old operationIds and accessors Trenz renamed, kept as deprecated aliases until `until`. "
    "Written by `make update-spec`, read by `make generate`; see codegen/aliases.py."
)


@attrs.frozen
class Alias:
    """One renamed operation's old names."""

    old_operation_id: str
    old_accessor: str
    operation_id: str  # what the old names stand for now
    since: str  # the SDK version that made the alias
    until: str  # the first SDK version without it


def read(path: Path = ALIASES) -> tuple[Alias, ...]:
    """The aliases recorded in `path` (none when the file is missing)."""
    if not path.exists():
        return ()
    data = json.loads(path.read_text())
    return tuple(Alias(**entry) for entry in data.get("aliases", []))


def write(path: Path, aliases: Iterable[Alias]) -> None:
    """Record `aliases` in `path`, sorted, one stable JSON document."""
    entries = [attrs.asdict(alias) for alias in sorted(aliases, key=_key)]
    document = {"about": ABOUT, "aliases": entries}
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def _key(alias: Alias) -> tuple[str, str]:
    return alias.old_operation_id, alias.old_accessor


def version_tuple(version: str) -> tuple[int, ...]:
    """`0.2.0` -> (0, 2, 0)."""
    return tuple(int(part) for part in version.split("."))


def next_minor(version: str) -> str:
    """`0.2.3` -> `0.3.0`: the version that drops an alias made in `version`."""
    major, minor, _ = version_tuple(version)
    return f"{major}.{minor + 1}.0"


@attrs.frozen
class Plan:
    """What an update does to the aliases, and the version it ends up at."""

    aliases: tuple[Alias, ...]
    removed: tuple[Alias, ...]
    report: Report  # the diff, plus one breaking change per removed alias
    version: str


def plan(
    existing: Iterable[Alias], report: Report, old_version: str, bump: Callable[[Report], str]
) -> Plan:
    """The aliases after an update from `old_version`, given the diff `report`.

    Aliases that reach their `until` are removed (a breaking change, which may raise the
    bump, which may remove more: repeated until stable); every rename in `report` adds
    one, retargeting older aliases of the renamed operation.
    """
    kept = list(existing)
    removed: list[Alias] = []
    version = bump(report)
    while True:
        expired = [a for a in kept if version_tuple(version) >= version_tuple(a.until)]
        if not expired:
            break
        removed += expired
        kept = [alias for alias in kept if alias not in expired]
        report = attrs.evolve(
            report, changes=tuple(sorted((*report.changes, *map(_removal, expired))))
        )
        version = bump(report)
    renames = dict(report.renames)
    kept = [attrs.evolve(a, operation_id=renames.get(a.operation_id, a.operation_id)) for a in kept]
    for old_id, new_id in report.renames:
        before = report.old.operations[old_id].info
        after = report.new.operations[new_id].info
        keep = before.accessor != after.accessor and can_alias(before, report.new)
        accessor = before.accessor if keep else ""  # "": only the old id needs an alias
        kept.append(Alias(old_id, accessor, new_id, version, next_minor(version)))
    return Plan(tuple(sorted(kept, key=_key)), tuple(removed), report, version)


def _removal(alias: Alias) -> Change:
    names = f"`client.call({alias.old_operation_id!r})`"
    if alias.old_accessor:
        names += f" and `client.{alias.old_accessor}()`"
    return Change(
        Kind.BREAKING,
        alias.old_accessor,
        alias.old_operation_id,
        ALIAS_REMOVED,
        f"(renamed to {alias.operation_id} in {alias.since}): {names} stop working",
    )


@attrs.frozen
class Resolved:
    """The aliases that apply to one generated registry."""

    registry: Mapping[str, tuple[str, str]]  # old id or accessor -> (operationId, until)
    methods: Mapping[str, tuple[tuple[str, OperationInfo], ...]]  # resource -> (old method, op)
    warnings: tuple[str, ...]


def resolve(aliases: Iterable[Alias], infos: Iterable[OperationInfo]) -> Resolved:
    """Match recorded aliases to the operations being generated.

    An alias whose operation is gone, or whose old name is a live name again, is skipped
    with a warning; a typed method is made only where the old resource still exists.
    """
    by_id = {info.operation_id: info for info in infos}
    accessors = {info.accessor for info in by_id.values()}
    resources = {info.resource for info in by_id.values()}
    registry: dict[str, tuple[str, str]] = {}
    methods: dict[str, list[tuple[str, OperationInfo]]] = {}
    warnings = []
    for alias in aliases:
        info = by_id.get(alias.operation_id)
        if info is None:
            warnings.append(
                f"{RELATIVE}: alias {alias.old_operation_id} -> {alias.operation_id} skipped: "
                f"the spec has no {alias.operation_id}"
            )
            continue
        if alias.old_operation_id in by_id:
            warnings.append(
                f"{RELATIVE}: alias {alias.old_operation_id} skipped: the spec uses that "
                "operationId again"
            )
        else:
            registry[alias.old_operation_id] = (info.operation_id, alias.until)
        old = alias.old_accessor
        if not old or old == info.accessor:
            continue
        if old in accessors:
            warnings.append(f"{RELATIVE}: accessor alias {old} skipped: an operation uses it")
            continue
        registry[old] = (info.operation_id, alias.until)
        resource, _, method = old.partition(".")
        if resource in resources:
            methods.setdefault(resource, []).append((method, info))
    return Resolved(
        dict(sorted(registry.items())),
        {
            resource: tuple(sorted(found, key=lambda item: item[0]))
            for resource, found in sorted(methods.items())
        },
        tuple(warnings),
    )

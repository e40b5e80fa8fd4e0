"""Compare two SDK surfaces (`codegen.surface`) and classify each change for SDK users.

- breaking: code written against the old spec may fail against the new one (a removed
  operation, a new required parameter, a removed or retyped response field, a job that
  became synchronous);
- behavioural: the same code keeps working but costs or acts differently (coin cost,
  pricing, billing mode, scope, defaults, server URL); every price change carries its
  direction and percentage (`codegen.costs`);
- non-breaking: additions and relaxations, and deprecations.

Response enums are open in the SDK (see `normalize.open_response_enums`), so values
added to or removed from them never break; request enums do. An operationId renamed on
the same method and path is not breaking when `make update-spec` can keep the old id and
accessor as deprecated aliases (`codegen.aliases`): they keep working, with a
`DeprecationWarning`, until the next minor version.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from codegen import costs, renames
from codegen.costs import CostDelta
from codegen.runtime import OperationInfo, Param
from codegen.surface import Field, Operation, Surface


class Kind(enum.StrEnum):
    """How a change affects SDK users, most severe first."""

    BREAKING = "breaking"
    BEHAVIOURAL = "behavioural"
    NON_BREAKING = "non-breaking"


HEADINGS = {
    Kind.BREAKING: "Breaking (code written for the old spec may fail)",
    Kind.BEHAVIOURAL: "Behavioural (same code, different cost or behaviour)",
    Kind.NON_BREAKING: "Non-breaking (additions and relaxations)",
}


@attrs.frozen(order=True)
class Change:
    """One change between two specs, as SDK users meet it."""

    kind: Kind = attrs.field(order=list(Kind).index)
    accessor: str  # `products.search`, or "" for the whole spec
    operation_id: str
    subject: str  # what changed: "parameter `region`", "response field `data.items[]`"
    detail: str  # how: "added, required"
    cost: CostDelta | None = attrs.field(default=None, order=False)  # a price change

    def text(self) -> str:
        """One line: where, what and how."""
        where = f"{self.accessor} ({self.operation_id}): " if self.operation_id else ""
        return f"{where}{self.subject} {self.detail}".strip()

    def markdown(self) -> str:
        """One markdown list item."""
        where = f"`{self.accessor}` ({self.operation_id}): " if self.operation_id else ""
        return f"- {where}{self.subject} {self.detail}".rstrip()


@attrs.frozen
class Report:
    """Every change between two surfaces."""

    old: Surface
    new: Surface
    changes: tuple[Change, ...]
    renames: tuple[tuple[str, str], ...] = ()  # (old operationId, new operationId)
    warnings: tuple[str, ...] = ()  # what looks wrong in the new spec, though it generates

    def count(self, kind: Kind) -> int:
        """How many changes are of this kind."""
        return sum(change.kind is kind for change in self.changes)

    @property
    def breaking(self) -> bool:
        """Anything breaking."""
        return self.count(Kind.BREAKING) > 0

    @property
    def cost_increase(self) -> float | None:
        """The largest price rise in percent (`inf` for a new charge), or `None` if none rose."""
        rises = [
            change.cost.percent for change in self.changes if change.cost and change.cost.rises
        ]
        return max(rises) if rises else None

    def summary(self) -> str:
        """`2 breaking, 0 behavioural, 3 non-breaking changes`."""
        counts = ", ".join(f"{self.count(kind)} {kind.value}" for kind in Kind)
        return f"{counts} change{'s' if len(self.changes) != 1 else ''}"

    def versions(self) -> str:
        """`spec 1.0.0 -> 1.1.0, 87 -> 89 operations`."""
        return (
            f"spec {self.old.version} -> {self.new.version}, "
            f"{len(self.old.operations)} -> {len(self.new.operations)} operations"
        )


def compare(old: Surface, new: Surface) -> Report:
    """Every change from `old` to `new`, most severe first."""
    changes = list(_spec_changes(old, new))
    removed = sorted(set(old.operations) - set(new.operations))
    added = sorted(set(new.operations) - set(old.operations))
    renamed = renames.find(old, new, removed, added)
    for old_id, new_id in renamed.items():
        before, after = old.operations[old_id], new.operations[new_id]
        aliased = renames.can_alias(before.info, new)
        if aliased and before.info.accessor == after.info.accessor:
            kind, outcome = (
                Kind.NON_BREAKING,
                f"`client.call({old_id!r})` keeps working until the next minor version, with a "
                f"DeprecationWarning; `client.{after.info.accessor}()` is unchanged",
            )
        elif aliased:
            kind, outcome = (
                Kind.NON_BREAKING,
                f"`client.call({old_id!r})` and `client.{before.info.accessor}()` keep working "
                "until the next minor version, with a DeprecationWarning",
            )
        else:
            kind, outcome = Kind.BREAKING, f"`client.call({old_id!r})` stops working"
        changes.append(
            Change(
                kind,
                after.info.accessor,
                new_id,
                "operation renamed",
                f"from {old_id} (same {after.info.method} {after.info.path}): {outcome}",
            )
        )
        changes += _operation_changes(before, after, aliased=aliased)
    for operation_id in removed:
        if operation_id not in renamed:
            info = old.operations[operation_id].info
            changes.append(
                Change(
                    Kind.BREAKING,
                    info.accessor,
                    operation_id,
                    "operation removed",
                    f"({info.method} {info.path}): `client.{info.accessor}()` disappears",
                )
            )
    for operation_id in added:
        if operation_id not in renamed.values():
            info = new.operations[operation_id].info
            job = ", an async job" if info.is_async else ""
            deprecated = ", deprecated" if info.deprecated else ""
            changes.append(
                Change(
                    Kind.NON_BREAKING,
                    info.accessor,
                    operation_id,
                    "operation added",
                    f"({info.method} {info.path}, {costs.cost_text(info)}{job}{deprecated})",
                )
            )
    for operation_id in sorted(set(old.operations) & set(new.operations)):
        changes += _operation_changes(old.operations[operation_id], new.operations[operation_id])
    found = tuple(sorted(changes))
    return Report(old, new, found, tuple(sorted(renamed.items())), _warnings(old, new, found))


def _warnings(old: Surface, new: Surface, changes: tuple[Change, ...]) -> tuple[str, ...]:
    """The new spec's own warnings, and a breaking change under an unchanged version."""
    found = list(new.warnings)
    breaking = sum(change.kind is Kind.BREAKING for change in changes)
    if breaking and old.version == new.version:
        found.append(
            f"the spec's info.version is still {new.version!r} although {breaking} change"
            f"{'s are' if breaking != 1 else ' is'} breaking: ask Trenz to version the spec, "
            "so that users can tell the two documents apart"
        )
    return tuple(found)


def _spec_changes(old: Surface, new: Surface) -> Iterator[Change]:
    if old.server_url != new.server_url:
        yield Change(
            Kind.BEHAVIOURAL,
            "",
            "",
            "default server",
            f"is now {new.server_url} (was {old.server_url})",
        )


def _operation_changes(
    old: Operation, new: Operation, *, aliased: bool = False
) -> Iterator[Change]:
    before, after = old.info, new.info

    def change(kind: Kind, subject: str, detail: str) -> Change:
        return Change(kind, after.accessor, after.operation_id, subject, detail)

    if before.accessor != after.accessor:
        yield change(
            Kind.NON_BREAKING if aliased else Kind.BREAKING,
            "accessor",
            f"is now `client.{after.accessor}` (was `client.{before.accessor}`"
            + ("; kept as a deprecated alias)" if aliased else ")"),
        )
    if before.deprecated != after.deprecated:
        yield change(
            Kind.NON_BREAKING,
            "operation",
            "is deprecated by Trenz: the method and `client.call()` now warn (DeprecationWarning)"
            if after.deprecated
            else "is no longer deprecated",
        )
    if (before.method, before.path) != (after.method, after.path):
        yield change(
            Kind.NON_BREAKING,
            "route",
            f"is now {after.method} {after.path} (was {before.method} {before.path}); "
            "the SDK follows",
        )
    if before.is_async != after.is_async:
        detail = (
            "now starts an async job: returns a Task instead of the envelope"
            if after.is_async
            else "no longer an async job: returns the envelope instead of a Task"
        )
        yield change(Kind.BREAKING, "billing mode", detail)
    for subject, detail, delta in costs.changes(before, after):
        yield attrs.evolve(change(Kind.BEHAVIOURAL, subject, detail), cost=delta)
    if before.scope != after.scope:
        yield change(
            Kind.BEHAVIOURAL,
            "scope",
            f"is now {after.scope} (was {before.scope}): keys without it get 403",
        )
    if before.is_async and after.is_async and before.job_id_field != after.job_id_field:
        yield change(
            Kind.NON_BREAKING,
            "job id",
            f"now comes in `data.{after.job_id_field}` (was `data.{before.job_id_field}`); "
            "the SDK reads both",
        )
    yield from _pagination_changes(before, after, change)
    yield from _param_changes(before, after, change)
    yield from _field_changes(old.response, new.response, "response field", change, request=False)
    yield from _field_changes(old.body, new.body, "body field", change, request=True)


def _pagination_changes(
    before: OperationInfo, after: OperationInfo, change: Any
) -> Iterator[Change]:
    if before.pagination == after.pagination:
        return
    if after.pagination is None:
        yield change(Kind.BREAKING, "pagination", "removed: `client.paginate()` refuses it")
    elif before.pagination is None:
        yield change(Kind.NON_BREAKING, "pagination", f"added ({after.pagination.style} style)")
    else:
        yield change(
            Kind.NON_BREAKING,
            "pagination",
            f"changed ({_paging(before)} -> {_paging(after)}); `client.paginate()` follows",
        )


def _param_changes(before: OperationInfo, after: OperationInfo, change: Any) -> Iterator[Change]:
    old = {param.python_name: param for param in before.params}
    new = {param.python_name: param for param in after.params}
    for name in sorted(set(old) | set(new)):
        subject = f"parameter `{name}`"
        if name not in new:
            yield change(Kind.BREAKING, subject, "removed")
        elif name not in old:
            param = new[name]
            if param.required:
                yield change(Kind.BREAKING, subject, f"added, required ({_type(param)})")
            else:
                yield change(Kind.NON_BREAKING, subject, f"added, optional ({_type(param)})")
        else:
            yield from _param_change(
                old[name], new[name], lambda kind, detail, s=subject: change(kind, s, detail)
            )


def _param_change(old: Param, new: Param, change: Any) -> Iterator[Change]:
    if old.required != new.required:
        if new.required:
            yield change(Kind.BREAKING, "is now required")
        else:
            yield change(Kind.NON_BREAKING, "is now optional")
    if old.json_type != new.json_type:
        yield change(Kind.BREAKING, f"type is now {new.json_type} (was {old.json_type})")
    yield from _values(old.enum, new.enum, change, request=True)
    if (old.has_default, old.default) != (new.has_default, new.default):
        now = repr(new.default) if new.has_default else "none"
        was = repr(old.default) if old.has_default else "none"
        yield change(Kind.BEHAVIOURAL, f"default is now {now} (was {was})")
    for bound, tighter in (("minimum", _above), ("maximum", _below)):
        before, after = getattr(old, bound), getattr(new, bound)
        if before != after:
            kind = Kind.BREAKING if tighter(after, before) else Kind.NON_BREAKING
            yield change(kind, f"{bound} is now {after} (was {before})")
    if old.location != new.location:
        yield change(
            Kind.NON_BREAKING,
            f"moved from {old.location} to {new.location}; the SDK follows",
        )


def _above(new: float | None, old: float | None) -> bool:
    """A minimum moved up (or appeared): values allowed before may be refused now."""
    return new is not None and (old is None or new > old)


def _below(new: float | None, old: float | None) -> bool:
    """A maximum moved down (or appeared)."""
    return new is not None and (old is None or new < old)


def _values(
    old: tuple[Any, ...] | None, new: tuple[Any, ...] | None, change: Any, *, request: bool
) -> Iterator[Change]:
    """Enum changes: on requests they restrict what users send; responses are open."""
    if old == new:
        return
    if old is None:
        kind = Kind.BREAKING if request else Kind.NON_BREAKING
        yield change(kind, f"is now limited to {_list(new or ())}")
        return
    if new is None:
        yield change(Kind.NON_BREAKING, "is no longer limited to listed values")
        return
    gained = [value for value in new if value not in old]
    lost = [value for value in old if value not in new]
    if gained:
        verb = "accepts" if request else "may answer"
        yield change(Kind.NON_BREAKING, f"{verb} new value(s) {_list(gained)}")
    if lost:
        kind = Kind.BREAKING if request else Kind.NON_BREAKING
        verb = "no longer accepts" if request else "no longer lists"
        yield change(kind, f"{verb} {_list(lost)}")


def _field_changes(
    old: dict[str, Field], new: dict[str, Field], label: str, change: Any, *, request: bool
) -> Iterator[Change]:
    added = {path for path in new if path not in old}
    removed = {path for path in old if path not in new}
    for path in sorted(set(old) | set(new)):
        if _inside(path, added) or _inside(path, removed):
            continue  # reported with its parent
        subject = f"{label} `{path}`"
        if path in removed:
            yield change(Kind.BREAKING, subject, "removed")
        elif path in added:
            field = new[path]
            if request and field.required:
                yield change(Kind.BREAKING, subject, f"added, required ({field.json_type})")
            else:
                yield change(Kind.NON_BREAKING, subject, f"added ({field.json_type})")
        else:
            yield from _field_change(
                old[path],
                new[path],
                request,
                lambda kind, detail, s=subject: change(kind, s, detail),
            )


def _field_change(old: Field, new: Field, request: bool, change: Any) -> Iterator[Change]:
    if old.json_type != new.json_type:
        yield change(Kind.BREAKING, f"type is now {new.json_type} (was {old.json_type})")
    if old.required != new.required:
        if request:
            kind = Kind.BREAKING if new.required else Kind.NON_BREAKING
            yield change(kind, "is now required" if new.required else "is now optional")
        elif new.required:
            yield change(Kind.NON_BREAKING, "is now always present")
        else:
            yield change(Kind.BREAKING, "may now be absent (it becomes UNSET)")
    yield from _values(old.values, new.values, change, request=request)


def _inside(path: str, paths: set[str]) -> bool:
    """`path` lies under another path of `paths`."""
    return any(path.startswith((f"{other}.", f"{other}[]")) for other in paths if other != path)


def _paging(info: OperationInfo) -> str:
    paging = info.pagination
    assert paging is not None
    return f"{paging.style} over `{paging.items_field}`"


def _type(param: Param) -> str:
    return param.json_type or "any"


def _list(values: Iterable[Any]) -> str:
    return ", ".join(repr(value) for value in values)

"""The CHANGELOG.md entry of a spec update: a dated version heading, once, and code to act on.

- The entry goes under `## X.Y.Z (YYYY-MM-DD)`. An `## Unreleased` section at the top
  holds the hand-written changes that ship with this version, so it is renamed to that
  heading rather than left below a second one; a heading for the version that already
  exists receives the entry instead of a duplicate.
- Every breaking change that affects a call carries a before/after snippet: the call as
  it was written against the previous version and as it must be written now.
- What a type checker found in the previous version's examples (`codegen.typecheck`)
  is listed under the breaking changes.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence

from codegen import diff
from codegen.aliases import ALIAS_REMOVED
from codegen.changes import Change, Kind, Report
from codegen.runtime import OperationInfo, Param

_UNRELEASED = re.compile(r"^## +unreleased *$", re.IGNORECASE | re.MULTILINE)
_HEADING = re.compile(r"^## ", re.MULTILINE)
_PARAMETER = re.compile(r"^parameter `([^`]+)`$")
_FIELD = re.compile(r"^response field `([^`]+)`$")
_SAMPLES = {
    "string": '"..."',
    "integer": "1",
    "number": "1.0",
    "boolean": "True",
    "array": "[...]",
    "object": "{...}",
}


def entry(
    report: Report,
    *,
    old_version: str,
    new_version: str,
    type_errors: Sequence[str] = (),
) -> str:
    """The `### Trenz API update` subsection for CHANGELOG.md."""
    lines = [f"### Trenz API update ({report.versions()})", ""]
    lines.append(f"Taken with `make update-spec`: {report.summary()}.")
    if not report.changes:
        lines += ["", "Spec text only (summaries, descriptions): no change for SDK users."]
    else:
        sections = diff.markdown(report, level=4).split("\n", 1)[1].lstrip("\n")
        lines += ["", sections]
    snippets = before_after(report, old_version, new_version)
    if snippets:
        lines += ["", "#### Before and after, for each call a breaking change affects", ""]
        lines += snippets[:-1]  # each snippet ends with a blank line; the entry adds its own
    if type_errors:
        lines += ["", f"#### What no longer type-checks: {old_version}'s README examples", ""]
        lines += [f"- {error}" for error in type_errors]
    return "\n".join(lines).rstrip("\n") + "\n"


def add(changelog: str, version: str, date: str, text: str) -> str:
    """CHANGELOG.md with `text` under `## {version} ({date})`: one heading per version."""
    existing = re.search(rf"^## +{re.escape(version)}\b.*$", changelog, re.MULTILINE)
    if existing is not None:
        return _append_to_section(changelog, existing.end(), text)
    heading = f"## {version} ({date})"
    unreleased = _UNRELEASED.search(changelog)
    first = _HEADING.search(changelog)
    if unreleased is not None and first is not None and unreleased.start() == first.start():
        # The hand-written "Unreleased" notes ship in this version: one section for both.
        renamed = changelog[: unreleased.start()] + heading + changelog[unreleased.end() :]
        return _append_to_section(renamed, unreleased.start() + len(heading), text)
    section = f"{heading}\n\n{text}"
    if first is None:
        return changelog.rstrip("\n") + "\n\n" + section
    return changelog[: first.start()] + section + "\n" + changelog[first.start() :]


def _append_to_section(changelog: str, start: int, text: str) -> str:
    """`text` at the end of the section whose heading ends at `start`."""
    following = _HEADING.search(changelog, start)
    end = following.start() if following is not None else len(changelog)
    body = changelog[start:end].rstrip("\n")
    rest = changelog[end:]
    return changelog[:start] + body + "\n\n" + text + ("\n" + rest if rest else "")


def before_after(report: Report, old_version: str, new_version: str) -> list[str]:
    """A markdown before/after snippet for each operation a breaking change affects."""
    renamed = {new: old for old, new in report.renames}
    by_operation: dict[str, list[Change]] = defaultdict(list)
    for change in report.changes:
        if change.kind is Kind.BREAKING and change.operation_id:
            by_operation[change.operation_id].append(change)
    out: list[str] = []
    for operation_id, changes in sorted(by_operation.items()):
        old_id = renamed.get(operation_id, operation_id)
        before = report.old.operations.get(old_id)
        after = report.new.operations.get(operation_id)
        target = _alias_target(report, changes)
        if target is not None:  # a removed alias: the old name, then the operation's own
            accessor = changes[0].accessor
            name = f"client.{accessor}" if accessor else f"client.call({operation_id!r})"
            old_lines = _usage(target, changes, present=True, name=name)
            new_lines = _usage(target, changes, present=False)
        elif before is None:
            continue  # nothing could call it before
        else:
            old_lines = _usage(before.info, changes, present=True)
            new_lines = (
                _usage(after.info, changes, present=False)
                if after is not None
                else [f"# gone: Trenz removed {operation_id}; the spec names no replacement"]
            )
        label = before.info.accessor if before is not None else changes[0].accessor
        subjects = "; ".join(f"{change.subject} {change.detail}" for change in changes)
        out += [f"`{label or operation_id}` ({old_id}): {subjects}", "", "```python"]
        out += [f"# before ({old_version})", *old_lines, f"# after ({new_version})", *new_lines]
        out += ["```", ""]
    return out


def _alias_target(report: Report, changes: Sequence[Change]) -> OperationInfo | None:
    """The operation a removed alias stood for (its change names it), if that is the change."""
    for change in changes:
        match = re.search(r"renamed to (\S+) in", change.detail)
        if change.subject == ALIAS_REMOVED and match and match.group(1) in report.new.operations:
            return report.new.operations[match.group(1)].info
    return None


def _usage(
    info: OperationInfo, changes: Sequence[Change], *, present: bool, name: str = ""
) -> list[str]:
    """How code calls `info` (by `name`, if given) and reads the fields `changes` touch."""
    named = {m.group(1) for c in changes if (m := _PARAMETER.match(c.subject))}
    params = [p for p in info.params if p.required or p.python_name in named]
    arguments = ", ".join(f"{param.python_name}={_sample(param)}" for param in params)
    if name.startswith("client.call("):
        call = f"await {name[:-1]}, {arguments})" if arguments else f"await {name}"
    else:
        call = f"await {name or 'client.' + info.accessor}({arguments})"
    result = "page" if info.pagination is not None else "result"
    if info.is_async:
        lines = [f"task = {call}", "result = await task.wait()"]
    else:
        lines = [f"{result} = {call}"]
    for change in changes:
        field = _FIELD.match(change.subject)
        if field is not None:
            access = f"{result}." + field.group(1).replace("[]", "[0]")
            gone = "removed" in change.detail or "absent" in change.detail
            lines.append(access if present or not gone else f"# {access}: {change.detail}")
    return lines


def _sample(param: Param) -> str:
    if param.enum:
        first = param.enum[0]
        return json.dumps(first) if isinstance(first, str) else repr(first)
    return _SAMPLES.get(param.json_type or "", "...")

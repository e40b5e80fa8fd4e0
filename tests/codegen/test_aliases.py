"""Renamed and deprecated operations: the alias plan, and what the generator emits for them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import attrs

from codegen import aliases, diff, emit, facade, registry, surface, update_spec
from codegen.aliases import Alias
from codegen.changes import Kind, Report
from codegen.normalize import normalize
from codegen.runtime import OperationInfo

from . import specs

SEARCH = "/open/v1/things/search"


def _renamed() -> tuple[dict[str, Any], dict[str, Any]]:
    """The minimal spec, and a copy whose search has a new operationId (same method, path)."""
    old = specs.minimal_spec()
    new = copy.deepcopy(old)
    new["paths"][SEARCH]["get"]["operationId"] = "trenz-things-find"
    return old, new


def _report(old: dict[str, Any], new: dict[str, Any]) -> Report:
    return diff.compare(surface.read(old), surface.read(new))


def _bump(version: str) -> Any:
    return lambda report: update_spec.bump(version, report)


def test_a_rename_becomes_an_alias_until_the_next_minor_version() -> None:
    """The old id and accessor are kept, since the new version, until the next minor one."""
    report = _report(*_renamed())
    plan = aliases.plan((), report, "0.3.1", _bump("0.3.1"))
    assert plan.version == "0.3.2"  # the rename alone breaks nothing
    assert plan.aliases == (
        Alias("trenz-things-search", "things.search", "trenz-things-find", "0.3.2", "0.4.0"),
    )
    assert plan.removed == ()


def test_an_expired_alias_is_removed_as_a_breaking_change() -> None:
    """Reaching `until` drops the alias, reports it as breaking, and the bump follows."""
    old = specs.minimal_spec()
    report = _report(old, copy.deepcopy(old))
    expiring = Alias("trenz-things-old", "things.old", "trenz-things-search", "1.4.0", "1.5.0")
    plan = aliases.plan([expiring], report, "1.4.2", _bump("1.4.2"))
    assert plan.removed == (expiring,)
    assert plan.aliases == ()
    assert plan.version == "2.0.0"  # 1.5.0 reached `until`; the removal breaks: major
    change = next(c for c in plan.report.changes if c.subject == aliases.ALIAS_REMOVED)
    assert change.kind is Kind.BREAKING
    assert "`client.things.old()`" in change.detail


def test_an_alias_of_a_renamed_target_follows_it() -> None:
    """An older alias pointing at an operation renamed again points at the newest id."""
    report = _report(*_renamed())
    older = Alias("trenz-things-lookup", "things.lookup", "trenz-things-search", "0.3.0", "9.0.0")
    plan = aliases.plan([older], report, "0.3.1", _bump("0.3.1"))
    assert {a.old_operation_id: a.operation_id for a in plan.aliases} == {
        "trenz-things-lookup": "trenz-things-find",
        "trenz-things-search": "trenz-things-find",
    }


def _infos(spec: dict[str, Any]) -> list[OperationInfo]:
    # No generated package to read models from: any model name renders.
    return [
        attrs.evolve(info, response_model="trenz_async._generated.models.m:Model")
        for info in registry.build(spec, normalize(spec), None, "trenz_async._generated")
    ]


def test_resolve_skips_what_cannot_apply() -> None:
    """An alias to a missing operation, or of a name in use again, is skipped with a warning."""
    infos = _infos(specs.minimal_spec())
    resolved = aliases.resolve(
        [
            Alias("trenz-things-old", "things.old", "trenz-things-search", "0.1.0", "0.2.0"),
            Alias("trenz-gone-old", "things.gone", "trenz-gone", "0.1.0", "0.2.0"),
            Alias("trenz-things-search", "things.search", "trenz-things-render", "0.1.0", "0.2.0"),
        ],
        infos,
    )
    assert dict(resolved.registry) == {
        "trenz-things-old": ("trenz-things-search", "0.2.0"),
        "things.old": ("trenz-things-search", "0.2.0"),
    }
    assert [name for name, _ in resolved.methods["things"]] == ["old"]
    assert len(resolved.warnings) == 3  # no trenz-gone; the id and the accessor are in use


def test_generated_methods_warn_for_deprecated_operations_and_aliases() -> None:
    """The facade: `Deprecated:` docstring and a first-line warning; the alias method warns too."""
    spec = specs.minimal_spec()
    spec["paths"][SEARCH]["get"]["deprecated"] = True
    infos = _infos(spec)
    search = next(info for info in infos if info.operation_id == "trenz-things-search")
    items = {info.operation_id: "dict[str, Any]" for info in infos if info.pagination}
    source = facade.resource_modules(infos, items, {"things": (("old_search", search),)})[
        "things.py"
    ]
    method = _method(source, "search")
    assert '"""Deprecated: Trenz Things Search.' in method
    assert "self._warn_deprecated('trenz-things-search')" in method
    assert "self._warn_deprecated('things.old_search')" in _method(source, "old_search")
    assert "_warn_deprecated" not in _method(source, "render")


def _method(source: str, name: str) -> str:
    """The first generated method `name` in a resource module's source."""
    start = source.index(f" {name}(\n")
    following = [source.find(marker, start + 1) for marker in ("    def ", "    async def ")]
    return source[start : min(found for found in following if found > 0)]


def test_registry_and_readme_record_aliases_and_deprecation() -> None:
    """`_registry/table.py` gets an `aliases=` table; the README table marks and lists them."""
    spec = specs.minimal_spec()
    spec["paths"][SEARCH]["get"]["deprecated"] = True
    infos = _infos(spec)
    table = {"trenz-things-old": ("trenz-things-search", "0.2.0")}
    source = emit.registry_module(infos, server_url=specs.SERVER, aliases=table)
    assert (
        "aliases={\n        'trenz-things-old': ['trenz-things-search', '0.2.0'],\n    }," in source
    )
    assert '"deprecated":true' in source
    readme = emit.readme_table(infos, table)
    assert "| `things.search` (deprecated) |" in readme
    assert "- `trenz-things-old` -> `things.search` (trenz-things-search), until 0.2.0" in readme
    assert "aliases=" not in emit.registry_module(infos, server_url=specs.SERVER)


def test_update_records_a_rename_in_the_alias_file(tmp_path: Path) -> None:
    """update-spec writes codegen/aliases.json and generates the old names into the package."""
    old, new = _renamed()
    root = tmp_path / "repo"
    (root / "trenz_async").mkdir(parents=True)
    (root / "openapi.json").write_text(json.dumps(old))
    (root / update_spec.VERSION_FILE).write_text('__version__ = "0.3.0"\n')
    spec = tmp_path / "new.json"
    spec.write_text(json.dumps(new))
    done = update_spec.update(spec, root, test_command="true", echo=False)
    assert done.new_version == "0.3.1"
    recorded = aliases.read(root / aliases.RELATIVE)
    assert recorded == (
        Alias("trenz-things-search", "things.search", "trenz-things-find", "0.3.1", "0.4.0"),
    )
    assert (
        '"things.search": ["trenz-things-find", "0.4.0"]'
        in (root / "trenz_async" / "_registry" / "table.py").read_text()
    )
    things = (root / "trenz_async" / "resources" / "things.py").read_text()
    assert "def find(" in things
    assert 'self._warn_deprecated("things.search")' in things


def test_a_rename_that_keeps_the_accessor_aliases_only_the_id() -> None:
    """`trenz-things-search` -> `trenz-thing-search` is still `things.search`: one id alias."""
    old = specs.minimal_spec()
    new = copy.deepcopy(old)
    new["paths"][SEARCH]["get"]["operationId"] = "trenz-thing-search"
    report = _report(old, new)
    renamed = next(c for c in report.changes if c.subject == "operation renamed")
    assert renamed.kind is Kind.NON_BREAKING
    assert "`client.things.search()` is unchanged" in renamed.detail
    plan = aliases.plan((), report, "0.3.1", _bump("0.3.1"))
    assert plan.aliases == (
        Alias("trenz-things-search", "", "trenz-thing-search", "0.3.2", "0.4.0"),
    )

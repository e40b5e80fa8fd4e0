"""`codegen.update_spec`: versions, changelog entries, and refusals that change nothing."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from codegen import diff, release_notes, surface, update_spec
from codegen.costs import CostDelta
from codegen.diff import Change, Kind, Report

from . import specs
from .conftest import REPO

PRICE_RISE = Change(Kind.BEHAVIOURAL, "a.b", "op-a", "coin cost", "rises", CostDelta(5, 8))
PRICE_DROP = Change(Kind.BEHAVIOURAL, "a.b", "op-a", "coin cost", "falls", CostDelta(8, 5))


def _report(*kinds: Kind, extra: tuple[Change, ...] = ()) -> Report:
    """A report with one change of each given kind (and `extra`)."""
    empty = surface.Surface("t", "1", "https://x", {})
    changes = tuple(Change(kind, "a.b", "op-a", "thing", "changed") for kind in kinds)
    return Report(empty, empty, changes + extra)


@pytest.mark.parametrize(
    ("version", "kinds", "extra", "expected"),
    [
        ("0.1.0", (Kind.BREAKING, Kind.NON_BREAKING), (), "0.2.0"),
        ("0.1.3", (Kind.NON_BREAKING,), (), "0.1.4"),
        ("0.1.3", (Kind.BEHAVIOURAL,), (), "0.1.4"),
        ("0.1.3", (), (PRICE_DROP,), "0.1.4"),
        ("0.1.3", (), (PRICE_RISE,), "0.2.0"),
        ("0.1.3", (), (), "0.1.4"),
        ("1.4.2", (Kind.BREAKING,), (), "2.0.0"),
        ("1.4.2", (Kind.NON_BREAKING, Kind.BEHAVIOURAL), (), "1.5.0"),
        ("1.4.2", (), (PRICE_RISE,), "1.5.0"),
    ],
)
def test_version_bump_follows_semver(
    version: str, kinds: tuple[Kind, ...], extra: tuple[Change, ...], expected: str
) -> None:
    """Breaking: major (minor while 0.x); a price rise at least minor; else minor (0.x: patch)."""
    assert update_spec.bump(version, _report(*kinds, extra=extra)) == expected


def test_version_is_single_sourced() -> None:
    """pyproject.toml reads the version from trenz_async/_version.py, which holds X.Y.Z."""
    pyproject = (REPO / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in pyproject
    assert f'path = "{update_spec.VERSION_FILE}"' in pyproject
    assert "\nversion =" not in pyproject
    major, minor, patch = update_spec.read_version(REPO).split(".")
    assert all(part.isdigit() for part in (major, minor, patch))


def test_write_version_replaces_only_the_version(tmp_path: Path) -> None:
    """Bumping rewrites the `__version__` line and keeps the rest of the file."""
    (tmp_path / "trenz_async").mkdir()
    source = (REPO / update_spec.VERSION_FILE).read_text()
    (tmp_path / update_spec.VERSION_FILE).write_text(source)
    update_spec.write_version(tmp_path, "9.8.7")
    assert update_spec.read_version(tmp_path) == "9.8.7"
    assert (tmp_path / update_spec.VERSION_FILE).read_text().splitlines()[0] == source.splitlines()[
        0
    ]


def test_changelog_entry_goes_above_the_newest_version() -> None:
    """Without an Unreleased section, a dated heading is added above the newest version."""
    text = "# Changelog\n\nIntro.\n\n## 0.1.0 (2025-01-01)\n\nFirst.\n"
    report = _report(Kind.BREAKING, Kind.NON_BREAKING)
    entry = release_notes.entry(report, old_version="0.1.0", new_version="0.2.0")
    updated = release_notes.add(text, "0.2.0", "2026-02-03", entry)
    assert updated.startswith("# Changelog\n\nIntro.\n\n## 0.2.0 (2026-02-03)\n")
    assert updated.index("#### Breaking") < updated.index("## 0.1.0")
    assert updated.endswith("## 0.1.0 (2025-01-01)\n\nFirst.\n")


def test_unreleased_notes_become_the_dated_version_once() -> None:
    """An Unreleased section is renamed to the version: no second Unreleased, one heading."""
    text = "# Changelog\n\n## Unreleased\n\nHand-written.\n\n## 0.1.0 (unreleased)\n\nFirst.\n"
    entry = release_notes.entry(
        _report(Kind.NON_BREAKING), old_version="0.1.0", new_version="0.1.1"
    )
    once = release_notes.add(text, "0.1.1", "2026-02-03", entry)
    assert "## Unreleased" not in once
    assert once.count("## 0.1.1 (2026-02-03)") == 1
    assert once.index("Hand-written.") < once.index("### Trenz API update") < once.index("## 0.1.0")
    twice = release_notes.add(once, "0.1.1", "2026-02-04", entry)
    assert twice.count("## 0.1.1") == 1
    assert twice.count("### Trenz API update") == 2


def test_changelog_entry_for_a_text_only_change() -> None:
    """A spec change SDK users cannot see still gets an entry saying so."""
    entry = release_notes.entry(_report(), old_version="0.1.0", new_version="0.1.1")
    assert "no change for SDK users" in entry


def test_breaking_changes_come_with_a_before_and_after_snippet() -> None:
    """A new required parameter and a removed response field: the call and the read, both ways."""
    old = specs.minimal_spec()
    new = specs.minimal_spec()
    search = new["paths"]["/open/v1/things/search"]["get"]
    search["parameters"].insert(0, specs.query("region", required=True))
    data = search["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    del data["properties"]["total_count"]
    report = diff.compare(surface.read(old), surface.read(new))
    entry = release_notes.entry(report, old_version="0.3.0", new_version="0.4.0")
    snippet = entry[entry.index("#### Before and after") :]
    assert (
        '# before (0.3.0)\npage = await client.things.search(country="us")\npage.data.total_count\n'
        in snippet
    )
    assert (
        '# after (0.4.0)\npage = await client.things.search(region="...", country="us")\n'
        "# page.data.total_count: removed\n"
    ) in snippet


def _repository(tmp_path: Path, spec: dict[str, Any]) -> Path:
    """A minimal repository for `update()`: spec, version, changelog, README."""
    root = tmp_path / "repo"
    (root / "trenz_async").mkdir(parents=True)
    (root / "openapi.json").write_text(json.dumps(spec))
    (root / update_spec.VERSION_FILE).write_text('__version__ = "0.3.0"\n')
    (root / "CHANGELOG.md").write_text("# Changelog\n")
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_refused_spec_changes_nothing(tmp_path: Path) -> None:
    """A spec that fails validation exits 2 and leaves every file as it was."""
    root = _repository(tmp_path, specs.minimal_spec())
    bad = specs.minimal_spec()
    bad["paths"]["/open/v1/things/search"]["get"]["x-coin-cost"] = "five"
    new = tmp_path / "new.json"
    new.write_text(json.dumps(bad))
    before = _snapshot(root)
    assert update_spec.main([str(new), "--root", str(root)]) == 2
    assert _snapshot(root) == before


def test_unchanged_spec_is_nothing_to_do(tmp_path: Path) -> None:
    """The bundled spec itself needs no update."""
    root = _repository(tmp_path, specs.minimal_spec())
    before = _snapshot(root)
    done = update_spec.update(root / "openapi.json", root, test_command="false")
    assert done.report is None
    assert _snapshot(root) == before


def test_failing_tests_change_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """When the updated copy fails its tests, exit 1 and the tree is untouched."""
    root = _repository(tmp_path, specs.minimal_spec())
    changed = specs.minimal_spec()
    changed["paths"]["/open/v1/things/search"]["get"]["x-coin-cost"] = 6
    new = tmp_path / "new.json"
    new.write_text(json.dumps(changed))
    before = _snapshot(root)
    command = "python -c 'import sys; print(\"3 failed\"); sys.exit(1)'"
    assert update_spec.main([str(new), "--root", str(root), "--test-command", command]) == 1
    assert "3 failed" in capsys.readouterr().err
    assert _snapshot(root) == before


def test_successful_update_writes_spec_version_and_changelog(tmp_path: Path) -> None:
    """A passing update swaps in the spec, the bumped version and the dated changelog entry."""
    root = _repository(tmp_path, specs.minimal_spec())
    changed = specs.minimal_spec()
    changed["paths"]["/open/v1/things/search"]["get"]["x-coin-cost"] = 4
    new = tmp_path / "new.json"
    new.write_text(json.dumps(changed))
    day = datetime.date(2026, 2, 3)
    done = update_spec.update(new, root, test_command="true", today=day, echo=False)
    assert (root / "openapi.json").read_bytes() == new.read_bytes()
    assert (done.old_version, done.new_version) == ("0.3.0", "0.3.1")
    assert update_spec.read_version(root) == "0.3.1"
    changelog = (root / "CHANGELOG.md").read_text()
    assert "## 0.3.1 (2026-02-03)" in changelog
    assert (
        "`things.search` (trenz-things-search): coin cost falls 5 -> 4 coins per call (-20%)"
        in changelog
    )
    assert done.report is not None
    assert diff.render(done.report, "text").startswith("API diff: 0 breaking, 1 behavioural")
    assert (root / "trenz_async" / "_registry" / "table.py").exists()
    assert not list(root.glob(".codegen-staging-*"))


def test_a_price_rise_is_a_minor_version(tmp_path: Path) -> None:
    """5 -> 8 coins on a 0.x package is 0.(x+1).0, never a patch."""
    root = _repository(tmp_path, specs.minimal_spec())
    changed = specs.minimal_spec()
    changed["paths"]["/open/v1/things/search"]["get"]["x-coin-cost"] = 8
    new = tmp_path / "new.json"
    new.write_text(json.dumps(changed))
    done = update_spec.update(new, root, test_command="true", echo=False)
    assert done.new_version == "0.4.0"
    assert "rises 5 -> 8 coins per call (+60%)" in (root / "CHANGELOG.md").read_text()


def test_breaking_change_under_an_unchanged_info_version_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """update-spec says so when Trenz broke something without moving `info.version`."""
    root = _repository(tmp_path, specs.minimal_spec())
    changed = specs.minimal_spec()
    del changed["paths"]["/open/v1/things/render"]
    new = tmp_path / "new.json"
    new.write_text(json.dumps(changed))
    assert update_spec.main([str(new), "--root", str(root), "--test-command", "true"]) == 0
    assert "warning: the spec's info.version is still '1.0.0'" in capsys.readouterr().err

"""`make generate`: golden output, determinism, staleness and atomicity.

`make typecheck` (run by `make test` and by update-spec's full suite) holds the generated
package to `mypy --strict` with the rest of `trenz_async`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen import emit, facade
from codegen import generate as generation
from codegen.generate import OUTPUTS, STAGING_PREFIX, compare, generate
from codegen.normalize import GENERATED_MARKER, operations
from trenz_async import OPERATIONS

from .conftest import REPO, copy_hand_written, copy_outputs, run_codegen


def _snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` (caches aside) and its bytes."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_committed_output_matches_a_fresh_generation(fresh_generation: Path) -> None:
    """Regenerating (another process, another hash seed and locale) gives the committed tree
    byte for byte: the output is current and deterministic."""
    assert compare(fresh_generation, REPO) == []


def test_generation_reports_the_operation_count(
    fresh_generation: Path, spec: dict[str, Any]
) -> None:
    """The README table states how many operations the spec has."""
    count = sum(1 for _ in operations(spec))
    readme = (fresh_generation / "README.md").read_text()
    assert f"{count} operations, generated from `openapi.json`." in readme


def test_every_generated_file_says_do_not_edit() -> None:
    """Each generated Python file starts with the do-not-edit header."""
    generated = [
        *(REPO / "trenz_async" / "_generated").rglob("*.py"),
        *(REPO / "trenz_async" / "_generated").rglob("*.pyi"),
        *(REPO / "trenz_async" / "resources").rglob("*.py"),
        REPO / "trenz_async" / "_registry" / "table.py",
        REPO / "trenz_async" / "_registry" / "prose.py",
    ]
    for path in generated:
        first = path.read_text().splitlines()[0]
        assert first == f"# {GENERATED_MARKER}", path


def test_check_generated_fails_on_stale_output(
    fresh_generation: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--check` exits 1 with a readable summary when committed output differs.

    Its regeneration is the session's, copied in: that one generation is proved real by
    `test_committed_output_matches_a_fresh_generation`, and `make check-generated` runs
    the whole `--check` on every `make test`.
    """
    root = copy_outputs(fresh_generation, tmp_path / "repository")
    registry = root / "trenz_async" / "_registry" / "table.py"
    registry.write_text(registry.read_text().replace('"task-status"', '"task-stat"', 1))

    def regenerate(spec_path: Path, into: Path, **options: Any) -> generation.Outcome:
        assert spec_path == REPO / "openapi.json"
        copy_outputs(fresh_generation, into)
        return generation.Outcome(operations=len(OPERATIONS), warnings=())

    monkeypatch.setattr(generation, "generate", regenerate)
    assert generation.main(["--check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "generated code is stale; run `make generate` and commit:" in err
    assert "stale: trenz_async/_registry/table.py" in err
    assert "task-stat" in err
    assert err.count("stale: ") == 1


def test_failure_during_generation_changes_nothing(
    fresh_generation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error after the generator ran leaves every output as it was, and no staging dir."""
    root = copy_outputs(fresh_generation, tmp_path)
    (root / "trenz_async" / "_registry" / "table.py").write_text("# an older registry\n")
    before = _snapshot(root)

    def broken(*args: Any, **kwargs: Any) -> dict[str, str]:
        raise KeyError("boom")

    monkeypatch.setattr(facade, "resource_modules", broken)
    with pytest.raises(KeyError):
        generate(REPO / "openapi.json", root)
    assert _snapshot(root) == before
    assert not list(root.glob(f"{STAGING_PREFIX}*"))


def test_invalid_spec_exits_2_and_changes_nothing(spec: dict[str, Any], tmp_path: Path) -> None:
    """A spec that fails validation is refused with its location before anything is written."""
    operation = spec["paths"]["/open/v1/tasks/{task_id}"]["get"]
    operation["x-billing-mode"] = "per_minute"
    root = copy_outputs(REPO, tmp_path / "root")
    bad = tmp_path / "openapi.json"
    bad.write_text(json.dumps(spec))
    before = _snapshot(root)
    result = run_codegen("--spec", str(bad), "--root", str(root))
    assert result.returncode == 2
    assert "nothing was changed" in result.stderr
    assert "per_minute" in result.stderr
    assert "task-status (GET /open/v1/tasks/{task_id})" in result.stderr
    assert "#/paths/~1open~1v1~1tasks~1{task_id}/get/x-billing-mode" in result.stderr
    assert _snapshot(root) == before


def test_foreign_files_in_generated_directories_stop_generation(tmp_path: Path) -> None:
    """A hand-written file in resources/ is named and kept, not deleted."""
    root = copy_outputs(REPO, tmp_path)
    helper = root / "trenz_async" / "resources" / "helpers.py"
    helper.write_text('"""My helpers."""\n')
    notes = root / "trenz_async" / "_generated" / "NOTES.md"
    notes.write_text("notes\n")
    before = _snapshot(root)
    result = run_codegen("--root", str(root))
    assert result.returncode == 2
    assert "trenz_async/resources/helpers.py" in result.stderr
    assert "trenz_async/_generated/NOTES.md" in result.stderr
    assert _snapshot(root) == before


def test_outputs_cover_every_generated_path(fresh_generation: Path, tmp_path: Path) -> None:
    """Everything generation writes is listed in OUTPUTS (so check and swap see it)."""
    written = {
        str(path.relative_to(fresh_generation))
        for path in fresh_generation.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    hand_written = set(_snapshot(copy_hand_written(tmp_path)))
    for name in written - hand_written:
        assert any(name == output or name.startswith(f"{output}/") for output in OUTPUTS), name


def test_readme_counts_are_refreshed_and_unknown_ones_refused() -> None:
    """Count markers anywhere in the README take the registry's numbers."""
    infos = list(OPERATIONS.values())
    text = "All <!-- count:operations -->1<!-- /count --> operations, <!-- count:async_jobs -->0<!-- /count --> jobs."
    refreshed = emit.replace_counts(text, emit.counts(infos))
    jobs = sum(info.is_async for info in infos)
    assert refreshed == (
        f"All <!-- count:operations -->{len(infos)}<!-- /count --> operations, "
        f"<!-- count:async_jobs -->{jobs}<!-- /count --> jobs."
    )
    with pytest.raises(ValueError, match="unknown 'widgets'"):
        emit.replace_counts("<!-- count:widgets -->3<!-- /count -->", emit.counts(infos))

"""`make generate`: openapi.json -> trenz_async/_generated, the registry, resources/, models/,
README.

Usage:
    python -m codegen.generate            write the generated tree into the repository
    python -m codegen.generate --check    regenerate into a temporary directory and fail
                                          (exit 1, with a summary) if the committed tree differs
    python -m codegen.generate --spec X --root DIR   generate from another spec into DIR
    python -m codegen.generate --exclude OPERATION_ID   leave an operation out this once
                                          (codegen/excluded_operations.txt does it for good)

Generation is all or nothing. The spec is validated first (`codegen.validate`, every
problem with its JSON pointer), then checked against the shapes the hand-written core
reads (`codegen.contract`); everything is generated into a staging directory beside the
outputs, and only when all of it succeeded, and the staged package compiled, imported and
answered one call of every method against a mock transport (`codegen.smoke`), is each
output swapped in with a rename. A failure at any step leaves the working tree as it was
(exit 2, with the reason). Files in `resources/` or `_generated/` that codegen did not
write stop generation instead of being deleted.

The spec is untrusted input: its text reaches generated code only through
`codegen.literal` (the templates in `codegen/templates/` refuse anything else), and what
no literal can say faithfully is refused at validation (`codegen.untrusted`).

The pinned openapi-python-client runs with `--fail-on-warning`; its post-hooks run the
pinned ruff from the same virtual environment, so two runs give byte-identical output.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from codegen import (
    aliases,
    annotate,
    contract,
    emit,
    facade,
    models,
    passages,
    registry,
    smoke,
    validate,
)
from codegen.normalize import GENERATED_MARKER, NormalizeError, Spec, normalize
from codegen.runtime import OperationInfo

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "codegen" / "config.yaml"
PACKAGE = "trenz_async"
GENERATED_PACKAGE = f"{PACKAGE}._generated"
# Everything `make generate` owns, relative to the repository root.
OUTPUTS = (
    f"{PACKAGE}/_generated",
    f"{PACKAGE}/_registry/table.py",
    f"{PACKAGE}/_registry/prose.py",
    f"{PACKAGE}/resources",
    f"{PACKAGE}/models",
    *passages.pages(REPO),  # README.md and the guides under docs/: their generated passages
)
# Directories codegen rebuilds from scratch: anything else found there is someone's work.
OWNED_DIRS = (f"{PACKAGE}/_generated", f"{PACKAGE}/resources", f"{PACKAGE}/models")
STAGING_PREFIX = ".codegen-staging-"
_IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}


class GenerationError(Exception):
    """The generator failed or warned; nothing was written."""


@attrs.frozen
class Prepared:
    """A validated spec, ready to generate: as written, normalized, and its registry facts."""

    original: Spec
    normalized: Spec
    operations: tuple[OperationInfo, ...]
    warnings: tuple[str, ...]
    aliases: tuple[aliases.Alias, ...] = ()  # renamed operations' old names to keep


@attrs.frozen
class Outcome:
    """What one generation produced."""

    operations: int
    warnings: tuple[str, ...]


def prepare(
    spec_path: Path,
    *,
    exclude: Iterable[str] | None = None,
    recorded_aliases: Iterable[aliases.Alias] | None = None,
) -> Prepared:
    """Load, validate, normalize and contract-check a spec; nothing is written.

    Args:
        spec_path: the OpenAPI document.
        exclude: operationIds to leave out; `None` reads `codegen/excluded_operations.txt`.
        recorded_aliases: renamed operations' old names; `None` reads `codegen/aliases.json`.

    Raises:
        NormalizeError: the spec is invalid (`validate.SpecError`), breaks the core
            (`contract.ContractError`), or normalization refused it.
    """
    spec = validate.load(spec_path)
    names = validate.read_exclusions() if exclude is None else tuple(exclude)
    spec, warnings = validate.exclude(spec, names)
    validate.check(spec)
    normalized = normalize(spec)
    facts = registry.build(spec, normalized, None, GENERATED_PACKAGE)
    warnings += contract.check(spec, normalized, facts)
    kept = tuple(aliases.read() if recorded_aliases is None else recorded_aliases)
    warnings += aliases.resolve(kept, facts).warnings
    return Prepared(spec, normalized, tuple(facts), tuple(warnings), kept)


def generate(
    spec_path: Path,
    root: Path,
    *,
    exclude: Iterable[str] | None = None,
    recorded_aliases: Iterable[aliases.Alias] | None = None,
) -> Outcome:
    """Generate every output for `spec_path` under `root`, all or nothing."""
    prepared = prepare(spec_path, exclude=exclude, recorded_aliases=recorded_aliases)
    refuse_foreign_files(root)
    with staging(root) as stage:
        count = _build(prepared, root, stage)
        staged = [output for output in OUTPUTS if (stage / output).exists()]
        smoke_test(stage, staged)
        swap_in(stage, root, staged)
    return Outcome(count, prepared.warnings)


def _build(prepared: Prepared, root: Path, stage: Path) -> int:
    """Write every output into `stage` (same layout as `root`)."""
    package_dir = stage / PACKAGE
    package_dir.mkdir(parents=True)
    work = stage / "work"
    work.mkdir()
    normalized_path = work / "openapi.normalized.json"
    normalized_path.write_text(_dump(prepared.normalized))
    fresh = package_dir / "_generated"
    _run_generator(normalized_path, fresh)
    shutil.rmtree(fresh / ".ruff_cache", ignore_errors=True)  # left by the post-hooks
    model_modules = models.make_lazy(fresh / "models")
    _ruff_format(fresh / "models" / "__init__.py", isolated=True)
    _stamp(fresh)
    (fresh / "openapi.json").write_text(
        _dump({"x-generated": GENERATED_MARKER, **prepared.normalized})
    )
    infos = registry.build(prepared.original, prepared.normalized, fresh, GENERATED_PACKAGE)
    renamed = aliases.resolve(prepared.aliases, infos)
    server_url = prepared.normalized["servers"][0]["url"]
    registry_dir = package_dir / "_registry"
    registry_dir.mkdir()
    (registry_dir / "table.py").write_text(
        emit.registry_module(
            infos,
            server_url=server_url,
            task_status=contract.TASK_STATUS_OPERATION,
            aliases=renamed.registry,
        )
    )
    (registry_dir / "prose.py").write_text(emit.docs_module(infos))
    items = facade.item_types(prepared.normalized, infos, model_modules, GENERATED_PACKAGE)
    resources = package_dir / "resources"
    resources.mkdir()
    for name, source in facade.resource_modules(
        infos, items, renamed.methods, task_status=contract.TASK_STATUS_OPERATION
    ).items():
        (resources / name).write_text(source)
    public_dir = package_dir / "models"
    public_dir.mkdir()
    public = models.public_models(prepared.normalized, fresh, model_modules)
    typed_dicts = annotate.typed_dicts(infos)
    package = models.models_package(public, model_modules, GENERATED_PACKAGE, typed_dicts)
    for name, source in package.items():
        (public_dir / name).write_text(source)
    _ruff_format(registry_dir / "table.py", registry_dir / "prose.py", resources, public_dir)
    for page in passages.pages(root):
        text = (root / page).read_text()
        if page == "README.md":
            refreshed = emit.refresh_readme(text, infos, renamed.registry)
        else:
            refreshed = emit.refresh_page(text, infos)
        (stage / page).parent.mkdir(parents=True, exist_ok=True)
        (stage / page).write_text(refreshed)
    shutil.rmtree(work)
    return len(infos)


def smoke_test(stage: Path, outputs: Iterable[str]) -> None:
    """Compile, import and call the staged package in a fresh interpreter (`codegen.smoke`).

    Raises:
        GenerationError: something did not compile, import or answer; nothing is swapped in.
    """
    generated = [output for output in outputs if output.startswith(f"{PACKAGE}/")]
    failed = smoke.run(stage, generated, package=REPO / PACKAGE, env=tool_env(), ignore=_IGNORED)
    if failed:
        raise GenerationError(
            f"the generated package failed its smoke test (compile, import, one call of "
            f"every method):\n{failed}"
        )


@contextlib.contextmanager
def staging(root: Path) -> Iterator[Path]:
    """A scratch directory inside `root` (one filesystem: renames out of it are atomic)."""
    root.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def swap_in(stage: Path, root: Path, outputs: Iterable[str]) -> None:
    """Move each staged output over its counterpart in `root`; undo all of it on failure."""
    retired = stage / "retired"
    retired.mkdir()
    done: list[tuple[Path, Path | None]] = []
    try:
        for output in outputs:
            target, fresh = root / output, stage / output
            backup = None
            if target.exists():
                backup = retired / str(len(done))
                target.rename(backup)
            target.parent.mkdir(parents=True, exist_ok=True)
            done.append((target, backup))
            fresh.rename(target)
    except BaseException:
        for target, backup in reversed(done):
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target, ignore_errors=True)
            elif target.exists():
                target.unlink()
            if backup is not None:
                backup.rename(target)
        raise


def refuse_foreign_files(root: Path) -> None:
    """Stop if a directory codegen rebuilds holds files codegen did not write.

    Raises:
        GenerationError: naming each such file, so nobody's work is deleted silently.
    """
    foreign = sorted(str(path.relative_to(root)) for path in _foreign_files(root))
    if foreign:
        listing = "\n".join(f"  - {name}" for name in foreign)
        raise GenerationError(
            "these files were not written by codegen (no do-not-edit header), and "
            f"regenerating would delete them:\n{listing}\nMove them out of "
            f"{' and '.join(OWNED_DIRS)} (rebuilt from openapi.json on every run) and run "
            "`make generate` again."
        )


def _foreign_files(root: Path) -> Iterator[Path]:
    header = f"# {GENERATED_MARKER}"
    for owned in OWNED_DIRS:
        for path in sorted((root / owned).rglob("*")):
            if not path.is_file() or _IGNORED & set(path.parts):
                continue
            if path.suffix in (".py", ".pyi"):
                with path.open(encoding="utf-8", errors="replace") as handle:
                    if handle.readline().rstrip("\n") == header:
                        continue
            elif path.name == "openapi.json" and path.parent.name == "_generated":
                continue
            yield path


def _run_generator(spec: Path, output: Path) -> None:
    command = [
        _tool("openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(output),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--fail-on-warning",
        "--overwrite",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=tool_env(), check=False)
    if result.returncode != 0:
        raise GenerationError(f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}")


def _stamp(tree: Path) -> None:
    """Put the do-not-edit line on top of every generated Python file."""
    for path in sorted([*tree.rglob("*.py"), *tree.rglob("*.pyi")]):
        path.write_text(f"# {GENERATED_MARKER}\n" + path.read_text())


def _ruff_format(*paths: Path, isolated: bool = False) -> None:
    """The pinned ruff's formatting: the project's settings, or its defaults (`isolated`)
    like the generator's post-hooks use for `_generated/`."""
    config = ["--isolated"] if isolated else ["--config", str(REPO / "pyproject.toml")]
    subprocess.run(
        [_tool("ruff"), "format", "--quiet", *config, *map(str, paths)],
        check=True,
        env=tool_env(),
    )


def _tool(name: str) -> str:
    """A console script from this interpreter's environment (the pinned versions)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def tool_env() -> dict[str, str]:
    """Post-hooks find the pinned ruff first on PATH."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def _dump(data: Any) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def check(
    spec_path: Path, repo: Path, *, exclude: Iterable[str] | None = None
) -> tuple[list[str], tuple[str, ...]]:
    """Regenerate into a temporary copy: differences from the committed tree, and warnings."""
    with tempfile.TemporaryDirectory(prefix="trenz-check-") as tmp:
        root = Path(tmp)
        for output in OUTPUTS:
            source = repo / output
            if source.is_file():
                (root / output).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source, root / output)
        outcome = generate(spec_path, root, exclude=exclude)
        return compare(root, repo), outcome.warnings


def compare(fresh_root: Path, repo: Path) -> list[str]:
    """Human-readable differences between two copies of the generated outputs."""
    problems: list[str] = []
    for output in OUTPUTS:
        fresh, committed = fresh_root / output, repo / output
        if fresh.is_dir() or committed.is_dir():
            problems += _compare_dirs(fresh, committed, output)
        elif not committed.exists():
            problems.append(f"missing: {output}")
        elif not filecmp.cmp(fresh, committed, shallow=False):
            problems.append(f"stale: {output}\n" + _diff_excerpt(committed, fresh))
    return problems


def _compare_dirs(fresh: Path, committed: Path, label: str) -> list[str]:
    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            str(path.relative_to(root))
            for path in root.rglob("*")
            if path.is_file() and not (_IGNORED & set(path.parts))
        }

    fresh_files, committed_files = files(fresh), files(committed)
    problems = [f"missing: {label}/{name}" for name in sorted(fresh_files - committed_files)]
    problems += [
        f"not generated any more: {label}/{name}" for name in sorted(committed_files - fresh_files)
    ]
    for name in sorted(fresh_files & committed_files):
        if not filecmp.cmp(fresh / name, committed / name, shallow=False):
            problems.append(
                f"stale: {label}/{name}\n" + _diff_excerpt(committed / name, fresh / name)
            )
    return problems


def _diff_excerpt(old: Path, new: Path, limit: int = 12) -> str:
    diff = list(
        difflib.unified_diff(
            old.read_text().splitlines(),
            new.read_text().splitlines(),
            "committed",
            "generated",
            lineterm="",
            n=0,
        )
    )
    more = f"\n    ... {len(diff) - limit} more diff lines" if len(diff) > limit else ""
    return "\n".join(f"    {line}" for line in diff[:limit]) + more


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=REPO / "openapi.json")
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument("--check", action="store_true")
    parser.add_argument(
        "--exclude",
        action="append",
        metavar="OPERATION_ID",
        help="leave this operation out (repeatable); adds to codegen/excluded_operations.txt",
    )
    args = parser.parse_args(argv)
    exclude = None
    if args.exclude:
        exclude = (*validate.read_exclusions(), *args.exclude)
    try:
        if args.check:
            problems, warnings = check(args.spec, args.root, exclude=exclude)
            for warning in warnings:
                print(f"warning: {warning}", file=sys.stderr)
            if problems:
                print("generated code is stale; run `make generate` and commit:", file=sys.stderr)
                print("\n".join(problems[:40]), file=sys.stderr)
                if len(problems) > 40:
                    print(f"... and {len(problems) - 40} more files", file=sys.stderr)
                return 1
            print("generated code is up to date")
            return 0
        outcome = generate(args.spec, args.root, exclude=exclude)
    except (NormalizeError, GenerationError) as exc:
        print(f"generation failed; nothing was changed.\n{exc}", file=sys.stderr)
        return 2
    for warning in outcome.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"generated {outcome.operations} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())

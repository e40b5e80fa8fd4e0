"""`make generate`: openapi.json -> trenz_async/_generated, _operations.py, resources/, README table.

Usage:
    python -m codegen.generate            write the generated tree into the repository
    python -m codegen.generate --check    regenerate into a temporary directory and fail
                                          (exit 1, with a summary) if the committed tree differs
    python -m codegen.generate --spec X --root DIR   generate from another spec into DIR
                                          (used by the spec-change tests)

The pinned openapi-python-client runs with `--fail-on-warning`; its post-hooks run the
pinned ruff from the same virtual environment, so two runs give byte-identical output.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen import emit, registry
from codegen.normalize import GENERATED_MARKER, NormalizeError, normalize

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "codegen" / "config.yaml"
TEMPLATES = REPO / "codegen" / "templates"
PACKAGE = "trenz_async"
GENERATED_PACKAGE = f"{PACKAGE}._generated"
# Everything `make generate` owns, relative to the repository root.
OUTPUTS = (
    f"{PACKAGE}/_generated",
    f"{PACKAGE}/_operations.py",
    f"{PACKAGE}/_operation_docs.py",
    f"{PACKAGE}/resources",
    "README.md",
)


class GenerationError(Exception):
    """The generator failed or warned; nothing was written."""


def generate(spec_path: Path, root: Path) -> int:
    """Generate every output for `spec_path` under `root`; returns the operation count."""
    original = json.loads(spec_path.read_text())
    normalized = normalize(original)
    package_dir = root / PACKAGE
    with tempfile.TemporaryDirectory(prefix="trenz-codegen-") as tmp:
        work = Path(tmp)
        normalized_path = work / "openapi.normalized.json"
        normalized_path.write_text(_dump(normalized))
        fresh = work / "_generated"
        _run_generator(normalized_path, fresh)
        shutil.rmtree(fresh / ".ruff_cache", ignore_errors=True)  # left by the post-hooks
        _write_models_stub(fresh / "models")
        _stamp(fresh)
        (fresh / "openapi.json").write_text(_dump({"x-generated": GENERATED_MARKER, **normalized}))
        specs = registry.build(original, normalized, fresh, GENERATED_PACKAGE)
        target = package_dir / "_generated"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
    servers = normalized.get("servers") or [{}]
    if "url" not in servers[0]:
        raise NormalizeError("the spec names no server URL")
    registry_source = emit.registry_module(specs, server_url=servers[0]["url"])
    (package_dir / "_operations.py").write_text(registry_source)
    (package_dir / "_operation_docs.py").write_text(emit.docs_module(specs))
    resources = package_dir / "resources"
    if resources.exists():
        shutil.rmtree(resources)
    resources.mkdir(parents=True)
    for name, source in emit.resource_modules(specs).items():
        (resources / name).write_text(source)
    _ruff_format(package_dir / "_operations.py", package_dir / "_operation_docs.py", resources)
    readme = root / "README.md"
    if readme.exists():
        readme.write_text(emit.replace_readme_table(readme.read_text(), emit.readme_table(specs)))
    return len(specs)


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
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--fail-on-warning",
        "--overwrite",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=_env(), check=False)
    if result.returncode != 0:
        raise GenerationError(f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}")


def _stamp(tree: Path) -> None:
    """Put the do-not-edit line on top of every generated Python file."""
    for path in sorted([*tree.rglob("*.py"), *tree.rglob("*.pyi")]):
        path.write_text(f"# {GENERATED_MARKER}\n" + path.read_text())


def _write_models_stub(models: Path) -> None:
    """`models/__init__.pyi`: the lazy models package's names, for type checkers.

    The runtime `__init__.py` (our template) holds only the name -> module map, so a
    process that has to compile it pays for ~400 entries, not ~400 imports as well.
    """
    names = registry.read_model_modules(models / "__init__.py")
    lines = [f"from .{module} import {name} as {name}" for name, module in sorted(names.items())]
    lines += ["", "__all__ = [", *(f"    {name!r}," for name in sorted(names)), "]", ""]
    (models / "__init__.pyi").write_text("\n".join(lines))


def _ruff_format(*paths: Path) -> None:
    subprocess.run(
        [
            _tool("ruff"),
            "format",
            "--quiet",
            "--config",
            str(REPO / "pyproject.toml"),
            *map(str, paths),
        ],
        check=True,
        env=_env(),
    )


def _tool(name: str) -> str:
    """A console script from this interpreter's environment (the pinned versions)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _env() -> dict[str, str]:
    """Post-hooks find the pinned ruff first on PATH."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def _dump(data: object) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def check(spec_path: Path, repo: Path) -> list[str]:
    """Regenerate into a temporary copy; the list of differences from the committed tree."""
    with tempfile.TemporaryDirectory(prefix="trenz-check-") as tmp:
        root = Path(tmp)
        for output in OUTPUTS:
            source = repo / output
            if source.is_file():
                (root / output).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source, root / output)
        generate(spec_path, root)
        return compare(root, repo)


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
            if path.is_file() and not ({"__pycache__", ".ruff_cache"} & set(path.parts))
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
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check(args.spec, args.root)
            if problems:
                print("generated code is stale; run `make generate` and commit:", file=sys.stderr)
                print("\n".join(problems[:40]), file=sys.stderr)
                if len(problems) > 40:
                    print(f"... and {len(problems) - 40} more files", file=sys.stderr)
                return 1
            print("generated code is up to date")
            return 0
        count = generate(args.spec, args.root)
    except (NormalizeError, GenerationError) as exc:
        print(f"generation failed: {exc}", file=sys.stderr)
        return 2
    print(f"generated {count} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())

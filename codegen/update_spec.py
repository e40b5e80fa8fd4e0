"""`make update-spec SPEC=path`: take a new openapi.json from Trenz, all or nothing.

Usage:
    python -m codegen.update_spec NEW.json [--root DIR] [--check PATH] [--date YYYY-MM-DD]
                                  [--preflight-only | --test-command CMD]

1. The new spec is validated (every problem with its JSON pointer) and checked against
   the shapes the hand-written core reads, exactly as `make generate` does.
2. It is compared with the bundled openapi.json (`codegen.diff`). Renamed operations
   get deprecated aliases for one minor version (`codegen/aliases.json`); aliases whose
   time is up are removed (a breaking change).
3. In a staging copy of the repository: NEW.json becomes openapi.json (verbatim),
   everything is regenerated (README passages and counts included), and
   `trenz_async/_version.py` is bumped by semver: breaking is major (minor while 0.x);
   a price rise is at least minor; anything else is minor (patch while 0.x).
4. Pre-flight, in that copy: the tests that exercise generated code (`PREFLIGHT`, well
   under a minute), so a spec the SDK cannot take fails fast.
5. Meanwhile (two cores, one wait), the previous version's README examples (or
   `--check PATH`, a user's own code) are type-checked against the old and the new
   package; what only the new one breaks is listed.
6. CHANGELOG.md gets the diff under a dated version heading, with a before/after snippet
   for each call a breaking change affects.
7. The full suite runs in the copy: lint, mypy, check-generated and pytest (what
   `make test` runs); `--preflight-only` stops after step 4, `--test-command` runs
   something else instead of steps 4 and 7.
8. Only when all of that passed are the changed files swapped into the working tree.

Any failure leaves the working tree exactly as it was. Exit status: 0 updated (or
nothing to do), 1 the tests failed, 2 the spec was refused.
"""

from __future__ import annotations

import argparse
import datetime
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from codegen import aliases, diff, generate, release_notes, surface, typecheck, validate
from codegen.changes import Kind, Report
from codegen.normalize import NormalizeError

REPO = generate.REPO
VERSION_FILE = "trenz_async/_version.py"
CHANGELOG = "CHANGELOG.md"
SPEC = "openapi.json"
# What an update may change, relative to the repository root.
UPDATED = (*generate.OUTPUTS, SPEC, CHANGELOG, VERSION_FILE, aliases.RELATIVE)
_VERSION = re.compile(r'^__version__ = "(\d+)\.(\d+)\.(\d+)"$', re.MULTILINE)
_COPY_IGNORES = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache",
    "*.egg-info", "build", "dist", f"{generate.STAGING_PREFIX}*",
)  # fmt: skip
_PYTEST = ("-m", "pytest", "-q", "-x", "-p", "no:cacheprovider")
# The tests that exercise the generated code: the registry, the facade, the call path's
# validation, estimates and paging, the fake server built from the spec, the README
# examples. On asyncio only (the full suite adds trio): about 20 s on two cores, so a
# spec change that breaks the SDK, or a test pinned to today's spec, fails first.
PREFLIGHT: tuple[tuple[str, ...], ...] = (
    (
        *_PYTEST, "-m", "not spec_change and not wheel", "-k", "not trio",
        "tests/codegen/test_registry.py", "tests/codegen/test_facade.py",
        "tests/unit/test_facade.py", "tests/unit/test_invoke.py", "tests/unit/test_params.py",
        "tests/unit/test_pagination.py", "tests/unit/test_usage.py",
        "tests/testing/test_conformance.py", "tests/testing/test_requests.py",
        "tests/testing/test_pagination.py", "tests/testing/test_billing.py", "tests/typing",
    ),
)  # fmt: skip
TEST_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("-m", "ruff", "check", "."),
    ("-m", "ruff", "format", "--check", "."),
    ("-m", "mypy"),
    ("-m", "codegen.generate", "--check"),
    ("-m", "pytest", "-q"),
)


class CheckFailed(Exception):
    """The regenerated copy did not pass its tests."""


@attrs.frozen
class Update:
    """What `update()` did."""

    report: Report | None  # None when the spec was already the bundled one
    old_version: str
    new_version: str
    warnings: tuple[str, ...]
    type_errors: tuple[str, ...] = ()  # what no longer type-checks (step 5)
    checked: Path | None = None  # what was type-checked


def bump(version: str, report: Report) -> str:
    """The next version: breaking is major, a price rise at least minor (0.x: shifted down)."""
    major, minor, patch = (int(part) for part in version.split("."))
    breaking = report.count(Kind.BREAKING) > 0
    dearer = report.cost_increase is not None
    if major == 0:
        return f"0.{minor + 1}.0" if breaking or dearer else f"0.{minor}.{patch + 1}"
    return f"{major + 1}.0.0" if breaking else f"{major}.{minor + 1}.0"


def read_version(root: Path) -> str:
    """The package version in `trenz_async/_version.py`."""
    found = _VERSION.search((root / VERSION_FILE).read_text())
    if found is None:
        raise NormalizeError(f'{VERSION_FILE} has no `__version__ = "X.Y.Z"` line')
    return ".".join(found.groups())


def write_version(root: Path, version: str) -> None:
    """Replace the version in `trenz_async/_version.py`."""
    path = root / VERSION_FILE
    path.write_text(_VERSION.sub(f'__version__ = "{version}"', path.read_text(), count=1))


def update(
    new_spec: Path,
    root: Path = REPO,
    *,
    test_command: str | None = None,
    preflight_only: bool = False,
    check: Path | None = None,
    type_check: bool = True,
    today: datetime.date | None = None,
    echo: bool = True,
) -> Update:
    """Bring `root` to `new_spec`, or change nothing.

    Args:
        new_spec: the new openapi.json.
        root: the repository to update.
        test_command: run this in the copy instead of the pre-flight and the full suite.
        preflight_only: run the pre-flight, not the full suite.
        check: type-check this file or folder instead of the README examples.
        type_check: type-check at all (step 5).
        today: the date of the CHANGELOG heading.
        echo: print each step to stderr.

    Raises:
        NormalizeError: the spec was refused (nothing changed).
        CheckFailed: the regenerated copy failed its tests (nothing changed).
    """
    old_version = read_version(root)
    if (root / SPEC).read_bytes() == new_spec.read_bytes():
        return Update(None, old_version, old_version, ())
    exclusions = validate.read_exclusions()
    prepared = generate.prepare(new_spec, exclude=exclusions, recorded_aliases=())
    report = diff.compare(
        surface.read(validate.load(root / SPEC), exclude=exclusions),
        surface.read(validate.load(new_spec), exclude=exclusions),
    )
    planned = aliases.plan(
        aliases.read(root / aliases.RELATIVE),
        report,
        old_version,
        lambda found: bump(old_version, found),
    )
    report, new_version = planned.report, planned.version
    warnings = tuple(dict.fromkeys((*prepared.warnings, *report.warnings)))
    generate.refuse_foreign_files(root)
    with generate.staging(root) as stage:
        copy = stage / "repository"
        shutil.copytree(root, copy, ignore=_COPY_IGNORES, symlinks=True)
        shutil.copyfile(new_spec, copy / SPEC)
        if planned.aliases or (copy / aliases.RELATIVE).exists():
            (copy / aliases.RELATIVE).parent.mkdir(exist_ok=True)
            aliases.write(copy / aliases.RELATIVE, planned.aliases)
        outcome = generate.generate(
            copy / SPEC, copy, exclude=exclusions, recorded_aliases=planned.aliases
        )
        warnings = tuple(dict.fromkeys((*warnings, *outcome.warnings)))  # aliases skipped, say
        write_version(copy, new_version)
        first: list[Sequence[str]]
        if test_command is None:
            first, stage_name = [(sys.executable, *c) for c in PREFLIGHT], "pre-flight"
        else:
            first, stage_name = [shlex.split(test_command)], "tests"
        checked = check if check is not None else root / typecheck.README_EXAMPLES
        typed = checked if type_check and checked.exists() else None
        errors = _tests_and_types(copy, root, first, stage_name, typed, echo=echo)
        # A user's own code (`--check`) is theirs to read, not the project's changelog's.
        readme_errors = errors if check is None else None
        entry = release_notes.entry(
            report,
            old_version=old_version,
            new_version=new_version,
            type_errors=readme_errors or (),
        )
        changelog = copy / CHANGELOG
        existing = changelog.read_text() if changelog.exists() else "# Changelog\n"
        date = (today or datetime.date.today()).isoformat()
        changelog.write_text(release_notes.add(existing, new_version, date, entry))
        if test_command is None and not preflight_only:
            _refresh_samples(copy, echo=echo)  # the full suite holds the samples to the CLI
            _run(copy, [(sys.executable, *c) for c in TEST_COMMANDS], "full suite", echo=echo)
        generate.swap_in(copy, root, [name for name in UPDATED if (copy / name).exists()])
    return Update(
        report,
        old_version,
        new_version,
        warnings,
        tuple(errors or ()),
        checked if errors is not None else None,
    )


def _tests_and_types(
    copy: Path,
    root: Path,
    commands: Sequence[Sequence[str]],
    stage: str,
    target: Path | None,
    *,
    echo: bool,
) -> list[str] | None:
    """Run `commands` in the copy while `target` is type-checked (two cores, one wait).

    Returns what no longer type-checks, or `None` when nothing was checked.

    Raises:
        CheckFailed: a command failed (the type-check is abandoned).
    """
    with tempfile.TemporaryDirectory(prefix="trenz-typecheck-") as work:
        running = None
        if target is not None:
            if echo:
                print(f"+ type-check {target} against the new package", file=sys.stderr)
            running = typecheck.start(target, root, copy, Path(work))
        try:
            _run(copy, commands, stage, echo=echo)
        except BaseException:
            if running is not None:
                running.stop()
            raise
        return list(running.finish().errors) if running is not None else None


def _refresh_samples(copy: Path, *, echo: bool) -> None:
    """Rerun the copy's console samples (`make samples`) with the copy's package."""
    command = (sys.executable, "-m", "codegen.samples", "--root", str(copy))
    if echo:
        print(f"+ {shlex.join(command)}", file=sys.stderr, flush=True)
    env = {**generate.tool_env(), "PYTHONPATH": str(copy)}
    result = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise CheckFailed(f"`make samples` failed in the updated copy:\n{result.stderr[-3000:]}")


def _run(copy: Path, commands: Sequence[Sequence[str]], stage: str, *, echo: bool) -> None:
    """Run `commands` in the staged copy (the copy's package shadows the installed one)."""
    # This interpreter's environment comes first on PATH, as in `make` (`python`, `pytest`).
    env = {**generate.tool_env(), "PYTHONPATH": str(copy)}
    started = time.monotonic()
    for command in commands:
        if echo:
            print(f"+ [{stage}] {shlex.join(command)}", file=sys.stderr, flush=True)
        result = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            output = (result.stdout + result.stderr).strip().splitlines()
            tail = "\n".join(output[-40:])
            raise CheckFailed(
                f"{stage}: `{shlex.join(command)}` failed (exit {result.returncode}) in the "
                f"updated copy:\n{tail}"
            )
    if echo:
        print(f"  {stage} passed in {time.monotonic() - started:.0f} s", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.update_spec",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("spec", type=Path, help="the new openapi.json")
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument(
        "--check",
        type=Path,
        metavar="PATH",
        help="type-check this file or folder (your code) instead of the README examples",
    )
    parser.add_argument(
        "--date",
        type=datetime.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the date of the CHANGELOG heading (default: today)",
    )
    tests = parser.add_mutually_exclusive_group()
    tests.add_argument(
        "--preflight-only",
        action="store_true",
        help="run the pre-flight tests but not the full suite (a quick look, not a release)",
    )
    tests.add_argument(
        "--test-command",
        help="run this instead of the pre-flight and the full suite (e.g. 'pytest -q tests')",
    )
    args = parser.parse_args(argv)
    if args.check is not None and not args.check.exists():
        parser.error(f"--check {args.check}: no such file or folder")
    try:
        done = update(
            args.spec,
            args.root,
            test_command=args.test_command,
            preflight_only=args.preflight_only,
            check=args.check,
            today=args.date,
        )
    except (NormalizeError, generate.GenerationError) as exc:
        print(f"update refused; nothing was changed.\n{exc}", file=sys.stderr)
        return 2
    except CheckFailed as exc:
        print(f"update abandoned; nothing was changed.\n{exc}", file=sys.stderr)
        return 1
    for warning in done.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if done.report is None:
        print(f"{args.spec} is already the bundled {SPEC}; nothing to do")
        return 0
    print(diff.render(done.report, "text"))
    if done.checked is not None:
        verdict = f"{len(done.type_errors)} error(s)" if done.type_errors else "still type-checks"
        print(f"\n{done.checked} against the new package: {verdict}")
        for error in done.type_errors:
            print(f"  - {error}")
    print(
        f"\nversion {done.old_version} -> {done.new_version}; {SPEC}, generated code, README, "
        f"{CHANGELOG} and {VERSION_FILE} updated. Review with `git diff`, then commit."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

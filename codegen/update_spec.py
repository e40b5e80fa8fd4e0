"""`make update-spec SPEC=path`: take a new openapi.json from Trenz, all or nothing.

Usage:
    python -m codegen.update_spec NEW.json [--root DIR] [--test-command CMD]

1. The new spec is validated (every problem with its JSON pointer) and checked against
   the shapes the hand-written core reads, exactly as `make generate` does.
2. It is compared with the bundled openapi.json (`codegen.diff`).
3. In a staging copy of the repository: NEW.json becomes openapi.json (verbatim),
   everything is regenerated (README passages and counts included),
   `trenz_async/_version.py` is bumped by semver (breaking: major, or minor while 0.x;
   anything else: minor, or patch while 0.x) and the diff goes into CHANGELOG.md under
   the new version's heading.
4. The tests run in that copy: lint, mypy, check-generated and pytest (what `make test`
   runs), or `--test-command`.
5. Only when all of that passed are the changed files swapped into the working tree.

Any failure leaves the working tree exactly as it was. Exit status: 0 updated (or
nothing to do), 1 the tests failed, 2 the spec was refused.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs

from codegen import diff, generate, surface, validate
from codegen.changes import Kind, Report
from codegen.normalize import NormalizeError

REPO = generate.REPO
VERSION_FILE = "trenz_async/_version.py"
CHANGELOG = "CHANGELOG.md"
SPEC = "openapi.json"
# What an update may change, relative to the repository root.
UPDATED = (*generate.OUTPUTS, SPEC, CHANGELOG, VERSION_FILE)
_VERSION = re.compile(r'^__version__ = "(\d+)\.(\d+)\.(\d+)"$', re.MULTILINE)
_COPY_IGNORES = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache",
    "*.egg-info", "build", "dist", f"{generate.STAGING_PREFIX}*",
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


def bump(version: str, report: Report) -> str:
    """The next version for a spec change: semver, with 0.x treating minor as major."""
    major, minor, patch = (int(part) for part in version.split("."))
    breaking = report.count(Kind.BREAKING) > 0
    if major == 0:
        return f"0.{minor + 1}.0" if breaking else f"0.{minor}.{patch + 1}"
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


def changelog_entry(version: str, report: Report) -> str:
    """The CHANGELOG.md section for this update."""
    lines = [f"## {version} (unreleased)", ""]
    lines.append(f"Trenz API update via `make update-spec` ({report.versions()}).")
    if report.changes:
        lines += ["", diff.markdown(report, level=3).split("\n", 1)[1].lstrip("\n")]
    else:
        lines += ["", "Spec text only (summaries, descriptions): no change for SDK users."]
    return "\n".join(lines).rstrip("\n") + "\n"


def add_to_changelog(text: str, entry: str) -> str:
    """CHANGELOG.md text with `entry` above the newest version heading."""
    found = re.search(r"^## ", text, re.MULTILINE)
    if found is None:
        return text.rstrip("\n") + "\n\n" + entry
    return text[: found.start()] + entry + "\n" + text[found.start() :]


def update(
    new_spec: Path,
    root: Path = REPO,
    *,
    test_command: str | None = None,
    echo: bool = True,
) -> Update:
    """Bring `root` to `new_spec`, or change nothing.

    Raises:
        NormalizeError: the spec was refused (nothing changed).
        CheckFailed: the regenerated copy failed its tests (nothing changed).
    """
    old_version = read_version(root)
    if (root / SPEC).read_bytes() == new_spec.read_bytes():
        return Update(None, old_version, old_version, ())
    exclusions = validate.read_exclusions()
    prepared = generate.prepare(new_spec, exclude=exclusions)  # refuses before any copying
    report = diff.compare(
        surface.read(validate.load(root / SPEC), exclude=exclusions),
        surface.read(validate.load(new_spec), exclude=exclusions),
    )
    new_version = bump(old_version, report)
    generate.refuse_foreign_files(root)
    with generate.staging(root) as stage:
        copy = stage / "repository"
        shutil.copytree(root, copy, ignore=_COPY_IGNORES, symlinks=True)
        shutil.copyfile(new_spec, copy / SPEC)
        generate.generate(copy / SPEC, copy, exclude=exclusions)
        write_version(copy, new_version)
        changelog = copy / CHANGELOG
        existing = changelog.read_text() if changelog.exists() else "# Changelog\n\n"
        changelog.write_text(add_to_changelog(existing, changelog_entry(new_version, report)))
        if test_command is None:  # the default tests hold the console samples to the CLI
            _refresh_samples(copy, echo=echo)
        _run_tests(copy, test_command, echo=echo)
        generate.swap_in(copy, root, [name for name in UPDATED if (copy / name).exists()])
    return Update(report, old_version, new_version, prepared.warnings)


def _refresh_samples(copy: Path, *, echo: bool) -> None:
    """Rerun the copy's console samples (`make samples`) with the copy's package."""
    command = (sys.executable, "-m", "codegen.samples", "--root", str(copy))
    if echo:
        print(f"+ {shlex.join(command)}", file=sys.stderr, flush=True)
    env = {**generate.tool_env(), "PYTHONPATH": str(copy)}
    result = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise CheckFailed(f"`make samples` failed in the updated copy:\n{result.stderr[-3000:]}")


def _run_tests(copy: Path, test_command: str | None, *, echo: bool) -> None:
    """Run the tests in the staged copy (the copy's package shadows the installed one)."""
    # This interpreter's environment comes first on PATH, as in `make` (`python`, `pytest`).
    env = {**generate.tool_env(), "PYTHONPATH": str(copy)}
    commands: Sequence[Sequence[str]]
    if test_command is not None:
        commands = [shlex.split(test_command)]
    else:
        commands = [(sys.executable, *command) for command in TEST_COMMANDS]
    for command in commands:
        if echo:
            print(f"+ {shlex.join(command)}", file=sys.stderr, flush=True)
        result = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            output = (result.stdout + result.stderr).strip().splitlines()
            tail = "\n".join(output[-40:])
            raise CheckFailed(
                f"`{shlex.join(command)}` failed (exit {result.returncode}) in the updated "
                f"copy:\n{tail}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("spec", type=Path, help="the new openapi.json")
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument(
        "--test-command",
        help="run this instead of the make-test steps in the updated copy (e.g. 'pytest -q tests')",
    )
    args = parser.parse_args(argv)
    try:
        done = update(args.spec, args.root, test_command=args.test_command)
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
    print(
        f"\nversion {done.old_version} -> {done.new_version}; {SPEC}, generated code, README, "
        f"{CHANGELOG} and {VERSION_FILE} updated. Review with `git diff`, then commit."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

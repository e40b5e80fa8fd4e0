"""Does code written for the previous version still type-check against the new package?

`make update-spec` runs `mypy --strict` twice over the same code, once against the
package as it is and once against the regenerated copy, and lists the errors only the
new package causes: what an upgrade would break. The code is the previous version's
README examples (`tests/typing/readme_examples.py`, every README block verbatim), or a
user's own file or folder (`make update-spec SPEC=... CHECK=path`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import attrs

README_EXAMPLES = "tests/typing/readme_examples.py"
_SCRUBBED = ("PYTHONPATH", "MYPYPATH", "PYTHONHOME")


@attrs.frozen
class Breaks:
    """What no longer type-checks."""

    target: Path
    errors: tuple[str, ...]  # `file:line: error: ...`, with the line's code appended


def check(target: Path, old_root: Path, new_root: Path, work: Path) -> Breaks:
    """Errors `mypy --strict` reports on `target` against `new_root`'s package only.

    Args:
        target: a Python file or a folder of them.
        old_root / new_root: repositories whose `trenz_async` package to check against.
        work: a scratch directory (mypy caches and a copy of `target`).

    Raises:
        FileNotFoundError: `target` does not exist.
    """
    return start(target, old_root, new_root, work).finish()


class Running:
    """`check()` started: both mypy runs under way, so the caller can do other work."""

    def __init__(self, target: Path, old_root: Path, new_root: Path, work: Path) -> None:
        if not target.exists():
            raise FileNotFoundError(f"nothing to type-check at {target}")
        self.target = target
        self._source = work / "checked"
        if target.is_dir():
            ignore = shutil.ignore_patterns(".*", "__pycache__")
            shutil.copytree(target, self._source, ignore=ignore)
        else:
            self._source.mkdir(parents=True)
            shutil.copy(target, self._source / target.name)
        # Both runs at once: each one analyses a whole package (about 10 s on one core).
        self._old = _mypy(self._source, old_root, work / "cache-old")
        self._new = _mypy(self._source, new_root, work / "cache-new")

    def finish(self) -> Breaks:
        """Wait for both runs: the errors only the new package causes."""
        before = set(_errors(self._old))
        new = _errors(self._new)
        errors = [_with_code(self._source, error) for error in new if error not in before]
        return Breaks(self.target, tuple(errors))

    def stop(self) -> None:
        """Abandon the check (the update failed elsewhere): end both runs."""
        for process in (self._old, self._new):
            process.kill()
            process.communicate()


def start(target: Path, old_root: Path, new_root: Path, work: Path) -> Running:
    """`check()`, started in the background; `.finish()` for the result.

    Raises:
        FileNotFoundError: `target` does not exist.
    """
    return Running(target, old_root, new_root, work)


def _mypy(source: Path, root: Path, cache: Path) -> subprocess.Popen[str]:
    """mypy --strict on `source`, resolving `trenz_async` from `root` first, started."""
    env = {name: value for name, value in os.environ.items() if name not in _SCRUBBED}
    env["MYPYPATH"] = str(root)
    command = [
        sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context",
        "--no-color-output", "--follow-imports=silent", "--cache-dir", str(cache), ".",
    ]  # fmt: skip
    # `--follow-imports=silent`: the package is analysed, but only the checked code's
    # errors are reported (the package's own are `make typecheck`'s business).
    # Run inside the copy: no project's mypy configuration applies but --strict.
    return subprocess.Popen(
        command, cwd=source, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _errors(process: subprocess.Popen[str]) -> list[str]:
    """The error lines of a finished mypy run."""
    out, err = process.communicate()
    if process.returncode not in (0, 1):
        raise RuntimeError(f"mypy failed (exit {process.returncode}):\n{err.strip()}")
    return [line for line in out.splitlines() if ": error: " in line]


def _with_code(source: Path, error: str) -> str:
    """`file:12: error: ...` followed by the code on line 12, so the list reads alone."""
    name, _, rest = error.partition(":")
    number = rest.partition(":")[0]
    path = source / name
    if not number.isdigit() or not path.is_file():
        return error
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    index = int(number) - 1
    code = lines[index].strip() if 0 <= index < len(lines) else ""
    return f"{error} -- `{code}`" if code else error

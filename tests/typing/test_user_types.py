"""A user's `mypy --strict` passes on every README example, against the built wheel alone.

The wheel is built from this checkout and installed into a fresh virtual environment
(pip may fetch httpx, anyio and attrs; its cache makes that quick); the project's mypy
then checks `readme_examples.py` with that environment's interpreter, so it sees the
package exactly as users do: `py.typed`, the stubs, no repository on the path. A second
file with deliberate mistakes proves the check is not vacuous.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
EXAMPLES = Path(__file__).with_name("readme_examples.py")
# Blocks not type-checked here: the README's testing example is
# tests/plugin/test_readme_example.py, which CI runs as written (its fixtures are untyped,
# as in a user's test suite); the worker-framework recipes need Celery, arq and taskiq.
UNCHECKED_PREFIXES = ("import pytest\n", "# Celery:")
# Lines `readme_examples.py` may add around the README's blocks.
SCAFFOLD = re.compile(r"^(async )?def \w+\(.*\) -> None:$")
# Mistakes a user could make; mypy must report each one (one error per line below).
MISTAKES = """\
import trenz_async


async def mistakes(client: trenz_async.TrenzClient) -> None:
    page = await client.products.search(country="zz")
    page.usage.coin_cost + "coins"
    page.request_id.decode()
    async for item in client.products.search(country="us"):
        item.no_such_field
    raw = await client.products.with_raw_response.search(country="us", timeout="5")
    task = await client.ai_analysis.video_content_analysis(video_id="7301")
    (await task.wait()).startswith("x")
"""
EXPECTED_MISTAKES = 6
# Variables that would let a type checker or an interpreter find something other than the
# wheel (the checkout, a stub path).
SCRUBBED = ("PYTHONPATH", "MYPYPATH", "PYTHONHOME", "VIRTUAL_ENV")


def readme_blocks() -> list[str]:
    """Each ```python block of the README that users are meant to type-check."""
    blocks = re.findall(r"^```python\n(.*?)^```", README.read_text(), re.S | re.M)
    return [block for block in blocks if not block.startswith(UNCHECKED_PREFIXES)]


def _run(*command: str | Path, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if name not in SCRUBBED}
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_the_script_holds_every_readme_example_and_nothing_else() -> None:
    """Each README block is in `readme_examples.py` verbatim; the rest is function headers."""
    script = EXAMPLES.read_text()
    rest = script.split('"""', 2)[2]
    for block in readme_blocks():
        indented = textwrap.indent(block, "    ")
        found = indented if indented in rest else block
        assert found in rest, f"README block not in {EXAMPLES.name}:\n{block}"
        rest = rest.replace(found, "", 1)
    extra = [line for line in rest.splitlines() if line.strip() and not SCAFFOLD.match(line)]
    assert extra == [], f"{EXAMPLES.name} has lines no README block has"


@pytest.mark.wheel
def test_readme_examples_pass_mypy_strict_against_the_wheel(tmp_path: Path) -> None:
    """Built wheel, clean venv, `mypy --strict`: the examples pass and the mistakes do not."""
    dist, venv, work = tmp_path / "dist", tmp_path / "venv", tmp_path / "work"
    work.mkdir()
    built = _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, REPO, cwd=work
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("trenz_async-*.whl")
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    installed = _run(
        sys.executable, "-m", "pip", "--python", python, "install", "-q", wheel, cwd=work
    )
    assert installed.returncode == 0, installed.stderr
    where = _run(python, "-c", "import trenz_async; print(trenz_async.__file__)", cwd=work)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr

    (work / "readme_examples.py").write_text(EXAMPLES.read_text())
    (work / "mistakes.py").write_text(MISTAKES)
    checked = _run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--python-executable",
        python,
        "--cache-dir",
        tmp_path / "mypy-cache",
        "--no-error-summary",
        "readme_examples.py",
        "mistakes.py",
        cwd=work,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if line.startswith("readme_examples.py")], checked.stdout
    lines = {int(line.split(":")[1]) for line in errors if line.startswith("mistakes.py")}
    assert len(lines) == EXPECTED_MISTAKES, checked.stdout

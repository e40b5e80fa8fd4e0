"""A user's `mypy --strict` passes on every example of the README and the guides, against
the built wheel alone.

The wheel is built from this checkout and installed into a fresh virtual environment
(uv or pip may fetch httpx, anyio and attrs; their caches make that quick); the project's mypy
then checks `readme_examples.py` (the README's blocks) and `docs_examples.py` (the
guides' blocks under docs/, those not already in the README) with that environment's
interpreter, so it sees the package exactly as users do: `py.typed`, the stubs, no
repository on the path. A second file with deliberate mistakes proves the check is not
vacuous. Every block is also either a whole program or says it is a fragment.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
GUIDES = REPO / "docs"
EXAMPLES = Path(__file__).with_name("readme_examples.py")
GUIDE_EXAMPLES = Path(__file__).with_name("docs_examples.py")
# Blocks not type-checked here: the testing example is tests/plugin/test_readme_example.py,
# which CI runs as written (its fixtures are untyped, as in a user's test suite); the
# worker-framework recipes need Celery, arq and taskiq.
UNCHECKED_PREFIXES = ("import pytest\n", "# Fragment: recipes")
# What a block that is not a whole program says on its first line.
FRAGMENT = "# Fragment"
PROGRAM = re.compile(r"^(asyncio\.run\(main\(\)\)|anyio\.run\(main)", re.M)
# Lines `readme_examples.py` and `docs_examples.py` may add around the blocks
# (the function headers, and the import a fragment takes for granted).
SCAFFOLD = re.compile(r"^((async )?def \w+\(.*\) -> None:|import trenz_async)$")
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


def python_blocks(page: Path) -> list[str]:
    """Each ```python block of a Markdown page."""
    return re.findall(r"^```python\n(.*?)^```", page.read_text(), re.S | re.M)


def readme_blocks() -> list[str]:
    """Each ```python block of the README that users are meant to type-check."""
    return [block for block in python_blocks(README) if not block.startswith(UNCHECKED_PREFIXES)]


def guide_blocks() -> list[str]:
    """The same for the guides, without the blocks the README already has."""
    seen = set(readme_blocks())
    blocks = []
    for page in sorted(GUIDES.glob("*.md")):
        for block in python_blocks(page):
            if block not in seen and not block.startswith(UNCHECKED_PREFIXES):
                seen.add(block)
                blocks.append(block)
    return blocks


# Built and installed by the uv `make install` puts beside the interpreter (a sixth of
# pip's CPU time), or by pip where there is none.
_UV = Path(sys.executable).with_name("uv")


def _wheel_command(dist: Path) -> tuple[str | Path, ...]:
    if _UV.exists():
        return (_UV, "build", "-q", "--wheel", "--out-dir", dist, REPO)
    return (sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, REPO)


def _install_command(python: Path, wheel: Path) -> tuple[str | Path, ...]:
    if _UV.exists():
        return (_UV, "pip", "install", "-q", "--python", python, wheel)
    return (sys.executable, "-m", "pip", "--python", python, "install", "-q", wheel)


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


@pytest.mark.parametrize(
    ("script", "blocks"), [(EXAMPLES, readme_blocks), (GUIDE_EXAMPLES, guide_blocks)]
)
def test_the_script_holds_every_example_and_nothing_else(
    script: Path, blocks: Callable[[], list[str]]
) -> None:
    """Each block is in its script verbatim; the rest is function headers."""
    rest = script.read_text().split('"""', 2)[2]
    for block in blocks():
        indented = textwrap.indent(block, "    ")
        found = indented if indented in rest else block
        assert found in rest, f"block not in {script.name}:\n{block}"
        rest = rest.replace(found, "", 1)
    extra = [line for line in rest.splitlines() if line.strip() and not SCAFFOLD.match(line)]
    assert extra == [], f"{script.name} has lines no block has"


@pytest.mark.parametrize("page", [README, *sorted(GUIDES.glob("*.md"))], ids=lambda page: page.name)
def test_every_block_is_a_program_a_test_or_says_it_is_a_fragment(page: Path) -> None:
    """A reader can run a block as written, or is told it is a part of something."""
    for block in python_blocks(page):
        runs = PROGRAM.search(block) or block.startswith("import pytest\n")
        assert runs or block.startswith(FRAGMENT), f"{page.name}: neither:\n{block}"


@pytest.mark.wheel
def test_readme_examples_pass_mypy_strict_against_the_wheel(tmp_path: Path) -> None:
    """Built wheel, clean venv, `mypy --strict`: the examples pass and the mistakes do not."""
    dist, venv, work = tmp_path / "dist", tmp_path / "venv", tmp_path / "work"
    work.mkdir()
    built = _run(*_wheel_command(dist), cwd=work)
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("trenz_async-*.whl")
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    installed = _run(*_install_command(python, wheel), cwd=work)
    assert installed.returncode == 0, installed.stderr
    where = _run(python, "-c", "import trenz_async; print(trenz_async.__file__)", cwd=work)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr

    (work / "readme_examples.py").write_text(EXAMPLES.read_text())
    (work / "docs_examples.py").write_text(GUIDE_EXAMPLES.read_text())
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
        "docs_examples.py",
        "mistakes.py",
        cwd=work,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert not [
        line for line in errors if line.startswith(("readme_examples.py", "docs_examples.py"))
    ], checked.stdout
    lines = {int(line.split(":")[1]) for line in errors if line.startswith("mistakes.py")}
    assert len(lines) == EXPECTED_MISTAKES, checked.stdout

"""The console samples in the README and the guides are what `trenz` prints today.

Each sample is rerun as `make samples` runs it (bash, a fresh seeded `trenz fake`), and
compared line by line; only what changes from run to run is masked: clock times and the
fake's port when 8765 was taken.
"""

from __future__ import annotations

import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from codegen import samples
from codegen.passages import pages

from .conftest import REPO

BIN = Path(sys.executable).parent
VOLATILE = (
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"), "<time>"),
    (re.compile(r"http://127\.0\.0\.1:\d+"), "http://127.0.0.1:<port>"),
)


def masked(text: str) -> str:
    """`text` with the values that differ between two identical runs replaced."""
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def shown() -> dict[str, list[str]]:
    """page -> the samples it shows (commands and output)."""
    found = {page: samples.SAMPLE.findall((REPO / page).read_text()) for page in pages(REPO)}
    return {page: [block for _, block, _ in blocks] for page, blocks in found.items() if blocks}


SHOWN = shown()


def test_the_readme_and_the_cli_guide_show_samples() -> None:
    """The samples this test checks exist (a renamed marker would skip them silently)."""
    assert {"README.md", "docs/cli.md"} <= set(SHOWN)


@pytest.fixture(scope="module")
def rerun() -> dict[str, list[str]]:
    """Every sample, run again; the pages in parallel (each mostly waits on processes),
    each with its fake on a port of its own."""
    blocks = [(page, block) for page, found in SHOWN.items() for block in found]
    with ThreadPoolExecutor(max_workers=len(blocks)) as pool:
        outputs = list(pool.map(lambda item: samples.render(item[1], bin_dir=BIN, port=0), blocks))
    fresh: dict[str, list[str]] = {}
    for (page, _), output in zip(blocks, outputs, strict=True):
        fresh.setdefault(page, []).append(output)
    return fresh


@pytest.mark.parametrize("page", sorted(SHOWN))
def test_a_sample_shows_what_the_commands_print(page: str, rerun: dict[str, list[str]]) -> None:
    """Rerun against a fresh fake, a sample's output is the same (times and port aside)."""
    for shown_block, fresh_block in zip(SHOWN[page], rerun[page], strict=True):
        assert masked(fresh_block).splitlines() == masked(shown_block).splitlines(), (
            f"{page}: run `make samples`"
        )

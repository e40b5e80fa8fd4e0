"""Console samples in the Markdown pages: real `trenz` runs against the fake, not prose.

A page marks a sample like this; the commands (`$ ` lines) are written by hand, every
other line is the output of running them, in order, with bash against a fresh
`trenz fake` (seeded, so its data, ids and balances repeat run to run):

    <!-- sample:cli -->
    ```console
    $ trenz estimate ai_video.sd_pro_generate --duration 10 --table
    (output: replaced on every run)
    ```
    <!-- /sample -->

`make samples` (`python -m codegen.samples`) rewrites the outputs in README.md and
docs/*.md; `tests/docs/test_samples.py` runs the same commands and fails when a page
shows other output than the CLI prints today (times and the fake's port aside). stdout
and stderr are one pipe, as a log records them: JSON by default, tables with `--table`,
and one plain progress line per finished job instead of a redrawn bar.

This needs the installed package with its `cli` and `testing` extras, so it is not part
of `make generate` (which must run while the package is being regenerated).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from codegen.passages import pages

REPO = Path(__file__).resolve().parent.parent
SAMPLE = re.compile(r"(<!-- sample:cli -->\n```console\n)(.*?)(```\n<!-- /sample -->)", re.S)
PROMPT = "$ "
TEST_KEY = "sk_test_fake"
# The port the pages tell readers to start the fake on; another one if it is taken.
PORT = 8765
# Arguments of `trenz fake` for every sample: quick jobs, the documented seed.
FAKE_ARGS = ("--seed", "0", "--job-duration", "0.5")
_TIMEOUT = 60.0


def commands(block: str) -> list[str]:
    """The commands of one sample, without their prompt."""
    return [line[len(PROMPT) :] for line in block.splitlines() if line.startswith(PROMPT)]


def render(block: str, *, bin_dir: Path, port: int = PORT) -> str:
    """The sample's commands, each followed by what it prints against a fresh fake.

    They run in an empty scratch directory (a `--journal jobs.jsonl` lands there), which
    is also the home of the balance file.
    """
    lines: list[str] = []
    with fake_server(bin_dir, port) as base_url, tempfile.TemporaryDirectory() as scratch:
        env = environment(bin_dir, base_url, Path(scratch))
        for command in commands(block):
            lines.append(PROMPT + command)
            lines += run(command, env, Path(scratch)).splitlines()
    return "\n".join(lines) + "\n"


def run(command: str, env: dict[str, str], cwd: Path) -> str:
    """What `command` prints (stdout and stderr together), run by bash in `cwd`."""
    result = subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=_TIMEOUT,
        check=False,
    )
    return result.stdout


def environment(bin_dir: Path, base_url: str, home: Path) -> dict[str, str]:
    """A shell environment as the pages describe it: the fake's key and URL exported."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TRENZ_")}
    env.update(
        {
            "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
            "TRENZ_API_KEY": TEST_KEY,
            "TRENZ_BASE_URL": base_url,
            # The balance file lives in the user's config directory: a fresh one per sample.
            "XDG_CONFIG_HOME": str(home),
            "HOME": str(home),
        }
    )
    return env


@contextlib.contextmanager
def fake_server(bin_dir: Path, port: int = PORT) -> Iterator[str]:
    """`trenz fake` in a subprocess, as a reader starts it; its base URL.

    On `port` when it is free (the port the pages name), else on any port.
    """
    process, first = _start_fake(bin_dir, port)
    if process.returncode is not None and port != 0:  # taken: another fake, another run
        process, first = _start_fake(bin_dir, 0)
    assert process.stdout is not None
    try:
        found = re.search(r"http://\S+", first)
        if found is None:
            raise RuntimeError(f"`trenz fake` did not start: {first}")
        yield found.group()
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def _start_fake(bin_dir: Path, port: int) -> tuple[subprocess.Popen[str], str]:
    """Start `trenz fake` and read its first line (the URL, or why it could not start)."""
    process = subprocess.Popen(
        [str(bin_dir / "trenz"), "fake", "--port", str(port), *FAKE_ARGS],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # "Fake Trenz API on http://... (Ctrl-C to stop)"
    if "http://" not in first:  # it stopped: keep its whole complaint
        first += process.stdout.read()
        process.wait(timeout=10)
    return process, first


def refresh(text: str, *, bin_dir: Path) -> str:
    """`text` with every sample's output regenerated."""
    return SAMPLE.sub(
        lambda match: match.group(1) + render(match.group(2), bin_dir=bin_dir) + match.group(3),
        text,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=REPO)
    args = parser.parse_args(argv)
    bin_dir = Path(sys.executable).parent
    for page in pages(args.root):
        path = args.root / page
        text = path.read_text()
        if SAMPLE.search(text) is None:
            continue
        path.write_text(refresh(text, bin_dir=bin_dir))
        print(f"refreshed the console samples of {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every program in examples/, and every whole program in the README and the guides, runs.

Each runs as a user runs it, in its own interpreter, against the embedded fake server
(the README's programs read `TRENZ_API_KEY` and `TRENZ_BASE_URL`, so they get a served
fake through the environment), and its output is checked for what it claims to show.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import anyio.from_thread
import pytest

from codegen.passages import pages
from trenz_async.testing import TEST_API_KEY, FakeTrenz

from .conftest import REPO

EXAMPLES = REPO / "examples"
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
# A block that is a whole program: it defines `main` and runs it.
PROGRAM = re.compile(r"^(asyncio\.run\(main\(\)\)|anyio\.run\(main)", re.M)


def run(*args: str | Path, env: dict[str, str] | None = None) -> str:
    """Run a Python program to completion; its stdout (a failure shows its stderr)."""
    result = subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def programs() -> list[tuple[str, str]]:
    """(page, source) of every Python block of the README and the guides that is a program."""
    found: dict[str, str] = {}  # source -> the first page showing it (the quick start is twice)
    for page in pages(REPO):
        for block in PYTHON_BLOCK.findall((REPO / page).read_text()):
            if PROGRAM.search(block):
                found.setdefault(block, page)
    return [(page, source) for source, page in found.items()]


@pytest.fixture(scope="module")
def served_fake() -> Iterator[str]:
    """A fake Trenz API on a loopback port, for programs configured by the environment."""
    with (
        anyio.from_thread.start_blocking_portal() as portal,
        portal.wrap_async_context_manager(FakeTrenz(job_duration=0.1).serve()) as base_url,
    ):
        yield base_url


def test_the_data_example_searches_reads_details_and_pages() -> None:
    """examples/data.py: a search, two details, creators across pages; its ledger adds up."""
    out = run(EXAMPLES / "data.py")
    assert re.search(r"^\d+ products match 'lamp'", out, re.M)
    assert len(re.findall(r"^  detail of \d+: ", out, re.M)) == 2
    assert "25 creators read across pages" in out
    calls, spent = map(int, re.search(r"^(\d+) calls, (\d+) coins spent$", out, re.M).groups())
    by_operation = [
        tuple(map(int, row)) for row in re.findall(r": (\d+) calls, (\d+) coins$", out, re.M)
    ]
    assert (calls, spent) == tuple(map(sum, zip(*by_operation, strict=True)))


def test_the_ai_jobs_example_stays_within_its_budget() -> None:
    """examples/ai_jobs.py: the fourth job is refused before sending; a refund is reported."""
    out = run(EXAMPLES / "ai_jobs.py")
    assert "a 10 s 480p video would cost 600 coins" in out
    assert re.search(r"^video 7304: refused, nothing sent", out, re.M)
    assert len(re.findall(r"^video 730[123]: task \S+ submitted", out, re.M)) == 3
    failed = len(re.findall(r"failed and refunded", out))
    assert failed >= 1
    spent, held = map(int, re.search(r"^spent (\d+), held (\d+) of a 3500", out, re.M).groups())
    assert (spent, held) == (1000 * (3 - failed), 0)


def test_the_social_example_reads_accounts_videos_comments_and_analytics() -> None:
    """examples/social.py: every read answers, the comments come across cursor pages."""
    out = run(EXAMPLES / "social.py")
    assert re.search(r"^\d+ connected accounts; the first 3:", out, re.M)
    assert re.search(r"^\d+ comments read$", out, re.M)
    assert re.search(r"^overview: \d+ views", out, re.M)
    assert re.search(r"^\d+ calls, \d+ coins spent$", out, re.M)


def test_the_ads_example_reads_accounts_ads_insights_and_a_report() -> None:
    """examples/ads.py: ads across pages, one ad's insights, a report page; 13 coins."""
    out = run(EXAMPLES / "ads.py")
    assert "20 ads" in out
    assert re.search(r"^insights of ad \d+:", out, re.M)
    assert "5 calls, 13 coins spent" in out


def test_the_resume_example_pays_for_no_video_twice() -> None:
    """examples/resume.py: after the staged crash, each video has exactly one job."""
    out = run(EXAMPLES / "resume.py")
    assert "run 1: video 7303 sent; the process dies before the answer" in out
    assert re.search(r"^run 2: video 7303 was made as task_\w+", out, re.M)
    assert "jobs made per video: [1, 1, 1, 1, 1]" in out
    assert "the server charged 5000 coins for 5 videos" in out


def test_the_demo_stage_table_adds_up_to_its_total() -> None:
    """examples/pipeline.py (`make demo`): every stage row, polls included, sums to the
    total, and paying once saved coins (shared searches, then cached ones)."""
    out = run(EXAMPLES / "pipeline.py")
    stages = ("search", "videos", "analysis", "report", "polls", "total")
    rows = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0] in stages:
            rows[parts[0]] = [int(value) for value in parts[1:]]
    total = rows.pop("total")
    assert set(rows) == set(stages) - {"total"}
    assert [sum(column) for column in zip(*rows.values(), strict=True)] == total
    assert rows["videos"][3] > 0  # the picker and the board shared their searches
    assert rows["report"][:3] == [0, 0, 0]  # all from the read cache
    assert rows["report"][3] > 0
    assert f"coins saved: {total[3]} " in out


def test_the_fleet_example_ledgers_add_up(redis_url: str) -> None:
    """examples/fleet.py, two workers (asyncio, trio): they sum to the fleet, = the server."""
    out = run(EXAMPLES / "fleet.py", "--workers", "2", "--jobs", "3", "--redis", redis_url)
    rows = {}
    for line in out.splitlines():
        name, _, figures = line.partition(" ")
        if name in ("w0", "w1"):
            rows[name] = [int(value) for value in figures.split()[1:4]]
        elif name in ("fleet", "server"):
            rows[name] = [int(value) for value in figures.split()]
    workers = [sum(column) for column in zip(rows["w0"], rows["w1"], strict=True)]
    assert workers == rows["fleet"] == rows["server"]
    assert "429s: 0;" in out


def test_every_example_is_run_here() -> None:
    """A program added to examples/ without a test here fails this test."""
    tested = set(re.findall(r'EXAMPLES / "(\w+\.py)"', Path(__file__).read_text()))
    shipped = {path.name for path in EXAMPLES.glob("*.py") if not path.name.startswith("_")}
    assert shipped == tested


PROGRAMS = programs()


def test_the_readme_quick_start_is_a_program() -> None:
    """The README's quick start is among the programs run below (so they are not zero)."""
    assert any(page == "README.md" and "TrenzClient()" in source for page, source in PROGRAMS)


@pytest.mark.parametrize(
    "source", [source for _, source in PROGRAMS], ids=[page for page, _ in PROGRAMS]
)
def test_the_documented_programs_run_as_written(
    source: str, served_fake: str, tmp_path: Path
) -> None:
    """A whole program in the README or a guide runs unchanged against the fake server."""
    program = tmp_path / "program.py"
    program.write_text(source)
    env = {name: value for name, value in os.environ.items() if not name.startswith("TRENZ_")}
    env.update({"TRENZ_API_KEY": TEST_API_KEY, "TRENZ_BASE_URL": served_fake})
    assert run(program, env=env).strip()

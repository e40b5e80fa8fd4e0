"""examples/fleet.py runs: its worker processes' ledgers add up to the fleet's and the server's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "fleet.py"


def test_the_fleet_example_ledgers_add_up(redis_url: str) -> None:
    """Two workers (asyncio, trio): their rows sum to the fleet's, which equals the server's."""
    result = subprocess.run(
        [sys.executable, str(EXAMPLE), "--workers", "2", "--jobs", "3", "--redis", redis_url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    rows = {}
    for line in result.stdout.splitlines():
        name, _, figures = line.partition(" ")
        if name in ("w0", "w1"):
            rows[name] = [int(value) for value in figures.split()[1:4]]
        elif name in ("fleet", "server"):
            rows[name] = [int(value) for value in figures.split()]
    workers = [sum(column) for column in zip(rows["w0"], rows["w1"], strict=True)]
    assert workers == rows["fleet"] == rows["server"]
    assert "429s: 0;" in result.stdout

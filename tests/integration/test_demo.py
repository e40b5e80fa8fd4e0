"""`make demo`: the example pipeline runs against the embedded fake and its report adds up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "examples" / "pipeline.py"


def test_the_demo_stage_table_adds_up_to_its_total() -> None:
    """Every row of the stage table (polls included) sums to the total line."""
    result = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=120, check=True
    )
    rows = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] in ("search", "videos", "analysis", "polls", "total"):
            rows[parts[0]] = [int(value) for value in parts[1:]]
    total = rows.pop("total")
    assert set(rows) == {"search", "videos", "analysis", "polls"}
    assert [sum(column) for column in zip(*rows.values(), strict=True)] == total

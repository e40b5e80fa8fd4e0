"""`make demo`: the example pipeline runs against the embedded fake and its report adds up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "examples" / "pipeline.py"
STAGES = ("search", "videos", "analysis", "report", "polls", "total")


def test_the_demo_stage_table_adds_up_to_its_total() -> None:
    """Every row of the stage table (polls included) sums to the total line; it saved coins."""
    result = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=120, check=True
    )
    rows = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0] in STAGES:
            rows[parts[0]] = [int(value) for value in parts[1:]]
    total = rows.pop("total")
    assert set(rows) == set(STAGES) - {"total"}
    assert [sum(column) for column in zip(*rows.values(), strict=True)] == total
    assert rows["videos"][3] > 0  # the picker and the board shared their searches
    assert rows["report"] == [0, 0, 0, rows["report"][3]]  # all from the cache
    assert rows["report"][3] > 0
    assert f"coins saved: {total[3]} " in result.stdout

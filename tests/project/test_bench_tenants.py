"""bench/tenants.py in miniature: tenants with keys of their own never see a 429."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_each_key_keeps_to_its_own_window() -> None:
    small = ["--tenants", "4", "--requests", "3", "--period", "0.5", "--windows", "2"]
    finished = subprocess.run(
        [sys.executable, str(REPO / "bench" / "tenants.py"), *small, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(finished.stdout.splitlines()[-1])

    assert result["calls"] == 4 * 3 * 3
    assert result["errors"] == 0
    assert result["server_requests"] == result["calls"]
    assert result["server_429s"] == 0
    # No key goes past its own window. How close each comes is the benchmark's figure: on
    # a loaded machine a tenant may get well under half, so only progress is asserted.
    assert 0.0 < result["lowest_tenant_share"] <= 1.0

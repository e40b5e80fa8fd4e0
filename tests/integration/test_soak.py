"""A short soak (the long one is `make soak`): faults of every kind lose nothing and pay nothing twice."""

from __future__ import annotations

import pytest

from bench.soak import soak

pytestmark = pytest.mark.anyio


async def test_a_short_soak_loses_nothing_and_pays_nothing_twice() -> None:
    """400 calls with 10% faults: every call ends typed, no job twice, no connection left in use."""
    result = await soak(400, faults=0.1, seed=11)
    assert result["lost"] == 0, result["lost_examples"]
    assert sum(result["outcomes"].values()) == 400
    assert result["faults_injected"] > 0
    assert result["jobs_paid_twice"] == 0
    assert result["connections_in_use_after"] == 0
    assert result["ledger_within_uncertainty"], result

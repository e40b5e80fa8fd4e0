"""Paying once over real sockets: the fake's ledger judges what coalescing and the cache saved."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from trenz_async import OPERATIONS, OperationInfo, ReadCache, TrenzClient
from trenz_async.testing import FaultKind, FaultPlan

from .conftest import Connect

pytestmark = pytest.mark.anyio


def _detail_reads() -> list[OperationInfo]:
    """Paid GET reads of one record by id: the reads a fan-out repeats."""
    return [
        info
        for _, info in sorted(OPERATIONS.items())
        if info.method == "GET"
        and not info.is_async
        and info.coin_cost > 0
        and info.pagination is None
        and any(param.name == "id" for param in info.params)
    ]


READS = _detail_reads()
Call = tuple[str, dict[str, Any]]


def _args(info: OperationInfo, number: int) -> dict[str, Any]:
    args: dict[str, Any] = {"id": f"item-{number}"}
    for param in info.params:
        if param.required and param.name != "id":
            args[param.python_name] = param.enum[0] if param.enum else "x"
    return args


def waves() -> list[list[Call]]:
    """Four waves, 48 reads: 14 (30%) repeat one in the same wave (9) or an earlier one (5)."""
    unique = [
        (READS[number % len(READS)].operation_id, _args(READS[number % len(READS)], number))
        for number in range(34)
    ]
    plan = [unique[0:9], unique[9:18], unique[18:26], unique[26:34]]
    # Concurrent repeats (in the wave of their original) and later ones (a wave after).
    plan[0] += [unique[0], unique[1], unique[1]]
    plan[1] += [unique[2], unique[9], unique[10]]
    plan[2] += [unique[3], unique[11], unique[18], unique[19]]
    plan[3] += [unique[20], unique[26], unique[27], unique[4]]
    return plan


async def run(client: TrenzClient, plan: list[list[Call]]) -> None:
    for wave in plan:
        async with anyio.create_task_group() as group:
            for operation_id, args in wave:
                group.start_soon(lambda o=operation_id, a=args: client.call(o, **a))


@pytest.mark.parametrize("cached", [False, True], ids=["coalescing", "cache"])
async def test_coins_saved_are_the_calls_the_fake_never_saw(connect: Connect, cached: bool) -> None:
    """What the SDK says it saved equals what the fake did not charge: the ledger agrees."""
    plan = waves()
    calls = sum(map(len, plan))
    price = {
        operation_id: OPERATIONS[operation_id].coin_cost
        for wave in plan
        for operation_id, _ in wave
    }
    full_price = sum(price[operation_id] for wave in plan for operation_id, _ in wave)
    slow = FaultPlan({FaultKind.LATENCY: 1.0}, latency=0.05)  # repeats in a wave overlap
    options: dict[str, Any] = {"rate_limit": None}
    if cached:
        options["cache"] = ReadCache()
    async with connect(client=options, rate_limit=None, faults=slow) as (client, fake):
        await run(client, plan)
        snap = client.usage.snapshot()
        seen = len(fake.requests)
        charged = fake.ledger.charged
    assert snap.coins_spent == charged
    assert snap.coins_saved == full_price - charged
    assert snap.calls_coalesced + snap.cache_hits == calls - seen
    # Nine repeats overlap their original; five come a wave later (cached, or sent again).
    assert (snap.calls_coalesced, snap.cache_hits) == (9, 5 if cached else 0)
    assert seen == (34 if cached else 39)

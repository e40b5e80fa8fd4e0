"""How the examples get a client: an embedded fake Trenz server, or the real API.

Every example takes the same options:

    --live          call the real Trenz API (needs TRENZ_API_KEY in the environment)
    --max-coins N   the client's budget; required with --live, which spends real coins

Without `--live` each example serves `trenz_async.testing.FakeTrenz` on a loopback port
(the `testing` extra) and talks to it over real sockets, exactly as it would to Trenz:
no key, no coins, the same answers every run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import AsyncIterator
from typing import Any

import trenz_async

# Polls every fraction of a second: the fake's jobs take about a second.
FAST_POLLING = trenz_async.PollPolicy(initial=0.2, maximum=0.5)


def arguments(
    description: str, *, max_coins: int | None = None, live: bool = True
) -> argparse.Namespace:
    """The example's command line.

    Args:
        description: for `--help`.
        max_coins: the budget against the fake.
        live: offer `--live` (an example that stages faults runs against the fake only).
    """
    parser = argparse.ArgumentParser(description=description)
    if live:
        parser.add_argument(
            "--live", action="store_true", help="call the real Trenz API (needs TRENZ_API_KEY)"
        )
    else:
        parser.set_defaults(live=False)
    parser.add_argument(
        "--max-coins", type=int, default=None, help="budget in coins (required with --live)"
    )
    args = parser.parse_args()
    if args.live:
        if not os.environ.get("TRENZ_API_KEY"):
            parser.error("--live needs TRENZ_API_KEY in the environment")
        if args.max_coins is None:
            parser.error("--live spends real coins: give a budget with --max-coins")
    elif args.max_coins is None:
        args.max_coins = max_coins
    return args


@contextlib.asynccontextmanager
async def connect(
    args: argparse.Namespace, *, fake: Any = None, **options: Any
) -> AsyncIterator[trenz_async.TrenzClient]:
    """A client for the real API (`--live`) or for a fake server served for the block.

    Args:
        args: from `arguments()`.
        fake: the `FakeTrenz` to serve (default: a fresh one with quick jobs).
        options: more `TrenzClient` options (`journal=`, ...).
    """
    if args.live:
        async with trenz_async.TrenzClient(max_coins=args.max_coins, **options) as client:
            yield client
        return
    from trenz_async.testing import TEST_API_KEY, FakeTrenz

    fake = fake if fake is not None else FakeTrenz(seed=7, job_duration=0.5)
    async with (
        fake.serve() as base_url,
        trenz_async.TrenzClient(
            api_key=TEST_API_KEY,
            base_url=base_url,
            max_coins=args.max_coins,
            poll=FAST_POLLING,
            **options,
        ) as client,
    ):
        yield client

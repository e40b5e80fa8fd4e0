"""kill -9 at random points: every job the server accepted is in the journal, none is paid twice.

A child process runs a 10-way concurrent submission pipeline against `FakeTrenz` over a
loopback port, with a journal; the test kills it with SIGKILL at random moments (before
a send, with requests in flight, after ids arrived) and restarts it, many times. After
each kill the journal, read through `client.tasks.pending()` and `unconfirmed()`, must
account for every job the fake created, and no input may ever have two jobs.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import anyio
import pytest
from anyio.abc import Process

from trenz_async import TrenzClient
from trenz_async.testing import TEST_API_KEY, FakeTrenz, FaultKind, FaultPlan, SubmissionLog

from ..unit.helpers import keyed_job

pytestmark = pytest.mark.anyio

CHILD = Path(__file__).with_name("crash_child.py")
JOB, INPUT = keyed_job()  # a paid job per input (a video analysis per video id)
KEY = INPUT.name
# `make test` runs a short version; `make soak` sets TRENZ_CRASH_KILLS=40.
KILLS = int(os.environ.get("TRENZ_CRASH_KILLS", "10"))
# A child submits about 50 jobs a second and lives 0.05-0.8 s after it starts to:
# enough inputs that no child runs out before its kill, few enough to finish quickly.
INPUTS = 40 * KILLS


async def _journal_view(base_url: str, journal: Path) -> tuple[dict[str, str], set[str]]:
    """(input -> task id) of pending jobs, and the inputs of unconfirmed submissions."""
    async with TrenzClient(api_key=TEST_API_KEY, base_url=base_url, journal=journal) as client:
        pending = {str((task.params or {})[KEY]): task.id for task in await client.tasks.pending()}
        unconfirmed = {str(item.params[KEY]) for item in await client.tasks.unconfirmed()}
    return pending, unconfirmed


async def _until_submitting(child: Process) -> None:
    assert child.stdout is not None
    seen = b""
    with anyio.fail_after(60):
        while b"submitting" not in seen:
            seen += await child.stdout.receive()


def _child(base_url: str, journal: Path) -> list[str]:
    return [sys.executable, str(CHILD), base_url, str(journal), str(INPUTS)]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # the children alternate asyncio and trio
async def test_kill_9_never_loses_or_repeats_a_paid_job(tmp_path: Path) -> None:
    """SIGKILLs at random points: the journal accounts for every created job, none created twice."""
    rng = random.Random(20261130)
    fake = FakeTrenz(
        rate_limit=None,
        job_duration=3600.0,  # nothing finishes: every job must stay pending
        faults=FaultPlan({FaultKind.LATENCY: 1.0}, latency=0.2),  # requests stay in flight
    )
    log = SubmissionLog(fake)
    journal = tmp_path / "jobs.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    unconfirmed_seen = 0
    async with log.serve() as base_url:
        for kill in range(KILLS):
            backend = ("asyncio", "trio")[kill % 2]
            async with await anyio.open_process(
                [*_child(base_url, journal), backend, JOB.operation_id, KEY],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            ) as child:
                # Kill it while it submits, not while it starts (slow on a busy machine).
                await _until_submitting(child)
                await anyio.sleep(rng.uniform(0.05, 0.8))
                with contextlib.suppress(ProcessLookupError):  # it may have finished first
                    child.send_signal(signal.SIGKILL)
                await child.wait()
            await anyio.sleep(0.1)  # let the server finish what the dead client started
            pending, unconfirmed = await _journal_view(base_url, journal)
            unconfirmed_seen += len(unconfirmed)
            for value, job_ids in log.jobs_by(KEY).items():
                assert len(job_ids) == 1, f"{value} was submitted twice: {job_ids}"
                assert pending.get(value) == job_ids[0] or value in unconfirmed, value
        # Let the last run finish: everything is then accounted for, and paid once.
        with anyio.fail_after(120):
            finished = await anyio.run_process(
                [*_child(base_url, journal), "asyncio", JOB.operation_id, KEY],
                env=env,
                check=False,
            )
        pending, unconfirmed = await _journal_view(base_url, journal)
    assert finished.stdout.decode().split()[-1:] == ["finished"], finished.stderr.decode()[-2000:]
    assert set(pending) | unconfirmed == {f"v{index}" for index in range(INPUTS)}
    assert all(len(job_ids) == 1 for job_ids in log.jobs_by(KEY).values())
    assert unconfirmed_seen > 0  # some kills did land between a send and its answer

"""Resume after a crash: the journal, `tasks.pending()` and `tasks.unconfirmed()`.

    python examples/resume.py                            # against an embedded fake server

A pipeline submits one paid analysis job per video, with `journal=` recording each
submission before it is sent. The first run dies half way: the second submission is on
the wire when the process stops (the server makes the job, the client never hears of
it), and nothing was waited for. The second run, a fresh client on the same journal,
pays for no video twice: it waits for the jobs it knows (`pending()`), settles the
submission it never heard back from (`unconfirmed()`) by looking the job up, and submits
only the videos never submitted.

Against the fake only: the crash is staged with a slow answer and a cancellation, and
the lookup reads the jobs the fake made, where a real pipeline would search its Trenz
task list for a job with the submission's parameters.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

import anyio
from _connect import arguments, connect

from trenz_async.testing import TEST_API_KEY, FakeTrenz, FaultKind, FaultPlan, SubmissionLog

VIDEOS = ("7301", "7302", "7303", "7304", "7305")
JOB = "trenz-video-content-analysis"
# The staged crash: the second submission's answer takes this long, the process dies sooner.
SLOW_ANSWER, DIES_AFTER = 0.5, 0.1


async def first_run(args: argparse.Namespace, server: SubmissionLog, journal: Path) -> None:
    """Submit the first three videos' jobs and die with the last one on the wire."""
    async with connect(args, fake=server, journal=journal) as client:
        for video_id in VIDEOS[:3]:
            if video_id == VIDEOS[2]:
                server.app.faults.schedule(FaultKind.LATENCY, operation_id=JOB)
            with anyio.move_on_after(DIES_AFTER if video_id == VIDEOS[2] else None) as dying:
                task = await client.ai_analysis.video_content_analysis(video_id=video_id)
                print(f"run 1: video {video_id} -> {task.id}")
            if dying.cancelled_caught:
                print(f"run 1: video {video_id} sent; the process dies before the answer")
                return


async def second_run(args: argparse.Namespace, server: SubmissionLog, journal: Path) -> None:
    """Resume from the journal: wait, settle, and submit only what was never submitted."""
    async with connect(args, fake=server, journal=journal) as client:
        tasks = {}
        for task in await client.tasks.pending():  # created, id known: wait, never resubmit
            tasks[task] = str(task.params["video_id"])
        for submission in await client.tasks.unconfirmed():  # sent, no answer: maybe created
            video_id = str(submission.params["video_id"])
            made = server.jobs_by("video_id").get(video_id, [])  # "look in the task list"
            task = await client.tasks.resolve(submission.id, task_id=made[0] if made else None)
            print(f"run 2: video {video_id} was {'made as ' + made[0] if made else 'never made'}")
            if task is not None:
                tasks[task] = video_id
        for video_id in VIDEOS:
            if video_id not in tasks.values():
                tasks[await client.ai_analysis.video_content_analysis(video_id=video_id)] = video_id
        summaries: dict[str, Any] = {}
        async for task in client.tasks.as_completed(tasks, timeout=60):
            summaries[tasks[task]] = (await task.wait()).get("summary")
        for video_id in VIDEOS:
            print(f"run 2: video {video_id}: {summaries[video_id]!r}")


async def main(args: argparse.Namespace) -> None:
    fake = FakeTrenz(seed=5, job_duration=0.5, faults=FaultPlan(latency=SLOW_ANSWER))
    server = SubmissionLog(fake)  # notes which request made which job, answered or not
    with tempfile.TemporaryDirectory() as scratch:
        journal = Path(scratch) / "jobs.jsonl"
        await first_run(args, server, journal)
        # The fake finishes the abandoned request on its own, as Trenz would; it signals
        # nothing, so look until the job is there.
        with anyio.fail_after(5):
            while len(server.submissions) < 3:  # noqa: ASYNC110
                await anyio.sleep(0.05)
        await second_run(args, server, journal)
    jobs = server.jobs_by("video_id")
    print(f"jobs made per video: {[len(jobs.get(video, [])) for video in VIDEOS]}")
    print(f"the server charged {fake.ledger[TEST_API_KEY].spent} coins for {len(VIDEOS)} videos")


if __name__ == "__main__":
    anyio.run(main, arguments(__doc__.splitlines()[0], max_coins=10_000, live=False))

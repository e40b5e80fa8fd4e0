"""AI jobs under a budget: estimate, submit, be refused before overspending, wait for all.

    python examples/ai_jobs.py                           # against an embedded fake server
    TRENZ_API_KEY=sk_live_... python examples/ai_jobs.py --live --max-coins 3500

AI jobs cost hundreds to thousands of coins. Their coins are held when a job is
submitted, charged when it completes and released if it fails (Trenz refunds it). The
budget (`max_coins`) counts spent + held coins, so the fourth analysis below is refused
before anything is sent.
"""

from __future__ import annotations

import argparse

import anyio
from _connect import arguments, connect

import trenz_async

VIDEOS = ("7301", "7302", "7303", "7304")


async def main(args: argparse.Namespace) -> None:
    from trenz_async.testing import FakeTrenz

    # Against the fake, one job in three fails and is refunded, to show what that looks like.
    fake = None if args.live else FakeTrenz(seed=2, job_duration=0.5, job_failure_ratio=0.34)
    async with connect(args, fake=fake) as client:
        # Estimates come from the registry: nothing is sent, nothing is spent.
        for resolution in ("480p", "720p"):
            coins = client.estimate(
                "ai_video.sd_pro_generate", prompt="a desk lamp", duration=10, resolution=resolution
            )
            print(f"a 10 s {resolution} video would cost {coins} coins")

        tasks = {}
        for video_id in VIDEOS:
            try:
                task = await client.ai_analysis.video_content_analysis(video_id=video_id)
            except trenz_async.BudgetExceededError as exc:
                print(f"video {video_id}: refused, nothing sent ({exc})")
                continue
            tasks[task] = video_id
            held = client.usage.snapshot().coins_held
            print(f"video {video_id}: task {task.id} submitted, {held} coins held")

        with trenz_async.progress_bar("analysing") as progress:
            async for task in client.tasks.as_completed(tasks, timeout=120, progress=progress):
                try:
                    result = await task.wait()  # at once: the task is done
                    print(f"video {tasks[task]}: {result.get('summary')!r}")
                except trenz_async.TaskFailedError as exc:
                    print(f"video {tasks[task]}: failed and refunded ({exc.error_message})")

    usage = client.usage.snapshot()
    print(f"spent {usage.coins_spent}, held {usage.coins_held} of a {args.max_coins}-coin budget")


if __name__ == "__main__":
    anyio.run(main, arguments(__doc__.splitlines()[0], max_coins=3_500))

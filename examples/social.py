"""Social: connected accounts, their videos, the comments on one, and analytics.

    python examples/social.py                            # against an embedded fake server
    TRENZ_API_KEY=sk_live_... python examples/social.py --live --max-coins 100

Reads only: social reads cost 1-2 coins. Comments page with a cursor, videos with
page/limit; `client.paginate` follows either the same way.
"""

from __future__ import annotations

import argparse

import anyio
from _connect import arguments, connect

from trenz_async.models import Unset


async def main(args: argparse.Namespace) -> None:
    async with connect(args) as client:
        accounts = await client.social_accounts.list(page_size=3)
        print(
            f"{accounts.data.total} connected accounts; the first {len(accounts.data.accounts or [])}:"
        )
        for account in accounts.data.accounts or []:
            print(
                f"  {account.id}  {account.platform}  {account.username}  {account.followers} followers"
            )

        videos = await client.social_videos.list(limit=3)
        for video in videos.data.videos or []:
            print(f"video {video.id}: {video.title!r} ({video.status})")

        # The comments on one video, across cursor pages, at most 30 of them.
        comments = [
            comment
            async for comment in client.paginate(
                "social_comments.query",
                platform_account_id=1,
                platform_video_id="7301",
                max_items=30,
            )
        ]
        print(f"{len(comments)} comments read")

        overview = await client.social_analytics.overview()
        summary = overview.data.summary
        if not isinstance(summary, Unset):  # a field the answer may leave out
            print(f"overview: {summary.total_views} views, {summary.total_likes} likes")
        top = await client.social_analytics.top_videos(metric="views")
        print(f"top videos by views: {len(top.data.videos or [])}")

    usage = client.usage.snapshot()
    print(f"{usage.calls} calls, {usage.coins_spent} coins spent")


if __name__ == "__main__":
    anyio.run(main, arguments(__doc__.splitlines()[0]))

"""Ads: ad accounts, their ads, one ad's insights, and an integrated report.

    python examples/ads.py                               # against an embedded fake server
    TRENZ_API_KEY=sk_live_... python examples/ads.py --live --max-coins 100

Reads only: account and ad lists cost 1 coin a page, insights and reports 5.
"""

from __future__ import annotations

import argparse

import anyio
from _connect import arguments, connect


async def main(args: argparse.Namespace) -> None:
    async with connect(args) as client:
        accounts = await client.ad_accounts.list(page_size=5)
        for account in accounts.data.accounts or []:
            print(f"ad account {account.account_id} ({account.platform}, {account.status})")

        # Every ad of every page, at most 20 (each page is one paid call).
        ads = [ad async for ad in client.paginate("ad_campaigns.list", page_size=10, max_items=20)]
        print(f"{len(ads)} ads")

        if ads:
            ad_id = str(ads[0].ad_id)
            insight = await client.ad_campaigns.insight_data(ad_id=ad_id)
            metrics = ", ".join(str(metric.key) for metric in insight.data.metrics or [])
            print(f"insights of ad {ad_id}: {metrics}")

        report = await client.ad_reports.integrated_report(
            account_id="7301", report_type="BASIC", dimensions=["stat_time_day"]
        )
        print(f"report rows on its first page: {len(report.data.list_ or [])}")

    usage = client.usage.snapshot()
    print(f"{usage.calls} calls, {usage.coins_spent} coins spent")


if __name__ == "__main__":
    anyio.run(main, arguments(__doc__.splitlines()[0]))

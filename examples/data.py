"""Data: search products, read the top ones in detail, page through creators.

    python examples/data.py                              # against an embedded fake server
    TRENZ_API_KEY=sk_live_... python examples/data.py --live --max-coins 200

Data reads cost 1-5 coins each; every page of a list is one call.
"""

from __future__ import annotations

import argparse

import anyio
from _connect import arguments, connect


async def main(args: argparse.Namespace) -> None:
    async with connect(args) as client:
        # One call: the first page, typed (`page.data.items` are ProductsSearchItem).
        page = await client.products.search(
            country="us", keyword="lamp", sort="sold_7d:desc", page_size=5
        )
        print(
            f"{page.data.total_count} products match 'lamp'; this page cost {page.usage.coin_cost} coins"
        )
        items = page.data.items or []
        for product in items:
            print(f"  {product['product_id']}  {product['title']:<32} {product['price']:>9}")

        # Details of the two best sellers (5 coins each).
        for product in items[:2]:
            detail = await client.products.detail(
                country="us", id=str(product["product_id"]), include="videos"
            )
            for record in detail.data.items or []:  # the spec leaves the record open: by key
                print(f"  detail of {product['product_id']}: {', '.join(record.additional_keys)}")

        # Every page, as items: `max_items` bounds what the iteration may spend.
        creators = [
            creator
            async for creator in client.paginate(
                "creators.search", country="us", page_size=10, max_items=25
            )
        ]
        print(f"{len(creators)} creators read across pages")

    usage = client.usage.snapshot()
    print(f"{usage.calls} calls, {usage.coins_spent} coins spent")
    for operation_id, spent in sorted(usage.by_operation.items()):
        print(f"  {operation_id}: {spent.calls} calls, {spent.coins} coins")


if __name__ == "__main__":
    anyio.run(main, arguments(__doc__.splitlines()[0]))

"""`trenz call OPERATION --param value ...` and `trenz estimate OPERATION --param value ...`.

`call` sends one call through `TrenzClient.call()` and prints the envelope (JSON) or its
`data` (a table, with the request id, the cost and the balance on stderr). A paginated
operation with `--all-pages` (or `--max-items N`, `--max-pages N`) goes through
`client.pages()` and prints the items as each page arrives: JSON Lines, or a table
whose rows follow its header page by page. Its limits are the SDK's: `--max-coins N`
(the client's budget) is also the listing's coin limit, and a listing given no limit
stops at the SDK's default one (`PaginationLimitError`, exit 3) rather than spend
without bound. An async job prints its task; with `--wait` the command waits for the
job with a progress display on stderr and prints its result.

`estimate` prices the same call with `trenz_async.estimate()`: nothing is sent, and no
key or network is needed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import Any

import click

import trenz_async

from .. import OperationInfo
from .._call.pagination import DEFAULT_MAX_COINS as _DEFAULT_LIMIT
from ._connection import Connection, connection_options, session
from ._exits import run
from ._operations import OperationGroup, cost
from ._output import (
    TableStream,
    format_option,
    note,
    plain,
    print_data,
    print_json,
    print_json_line,
    print_record,
    progress_display,
    wants_json,
)


def _call_options(info: OperationInfo) -> Sequence[click.Option]:
    options = [format_option()]
    if info.pagination is not None:
        options += [
            click.Option(
                ["--all-pages"],
                is_flag=True,
                help=(
                    "Follow the pages and print every item as it arrives (JSON Lines, or a "
                    "table). Every page is paid: without --max-items, --max-pages or "
                    f"--max-coins, stops (exit 3) before passing {_DEFAULT_LIMIT} coins."
                ),
            ),
            click.Option(
                ["--max-items"],
                type=click.IntRange(min=1),
                metavar="N",
                help="With --all-pages (implied): stop after N items.",
            ),
            click.Option(
                ["--max-pages"],
                type=click.IntRange(min=1),
                metavar="N",
                help="With --all-pages (implied): stop after N pages.",
            ),
        ]
    if info.is_async:
        options += [
            click.Option(
                ["--wait"],
                is_flag=True,
                help="Wait for the job (progress on stderr) and print its result.",
            ),
            click.Option(
                ["--wait-timeout"],
                type=click.FloatRange(min=0, min_open=True),
                metavar="SECONDS",
                help="With --wait: give up waiting after SECONDS (default 3600); the job goes on.",
            ),
        ]
    return [*options, *connection_options()]


def _call(info: OperationInfo, params: dict[str, Any], own: dict[str, Any]) -> None:
    as_json = wants_json(own["as_json"])
    connection = Connection.of(own)
    if own.get("all_pages") or own.get("max_items") is not None or own.get("max_pages"):
        run(lambda: _all_pages(info, params, connection, as_json, own))
    elif info.is_async:
        run(lambda: _submit(info, params, connection, as_json, own))
    else:
        run(lambda: _once(info, params, connection, as_json))


async def _once(
    info: OperationInfo, params: Mapping[str, Any], connection: Connection, as_json: bool
) -> None:
    async with session(connection) as client:
        envelope = plain(await client.call(info.operation_id, **params))
    if as_json:
        print_json(envelope)
        return
    if not isinstance(envelope, dict):
        print_data(envelope)
        return
    pagination = info.pagination
    print_data(envelope.get("data"), items_field=pagination.items_field if pagination else None)
    usage = envelope.get("usage")
    if not isinstance(usage, dict):
        usage = {}
    facts = [f"request_id {envelope['request_id']}"] if envelope.get("request_id") else []
    if usage.get("coin_cost") is not None:
        facts.append(f"{usage['coin_cost']} coins")
    if usage.get("remaining_balance") is not None:
        facts.append(f"balance {usage['remaining_balance']:,}")
    note(" · ".join(facts))


async def _all_pages(
    info: OperationInfo,
    params: Mapping[str, Any],
    connection: Connection,
    as_json: bool,
    own: Mapping[str, Any],
) -> None:
    """Print the items of every page as the page arrives, within the listing's limits."""
    pagination = info.pagination
    assert pagination is not None  # the option exists only for list operations
    max_items: int | None = own.get("max_items")
    limits: dict[str, Any] = {"max_pages": own.get("max_pages")}
    if connection.max_coins is not None:
        limits["max_coins"] = connection.max_coins
    elif max_items is not None:
        # The SDK's rule: a listing bounded by items has no coin limit of its own. The
        # items are counted here (a page is printed whole, then cut), so say it here.
        limits["max_coins"] = None
    table = None if as_json else TableStream()
    printed = 0
    async with session(connection) as client:
        try:
            pages = client.pages(info.operation_id, **limits, **params)
            async with contextlib.aclosing(pages):
                async for page in pages:
                    rows = _page_items(page, pagination.items_field)
                    if max_items is not None:
                        rows = rows[: max_items - printed]
                    if table is None:
                        for row in rows:
                            print_json_line(row)  # as it arrives: a long listing streams
                    else:
                        table.write(rows)
                    printed += len(rows)
                    if max_items is not None and printed >= max_items:
                        break
        finally:
            if table is not None:
                table.close()
        usage = client.usage.snapshot()
    if as_json:
        return
    balance = (
        f" · balance {usage.remaining_balance:,}" if usage.remaining_balance is not None else ""
    )
    note(f"{printed} items · {usage.calls} calls · {usage.coins_spent} coins{balance}")


def _page_items(page: Any, items_field: str) -> list[Any]:
    """A page's items as plain data (the list under `data.<items_field>`)."""
    data = plain(page).get("data")
    items = data.get(items_field) if isinstance(data, dict) else None
    return items if isinstance(items, list) else []


async def _submit(
    info: OperationInfo,
    params: Mapping[str, Any],
    connection: Connection,
    as_json: bool,
    own: Mapping[str, Any],
) -> None:
    async with session(connection) as client:
        task = await client.call(info.operation_id, **params)  # a Task: the operation is a job
        if not own.get("wait"):
            _print_task(
                {
                    "task_id": task.id,
                    "operation_id": task.operation_id,
                    "status": task.status,
                    "estimated_coins": task.estimated_coins,
                },
                as_json,
            )
            if not as_json:
                note(f"wait for it: trenz tasks wait {task.id}")
            return
        # Said before waiting: Ctrl-C ends the wait, not the job, which can be awaited later.
        note(
            f"submitted task {task.id}; Ctrl-C stops waiting, `trenz tasks wait {task.id}` resumes"
        )
        with progress_display(f"waiting for {info.accessor}") as progress:
            async for _ in client.tasks.as_completed(
                [task], timeout=own.get("wait_timeout"), progress=progress
            ):
                pass
        result = await task.wait()  # finished: returns at once, or raises TaskFailedError
    _print_task(
        {
            "task_id": task.id,
            "operation_id": task.operation_id,
            "status": task.status,
            "result": plain(result),
        },
        as_json,
    )


def _print_task(record: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json(record)
        return
    print_record({key: value for key, value in record.items() if key != "result"})
    if record.get("result") is not None:
        click.echo()
        print_data(record["result"])


def _estimate(info: OperationInfo, params: dict[str, Any], own: dict[str, Any]) -> None:
    coins = trenz_async.estimate(info.operation_id, **params)  # no client, no key, no request
    record = {
        "operation_id": info.operation_id,
        "accessor": info.accessor,
        "estimated_coins": coins,
        "billing_mode": info.billing_mode.value,
    }
    if wants_json(own["as_json"]):
        print_json(record)
    else:
        print_record({**record, "pricing": cost(info)})


call = OperationGroup(
    name="call",
    own_options=_call_options,
    action=_call,
    help=(
        "Call an operation: trenz call OPERATION --param value ...\n\n"
        "OPERATION is an accessor (products.search) or an operationId "
        "(trenz-products-search); `trenz call OPERATION --help` lists its parameters, "
        "typed from the spec, enums and defaults included."
    ),
    short_help="Call an operation.",
)

estimate = OperationGroup(
    name="estimate",
    own_options=lambda info: [format_option()],
    action=_estimate,
    help=(
        "The coins a call would be estimated at (what --max-coins checks); nothing is "
        "sent: trenz estimate OPERATION --param value ..."
    ),
    short_help="Estimate a call's cost; nothing is sent.",
)

"""`trenz balance` and `trenz usage`: coins, without spending a request on them.

A `trenz` process lives for one command, so a ledger like `client.usage.snapshot()` would
only ever describe that command: each `call` prints its own cost and the balance instead
(on stderr for a table, in the envelope for JSON). What these two commands show is what
outlives a process: the balance as the last response reported it (`_state`), and, with a
journal, the jobs still holding coins and the submissions whose outcome is unknown. They
send nothing: Trenz has no free call that reports a balance.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from .. import TaskJournal, TrenzClient
from . import _state
from ._connection import API_KEY_VARIABLE, require_key
from ._exits import run
from ._output import iso_time, print_json, print_record, wants_json, with_format_option

_base_url_option = click.option(
    "--base-url", envvar="TRENZ_BASE_URL", metavar="URL", help="The API's base URL."
)


@click.command(name="balance", short_help="The balance as the last response reported it.")
@_base_url_option
@with_format_option
def balance(base_url: str | None, as_json: bool | None) -> None:
    """The coin balance as the last response reported it, for this key (TRENZ_API_KEY)
    at this base URL. Every `trenz` command that talks to the API keeps it; nothing is sent."""
    record = _balance(base_url)
    if wants_json(as_json):
        print_json(record)
    else:
        print_record(_readable(record))


@click.command(name="usage", short_help="The balance, and the coins a journal's jobs hold.")
@_base_url_option
@click.option(
    "--journal",
    envvar="TRENZ_JOURNAL",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Also count the jobs this journal still holds coins for.",
)
@with_format_option
def usage(base_url: str | None, journal: Path | None, as_json: bool | None) -> None:
    """The balance as last reported, and with --journal the coins pending jobs hold and the
    submissions whose outcome is unknown. Nothing is sent."""
    record = _balance(base_url)
    if journal is not None:
        replay = run(TaskJournal(journal).replay)
        record["journal"] = {
            "path": str(journal),
            "pending_jobs": len(replay.pending),
            "coins_held": sum(entry.estimated_coins or 0 for entry in replay.pending),
            "unconfirmed_submissions": len(replay.unconfirmed),
            "coins_uncertain": sum(item.estimated_coins for item in replay.unconfirmed),
        }
    if wants_json(as_json):
        print_json(record)
        return
    readable = _readable(record)
    journal_record = readable.pop("journal", None)
    if isinstance(journal_record, dict):
        readable["pending jobs"] = (
            f"{journal_record['pending_jobs']} ({journal_record['coins_held']} coins held)"
        )
        readable["unconfirmed"] = (
            f"{journal_record['unconfirmed_submissions']} "
            f"({journal_record['coins_uncertain']} coins may have been charged)"
        )
        readable["journal"] = journal_record["path"]
    print_record(readable)


def _balance(base_url: str | None) -> dict[str, Any]:
    """The recorded balance of the configured key at the configured base URL."""

    async def resolve() -> str:
        # The client is built only to read and check the settings as every command does
        # (a missing key, an unsafe URL): it sends nothing.
        async with TrenzClient(base_url=base_url) as client:
            return str(client.base_url)

    require_key()
    url = run(resolve)
    found = _state.recall(url, os.environ.get(API_KEY_VARIABLE, ""))
    return {
        "base_url": url,
        "remaining_balance": found.remaining_balance if found else None,
        "reported_at": iso_time(found.reported_at) if found else None,
    }


def _readable(record: dict[str, Any]) -> dict[str, Any]:
    readable = dict(record)
    if readable["remaining_balance"] is None:
        readable["remaining_balance"] = "unknown: no call has reported it yet for this key"
        del readable["reported_at"]
    else:
        readable["remaining_balance"] = f"{readable['remaining_balance']:,} coins"
    return readable

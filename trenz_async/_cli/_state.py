"""The balance as the last response reported it, kept between `trenz` runs.

A `trenz` process makes a call or two and exits, so its client's ledger dies with it.
What outlives it is the one figure every Trenz response carries: `usage.remaining_balance`.
After each command that talked to the API, the last balance the client saw is written to
a small JSON file in click's per-user application directory (`~/.config/trenz/balance.json`
on Linux, honouring `XDG_CONFIG_HOME`), under the base URL and a fingerprint of the key
(the first 12 hex digits of its SHA-256: enough to tell keys apart, useless to recover
one). `trenz balance` and `trenz usage` read it back; nothing is sent to learn a
balance, because Trenz has no free call that reports one.

Losing this file loses nothing that matters (the next call reports the balance again),
so failing to read or write it never fails a command.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import attrs
import click

logger = logging.getLogger("trenz_async")

_FILE_NAME = "balance.json"


@attrs.frozen
class BalanceRecord:
    """The balance one key had at one base URL, as a response reported it.

    Attributes:
        base_url: the API the key was used with.
        remaining_balance: the coins left, as reported.
        reported_at: when the command that saw it ended (seconds since the epoch).
    """

    base_url: str
    remaining_balance: int
    reported_at: float


def state_file() -> Path:
    """Where the balances are kept."""
    return Path(click.get_app_dir("trenz")) / _FILE_NAME


def fingerprint(api_key: str) -> str:
    """A short, one-way identifier of a key."""
    return hashlib.sha256(api_key.strip().encode()).hexdigest()[:12]


def remember(base_url: str, api_key: str, remaining_balance: int) -> None:
    """Record the balance a response reported for this key at this base URL."""
    path = state_file()
    entries = _load(path)
    entries[_entry_key(base_url, api_key)] = {
        "base_url": base_url,
        "remaining_balance": remaining_balance,
        "reported_at": time.time(),
    }
    text = json.dumps({"balances": entries}, indent=2, sort_keys=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write a sibling and rename it over: a reader never sees half a file.
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".balance-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        logger.debug("could not record the balance in %s: %s", path, exc)


def recall(base_url: str, api_key: str) -> BalanceRecord | None:
    """The last balance recorded for this key at this base URL, if any."""
    entry = _load(state_file()).get(_entry_key(base_url, api_key))
    if not isinstance(entry, dict):
        return None
    balance, at = entry.get("remaining_balance"), entry.get("reported_at")
    if not isinstance(balance, int) or not isinstance(at, int | float):
        return None
    return BalanceRecord(base_url=base_url, remaining_balance=balance, reported_at=float(at))


def _entry_key(base_url: str, api_key: str) -> str:
    return f"{base_url} {fingerprint(api_key)}"


def _load(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    balances = document.get("balances") if isinstance(document, dict) else None
    return dict(balances) if isinstance(balances, dict) else {}

"""The options of every command that talks to the API, and the client they configure.

The configuration is the library's: the key comes from `TRENZ_API_KEY` only (an option
would leave it in shell history and in `ps` output), the base URL from `--base-url` or
`TRENZ_BASE_URL`, and `--timeout`, `--max-retries` and `--max-coins` are the
`TrenzClient` options of the same names. `--journal FILE` (or `TRENZ_JOURNAL`) records
paid job submissions as `TrenzClient(journal=...)` does, for `trenz tasks pending`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Collection, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click

from .. import TrenzClient
from . import _state

F = TypeVar("F", bound=Callable[..., Any])

API_KEY_VARIABLE = "TRENZ_API_KEY"

# (declarations, settings) of each option: built as `click.Option`s for the generated
# operation commands and as decorators for the written ones.
_OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (
        ("--base-url",),
        {
            "envvar": "TRENZ_BASE_URL",
            "metavar": "URL",
            "help": "The API's base URL (https://, or http:// to a loopback host).",
        },
    ),
    (
        ("--timeout",),
        {
            "type": click.FloatRange(min=0, min_open=True),
            "metavar": "SECONDS",
            "help": "Timeout of each request (default 60; connecting: 10).",
        },
    ),
    (
        ("--max-retries",),
        {
            "type": click.IntRange(min=0),
            "metavar": "N",
            "help": "Retries after a failed attempt, where retrying is safe (default 3).",
        },
    ),
    (
        ("--max-coins",),
        {
            "type": click.IntRange(min=0),
            "metavar": "N",
            "help": "Budget: refuse (exit 3, nothing sent) a call estimated above N coins.",
        },
    ),
    (
        ("--journal",),
        {
            "envvar": "TRENZ_JOURNAL",
            "type": click.Path(dir_okay=False, path_type=Path),
            "metavar": "FILE",
            "help": "Journal paid job submissions in FILE (see trenz tasks pending).",
        },
    ),
)


def connection_options(*, exclude: Collection[str] = ()) -> list[click.Option]:
    """Fresh `click.Option`s for the connection settings, but those named in `exclude`."""
    return [
        click.Option(list(decls), **settings)
        for decls, settings in _OPTIONS
        if _name(decls) not in exclude
    ]


def with_connection_options(*, exclude: Collection[str] = ()) -> Callable[[F], F]:
    """Decorate a command with the connection settings, but those named in `exclude`."""

    def decorate(command: F) -> F:
        for decls, settings in reversed(_OPTIONS):
            if _name(decls) not in exclude:
                command = click.option(*decls, **settings)(command)
        return command

    return decorate


def _name(decls: tuple[str, ...]) -> str:
    return decls[0].lstrip("-").replace("-", "_")


def require_key() -> None:
    """Fail as a usage error, in the shell's terms, when `TRENZ_API_KEY` is not set.

    Raises:
        click.UsageError: no key.
    """
    if not os.environ.get(API_KEY_VARIABLE, "").strip():
        raise click.UsageError(f"no API key: set {API_KEY_VARIABLE} (there is no option for it)")


@attrs.frozen
class Connection:
    """The settings of the client one command uses."""

    base_url: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    max_coins: int | None = None
    journal: Path | None = None

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> Connection:
        """The settings among a command's option values."""
        return cls(**{field.name: values.get(field.name) for field in attrs.fields(cls)})

    def client(self) -> TrenzClient:
        """A `TrenzClient` with these settings.

        Raises:
            click.UsageError: `TRENZ_API_KEY` is not set.
            ConfigurationError: settings the SDK refuses (an unsafe base URL...).
        """
        require_key()
        options: dict[str, Any] = {
            "max_retries": self.max_retries,
            "max_coins": self.max_coins,
            "journal": self.journal,
        }
        if self.timeout is not None:
            options["timeout"] = self.timeout
        return TrenzClient(base_url=self.base_url, **options)


@asynccontextmanager
async def session(connection: Connection) -> AsyncIterator[TrenzClient]:
    """An open client; when the block ends, the balance it last saw is remembered.

    Raises:
        ConfigurationError: no key, or a base URL the SDK refuses.
    """
    async with connection.client() as client:
        try:
            yield client
        finally:
            balance = client.usage.snapshot().remaining_balance
            key = os.environ.get(API_KEY_VARIABLE)
            if balance is not None and key:
                _state.remember(str(client.base_url), key, balance)

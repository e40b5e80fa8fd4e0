"""The `trenz` command group: its commands, and the help that ties them together."""

from __future__ import annotations

import click

from .. import __version__
from ._call import call, estimate
from ._fake import fake
from ._ops import ops
from ._tasks import tasks
from ._usage import balance, usage


@click.group(
    name="trenz",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="trenz", message="%(prog)s %(version)s")
def cli() -> None:
    """The Trenz Open Platform API from the shell, on the trenz_async SDK.

    \b
    The key comes from TRENZ_API_KEY (there is no option for it: options end up in
    shell history); the base URL from --base-url or TRENZ_BASE_URL.
    Output: a table on a terminal, JSON otherwise (--json / --table to choose).

    \b
    Exit codes: 0 ok, 1 API or network error (or a failed job), 2 usage error
    (nothing sent), 3 a coin limit refused a call (--max-coins, or the coin limit
    of --all-pages; that call was not sent), 4 outcome unknown (a paid call may
    have been processed: check before resubmitting), 130 interrupted (a job
    already submitted goes on).

    \b
    Shell completion (bash; zsh_source and fish_source likewise):
      eval "$(_TRENZ_COMPLETE=bash_source trenz)"
    """


for command in (ops, call, estimate, tasks, balance, usage, fake):
    cli.add_command(command)

"""The `trenz` command line (the `cli` extra: `pip install 'trenz_async[cli]'`).

One module per command group (`_ops`, `_call`, `_tasks`, `_usage`, `_fake`), one that
turns the registry's parameters into options (`_params`), one for output (`_output`),
one for exit codes and error lines (`_exits`), and the connection settings and client
(`_connection`). Everything per operation comes from `trenz_async.OPERATIONS`.
"""

from __future__ import annotations

import importlib.util
import sys

COMPLETE_VARIABLE = "_TRENZ_COMPLETE"


def main() -> None:
    """Run the `trenz` command (the console script and `python -m trenz_async`)."""
    if importlib.util.find_spec("click") is None:
        print(
            "the trenz command needs the `cli` extra: pip install 'trenz_async[cli]'",
            file=sys.stderr,
        )
        sys.exit(2)
    from ._root import cli
    from ._terminal import escape_log_records

    # The SDK's warnings reach the terminal too: escaped like everything else printed.
    escape_log_records()
    # One completion variable, however the command was started (`trenz`, `python -m`).
    cli.main(complete_var=COMPLETE_VARIABLE)

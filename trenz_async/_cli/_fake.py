"""`trenz fake`: the fake Trenz API as a process (`python -m trenz_async.testing`).

The options are that module's own: the command hands its arguments over untouched, so
the two stay one program (`trenz fake --help` lists them).
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from ._exits import ExitCode


@click.command(
    name="fake",
    short_help="Serve the fake Trenz API (trenz fake --help).",
    context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False},
    add_help_option=False,  # --help goes to the fake's own parser, which knows its options
)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def fake(arguments: Sequence[str]) -> None:
    """Serve the fake Trenz API for trying the SDK and this command without a key or coins
    (--port, --seed, --job-duration, --failure-ratio, --rate-limit, --fault KIND=RATIO;
    trenz fake --help)."""
    try:
        from ..testing.__main__ import main
    except ImportError as exc:  # the `testing` extra is not installed
        click.echo(f"Error: {exc}", err=True)
        raise click.exceptions.Exit(ExitCode.USAGE) from None
    raise click.exceptions.Exit(main(list(arguments), prog="trenz fake"))

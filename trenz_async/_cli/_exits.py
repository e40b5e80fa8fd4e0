"""Exit codes, and errors as one line on stderr.

| code | meaning |
| --- | --- |
| 0 | done |
| 1 | the API or the network failed: an API error, a connection error, a job that failed (refunded) or did not finish in time |
| 2 | usage: a bad option or parameter, an unknown operation, a missing key (nothing was sent) |
| 3 | a coin limit stopped it before a call: the `--max-coins` budget refused it, or `--all-pages` reached its coin limit (that call was not sent) |
| 4 | the outcome of a paid call is unknown: it may have been processed and charged |
| 130 | interrupted (Ctrl-C); a job already submitted goes on |

Every error is one line, `Error: ...`, with the request id when the server sent one and
control characters escaped (a server's message is untrusted text); usage errors are
click's (the usage line, then the error).
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import NoReturn, TypeVar

import anyio
import click

from .. import (
    BudgetExceededError,
    ConfigurationError,
    InvalidParameterError,
    OutcomeUnknownError,
    PaginationLimitError,
    TaskTimeoutError,
    TrenzError,
)
from ._terminal import single_line

T = TypeVar("T")


class ExitCode(enum.IntEnum):
    """The `trenz` command's exit statuses."""

    OK = 0
    FAILED = 1
    USAGE = 2
    BUDGET_REFUSED = 3
    OUTCOME_UNKNOWN = 4
    INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def run(main: Callable[[], Awaitable[T]]) -> T:
    """Run `main` in an event loop, turning SDK errors into an error line and an exit code.

    Raises:
        click.UsageError: a bad parameter or configuration (exit 2).
        click.exceptions.Exit: any other `TrenzError`, after printing it.
    """
    try:
        return anyio.run(main)
    except BaseExceptionGroup as group:
        # A task group around a wait raises its one failure wrapped: unwrap it.
        leaves = _leaves(group)
        if len(leaves) == 1 and isinstance(leaves[0], TrenzError):
            fail(leaves[0])
        raise
    except TrenzError as exc:
        fail(exc)
    except KeyboardInterrupt:
        # Ctrl-C: the shell's status for it rather than click's generic "Aborted!" (1),
        # which would read as an API error.
        click.echo("Interrupted.", err=True)
        raise click.exceptions.Exit(ExitCode.INTERRUPTED) from None


def fail(exc: TrenzError) -> NoReturn:
    """Report `exc` the command line's way and end the command with its exit code."""
    if isinstance(exc, InvalidParameterError | ConfigurationError):
        raise click.UsageError(one_line(exc), ctx=click.get_current_context(silent=True))
    click.echo(f"Error: {one_line(exc)}", err=True)
    raise click.exceptions.Exit(exit_code(exc))


def exit_code(exc: TrenzError) -> ExitCode:
    """The exit status for an SDK error."""
    if isinstance(exc, InvalidParameterError | ConfigurationError):
        return ExitCode.USAGE
    if isinstance(exc, BudgetExceededError):  # a pager's coin limit (PaginationLimitError) too
        return ExitCode.BUDGET_REFUSED
    if isinstance(exc, OutcomeUnknownError):
        return ExitCode.OUTCOME_UNKNOWN
    return ExitCode.FAILED


def one_line(exc: TrenzError) -> str:
    """`exc` as one line, in the command line's terms (the SDK's name Python calls)."""
    if isinstance(exc, OutcomeUnknownError):
        known = [
            f"{name}={value}"
            for name, value in (
                ("request_id", exc.request_id),
                ("submission_id", exc.submission_id),
                ("job_id", exc.job_id),
                ("estimate", exc.estimate),
            )
            if value is not None
        ]
        cause = f" after {type(exc.__cause__).__name__}" if exc.__cause__ is not None else ""
        text = (
            f"the outcome of {exc.operation_id or 'the call'} is unknown{cause}"
            f" ({', '.join(known)}): it may have been processed and charged; do not "
            "resubmit blindly (with --journal, `trenz tasks unconfirmed` lists it)"
        )
    elif isinstance(exc, TaskTimeoutError):
        text = (
            f"task {exc.task_id} ({exc.operation_id or 'unknown operation'}) did not finish "
            f"within {exc.timeout:g}s; it goes on: `trenz tasks wait {exc.task_id}`"
            if exc.timeout is not None
            else f"task {exc.task_id} did not finish in time: `trenz tasks wait {exc.task_id}`"
        )
    elif isinstance(exc, PaginationLimitError):
        text = (
            f"stopped paging {_accessor(exc.operation_id)} after {exc.pages_fetched} pages "
            f"and {exc.coins_spent} coins: the next page (an estimated {exc.estimate} coins) "
            f"would pass the {exc.limit}-coin limit of --all-pages and was not sent; raise "
            "it with --max-coins N, or bound the listing with --max-items N or --max-pages N"
        )
    else:
        text = str(exc)
    return single_line(text)


def _accessor(operation_id: str | None) -> str:
    """The name a shell user types for an operation (`products.search`)."""
    from .. import OPERATIONS

    info = OPERATIONS.get(operation_id or "")
    return info.accessor if info is not None else str(operation_id)


def _leaves(group: BaseExceptionGroup[BaseException]) -> list[BaseException]:
    leaves: list[BaseException] = []
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            leaves.extend(_leaves(exc))
        else:
            leaves.append(exc)
    return leaves

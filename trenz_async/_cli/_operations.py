"""`trenz call OPERATION ...` and `trenz estimate OPERATION ...`: one subcommand per operation.

The subcommands are not written anywhere: `OperationGroup` lists the registry's
accessors (for `--help` and shell completion) and builds the command of the one operation
named on the command line when it is needed, with an option per parameter
(`_params.parameter_options`) plus the command's own options. An operation is named by its
accessor (`products.search`) or its operationId (`trenz-products-search`), as
`client.call()` accepts either.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import click

from .. import BillingMode, OperationInfo
from ._params import parameter_options

Action = Callable[[OperationInfo, dict[str, Any], dict[str, Any]], None]
"""What a subcommand does: (operation, parameters by Python name, the command's own options)."""


def operations() -> Mapping[str, OperationInfo]:
    """The registry (`trenz_async.OPERATIONS`), loaded on first use."""
    import trenz_async

    return trenz_async.OPERATIONS


@functools.cache
def _by_name() -> Mapping[str, OperationInfo]:
    registry = operations()
    return {
        **{info.accessor: info for info in registry.values()},
        **registry,
    }


def find(name: str) -> OperationInfo | None:
    """The operation with this accessor or operationId, or `None`."""
    return _by_name().get(name)


class OperationGroup(click.Group):
    """A group whose subcommands are the registry's operations.

    Args:
        own_options: the options an operation's subcommand has besides its parameters
            (output, connection, `--wait` for a job...), made fresh for each command.
        action: what a subcommand does when run.
    """

    def __init__(
        self,
        *,
        own_options: Callable[[OperationInfo], Sequence[click.Option]],
        action: Action,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._own_options = own_options
        self._action = action

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(info.accessor for info in operations().values())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        info = find(cmd_name)
        if info is None:
            return None
        return self._command(info)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if find(name) is None and not name.startswith("-"):
            # Suggest names of the kind typed: accessors for `a.b`, operationIds otherwise.
            kind = [key for key in _by_name() if ("." in key) == ("." in name)]
            close = difflib.get_close_matches(name, kind, n=3, cutoff=0.6)
            hint = f" Did you mean {' or '.join(close)}?" if close else ""
            ctx.fail(f"No such operation: {name!r}.{hint} `trenz ops` lists them all.")
        return super().resolve_command(ctx, args)

    def _command(self, info: OperationInfo) -> click.Command:
        own = list(self._own_options(info))
        reserved = {opt.lstrip("-") for option in own for opt in option.opts}
        reserved |= {opt.lstrip("-") for option in own for opt in option.secondary_opts}
        reserved.add("help")
        parameters = parameter_options(info, reserved=reserved)
        action = self._action

        def callback(**values: Any) -> None:
            own_values = {key: value for key, value in values.items() if not key.startswith("p__")}
            action(info, parameters.collect(values), own_values)

        return click.Command(
            name=info.accessor,
            params=[*parameters.options, *own],
            callback=callback,
            help=describe(info),
            short_help=info.summary or info.operation_id,
            no_args_is_help=False,
        )


def describe(info: OperationInfo) -> str:
    """An operation's help: the spec's text, then what it costs and how it behaves."""
    paragraphs = [info.summary, info.description.strip()]
    facts = [
        f"{info.method} {info.path}  (operationId {info.operation_id})",
        f"Cost: {cost(info)}."
        + (" `trenz estimate` prices a call." if info.pricing is not None else ""),
    ]
    if info.is_async:
        facts.append(
            "An async job: prints its task id; --wait waits for the result "
            "(or later: trenz tasks wait ID)."
        )
    if info.pagination is not None:
        facts.append(
            f"Paginated ({info.pagination.style.value}): --all-pages prints every item as "
            "its page arrives; --max-items N or --max-pages N stop after N, --max-coins N "
            "after N coins (without one of them, the SDK's default coin limit applies)."
        )
    paragraphs.append("\b\n" + "\n".join(facts))  # \b: click keeps these lines as they are
    return "\n\n".join(part for part in paragraphs if part)


def cost(info: OperationInfo) -> str:
    """What one call costs, in words."""
    if info.billing_mode is BillingMode.FREE or not info.is_paid:
        return "free"
    if info.pricing is not None:
        pricing = info.pricing
        prices = ", ".join(f"{tier} {price}" for tier, price in pricing.unit_price_map.items())
        return f"per unit of {pricing.quantity_param}, by {pricing.tier_param}: {prices} coins"
    when = "charged when the job completes" if info.is_async else "per call"
    return f"{info.coin_cost} coins, {when}"

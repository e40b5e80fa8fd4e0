"""What a spec change does to the coins a call costs: direction and percentage, per operation.

Every call costs coins, so a price change is news users act on (a budget, a `max_coins`,
a pipeline's margin): each one is reported with its direction and its percentage, for
- `x-coin-cost` (the flat price, or the fallback of a per-unit price),
- each `x-pricing` unit price, and the defaults that price a call that omits them,
- `x-billing-mode` (`free` costs nothing, whatever `x-coin-cost` says).

`changes()` yields `(subject, detail, CostDelta)` triples; `codegen.changes` files them as
behavioural changes, and `Report.cost_increase` reads the largest rise back for
`codegen.diff --fail-on cost-increase=N` and for the version bump.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import attrs

from codegen.runtime import OperationInfo, Pricing

FREE = "free"


@attrs.frozen
class CostDelta:
    """One price before and after, in coins."""

    old: int
    new: int

    @property
    def rises(self) -> bool:
        """The new price is higher."""
        return self.new > self.old

    @property
    def percent(self) -> float:
        """The change in percent of the old price; `inf` for a charge where there was none."""
        if self.old == 0:
            return math.inf if self.new > 0 else 0.0
        return (self.new - self.old) * 100.0 / self.old

    def text(self, unit: str = "coins") -> str:
        """`rises 5 -> 8 coins (+60%)`, `falls 8 -> 5 coins (-37.5%)`, `0 -> 5 coins (new charge)`."""
        verb = "rises" if self.rises else "falls" if self.new < self.old else "stays"
        return f"{verb} {self.old} -> {self.new} {unit} ({self.percent_text()})"

    def percent_text(self) -> str:
        """`+60%`, `-37.5%`, or `new charge`."""
        if math.isinf(self.percent):
            return "new charge"
        return f"{self.percent:+.1f}".removesuffix(".0") + "%"


def charged(info: OperationInfo) -> int:
    """The coins one call costs at the spec's defaults (a `free` operation costs nothing)."""
    if info.billing_mode == FREE:
        return 0
    if info.pricing is not None:
        return int(info.pricing.estimate({}))
    return int(info.coin_cost)


def changes(before: OperationInfo, after: OperationInfo) -> Iterator[tuple[str, str, CostDelta]]:
    """Each price change of one operation: (subject, detail, delta)."""
    if before.billing_mode != after.billing_mode and FREE in (
        before.billing_mode,
        after.billing_mode,
    ):
        delta = CostDelta(charged(before), charged(after))
        yield (
            "billing mode",
            f"is now {after.billing_mode} (was {before.billing_mode}): a call at the defaults "
            f"{delta.text()}",
            delta,
        )
    elif before.coin_cost != after.coin_cost:
        what = "coin cost" if after.pricing is None else "fallback coin cost"
        delta = CostDelta(before.coin_cost, after.coin_cost)
        yield what, delta.text("coins per call"), delta
    yield from _pricing(before, after)


def _pricing(before: OperationInfo, after: OperationInfo) -> Iterator[tuple[str, str, CostDelta]]:
    old, new = before.pricing, after.pricing
    if old == new:
        return
    if old is None or new is None:
        delta = CostDelta(charged(before), charged(after))
        now = "now priced per unit" if new is not None else "no longer priced per unit"
        detail = f"{now}: a call at the defaults {delta.text()}"
        if new is not None:
            detail += f" ({describe(new)})"
        yield "per-unit pricing", detail, delta
        return
    unit = f"coins per `{new.quantity_param}`"
    for tier in sorted(set(old.unit_price_map) | set(new.unit_price_map)):
        before_price = old.unit_price_map.get(tier)
        after_price = new.unit_price_map.get(tier)
        subject = f"unit price for `{new.tier_param}={tier}`"
        if before_price is not None and after_price is not None and before_price != after_price:
            delta = CostDelta(before_price, after_price)
            yield subject, delta.text(unit), delta
        elif before_price is None and after_price is not None:
            # A tier the price map did not know was estimated at the fallback.
            delta = CostDelta(old.fallback_coin_cost, after_price * new.default_quantity)
            yield subject, f"added: {after_price} {unit} (was the fallback)", delta
        elif before_price is not None and after_price is None:
            delta = CostDelta(before_price * old.default_quantity, new.fallback_coin_cost)
            yield subject, "removed: calls with it are estimated at the fallback", delta
    if old.fallback_coin_cost != new.fallback_coin_cost:
        delta = CostDelta(old.fallback_coin_cost, new.fallback_coin_cost)
        yield (
            "per-unit fallback",
            f"{delta.text()} (a tier or quantity the price map cannot price)",
            delta,
        )
    defaults = (old.tier_param, old.quantity_param, old.default_tier, old.default_quantity)
    if defaults != (new.tier_param, new.quantity_param, new.default_tier, new.default_quantity):
        delta = CostDelta(old.estimate({}), new.estimate({}))
        yield (
            "per-unit pricing defaults",
            f"are now {describe(new)}: a call at the defaults {delta.text()}",
            delta,
        )


def describe(pricing: Pricing) -> str:
    """`480p=60, 720p=130 coins per duration (default 720p x 5)`."""
    prices = ", ".join(f"{tier}={price}" for tier, price in sorted(pricing.unit_price_map.items()))
    return (
        f"{prices} coins per {pricing.quantity_param} "
        f"(default {pricing.default_tier} x {pricing.default_quantity})"
    )


def cost_text(info: OperationInfo) -> str:
    """`5 coins`, or `priced per unit, fallback 1950 coins`."""
    if info.pricing is not None:
        return f"priced per unit, fallback {info.coin_cost} coins"
    return f"{info.coin_cost} coins"

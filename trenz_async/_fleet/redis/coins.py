"""The fleet's coin store on Redis: one budget and one ledger for every worker.

Every transition is one Lua script, so concurrent reservations from the whole fleet see
one committed total and can never pass the budget together. Keys (under the
coordinator's keyspace; the ledger is durable, nothing here expires but old job ids):

- `coins:totals`: a hash of `calls`, `spent`, `held`, `uncertain`, `reserved` and the
  last `balance` the server reported;
- `coins:ops`: a hash of `calls:<operation>` and `coins:<operation>`;
- `coins:reserved` + `coins:leases`: each reservation (`<coins>\\t<operation>`) and the
  moment it is deemed abandoned;
- `coins:uncertain`: each uncertain amount (`<coins>\\t<operation>\\t<origin>`);
- `coins:held`: each held job (`<coins>\\t<operation>`);
- `coins:ended`: job ids that settled or were refunded (kept a week, so a late `hold`
  of a finished job cannot count it again);
- `coins:done`: call ids committed, released, marked uncertain or resolved in the last
  hour, so a repeated or late `commit` cannot count a call twice;
- `coins:workers`: the workers (clients) seen lately, each by its last reservation or
  commit (a heartbeat on calls they make anyway; it expires once idle).

Every reservation names the namespace's epoch (`namespace`): a namespace Redis lost, or
re-created without its ledger, refuses it (`CoordinatorError`) and is marked lost for
every worker. Each reservation and commit also returns the fleet's committed coins and
the number of workers seen, kept as `view`: a client that falls back to its own budget
spends only its share of what was left (`FleetLedger`).

A reservation whose lease runs out (its worker died, or took longer than the lease) is
*not* released: the request may have reached Trenz, so releasing it could let the fleet
overspend. It becomes uncertain (origin `r`): still counted by the budget, shown in
`coins_uncertain`, and settled by `resolve(call_id, coins_charged=...)`. A worker that
was only slow still finishes it: its `commit`, `release` or `add_uncertain` applies to
the recovered amount as it would have to the reservation.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import attrs

from ..._errors import BudgetExceededError, CoordinatorError
from ..._ledger.snapshots import (
    RECOVERED,
    RETRIED_ATTEMPT,
    UNKNOWN_OUTCOME,
    OperationUsage,
    UncertainCharge,
    UsageSnapshot,
)
from .keys import Keyspace, LuaScript
from .link import Deferred, RedisLink
from .namespace import FleetView, lost_error

# How long ended job ids are remembered, in seconds.
_ENDED_RETENTION = 7 * 24 * 3600

OnError = Callable[[CoordinatorError], None]

_ORIGINS = {"r": RECOVERED, "u": UNKNOWN_OUTCOME, "a": RETRIED_ATTEMPT}


# The scripts, in lua/coins.*.lua, each after lua/coins.prelude.lua (TIME, record parsing
# and the sweep of abandoned reservations). Records are tab-separated text: coins and
# operation for reservations and holds; coins, operation, origin and since when for
# uncertain amounts (origin `r`: a recovered reservation, `u`: marked uncertain, `a`: a
# retried attempt). Every script is idempotent for its call, job or uncertain id, so a
# retried round trip applies once; `coins.saved` alone, a report of what paying once saved,
# keeps no ids (see the script).
ADD_UNCERTAIN = LuaScript.load("coins.add_uncertain", prelude="coins.prelude")
COMMIT = LuaScript.load("coins.commit", prelude="coins.prelude")
HOLD = LuaScript.load("coins.hold", prelude="coins.prelude")
RELEASE = LuaScript.load("coins.release", prelude="coins.prelude")
RESERVE = LuaScript.load("coins.reserve", prelude="coins.prelude")
RESOLVE = LuaScript.load("coins.resolve", prelude="coins.prelude")
SAVED = LuaScript.load("coins.saved", prelude="coins.prelude")
SETTLE = LuaScript.load("coins.settle", prelude="coins.prelude")
SNAPSHOT = LuaScript.load("coins.snapshot", prelude="coins.prelude")
UNCERTAIN = LuaScript.load("coins.uncertain", prelude="coins.prelude")


class RedisCoinStore:
    """A `CoinStore` shared by every worker bound to the same namespace and key.

    Args:
        link: the coordinator's connection.
        keyspace: the namespace's and key's keys.
        max_coins: the namespace's budget (already checked against Redis by the
            coordinator); `None` for none.
        lease_timeout: seconds after which a reservation neither committed nor released
            counts as uncertain, and a worker not seen counts no more.
        epoch: the namespace's epoch at bind.
        owner: this worker's id (its heartbeat).
        view: the fleet as the bind saw it.
    """

    defers_commits = True
    """`commit(..., on_error=...)` waits for this process's next round trip."""

    def __init__(
        self,
        link: RedisLink,
        keyspace: Keyspace,
        *,
        max_coins: int | None,
        lease_timeout: float,
        epoch: str,
        owner: str,
        view: FleetView | None = None,
    ) -> None:
        self.max_coins = max_coins
        self.epoch = epoch
        self.view = view
        """The fleet's committed coins and workers, as of the last reply (`FleetView`)."""
        self._link = link
        self.link = link
        """The coordinator's connection (a call's start batches its steps on it)."""
        self._keyspace = keyspace
        self._owner = owner
        self._keys = [
            keyspace.key("config"),
            *(
                keyspace.key("coins", name)
                for name in (
                    *("totals", "ops", "reserved", "leases"),
                    *("uncertain", "held", "ended", "done", "workers"),
                )
            ),
        ]
        self._lease_us = round(lease_timeout * 1_000_000)

    async def reserve(
        self, call_id: str, operation_id: str, coins: int, *, then: Deferred | None = None
    ) -> Any:
        """Reserve `coins` for a call about to be sent; idempotent per `call_id`.

        `then` (the call's `RedisGate.start_step`) runs in the same round trip once the
        coins are reserved, never when they are refused; its reply is returned (`None`
        if it did not run).

        Raises:
            BudgetExceededError: the fleet's committed coins + `coins` would pass the
                budget; nothing reserved.
            CoordinatorError: Redis failed, or lost the namespace's data (its ledger with
                it), or the namespace was started over: the fleet stops rather than spend
                its budget twice.
        """
        step = self.reserve_step(call_id, operation_id, coins)
        then_reply = None
        if then is None:
            reply = await self._link.script(step.operation, step.script, step.keys, step.args)
        else:
            reply, then_reply = await self._link.steps([step, attrs.evolve(then, after=1)])
        self.reserved(reply, operation_id, coins)
        return then_reply

    def reserve_step(self, call_id: str, operation_id: str, coins: int) -> Deferred:
        """`reserve` as a step of a batch (`RedisLink.steps`); hand its reply to `reserved`."""
        args = (
            call_id,
            operation_id,
            _coins(coins),
            self._lease_us,
            self.epoch,
            self._owner,
            self._lease_us,
        )
        return Deferred(RESERVE.name, RESERVE, self._keys, args, None, _unused)

    def reserved(self, reply: Any, operation_id: str, coins: int) -> None:
        """Read a reservation's reply (see `reserve` for what it raises)."""
        ok, committed, workers = reply
        if ok < 0:
            # Redis restarted without persistence, or was flushed: the ledger is gone, and
            # carrying on would let the fleet spend its budget a second time.
            raise lost_error(self._keyspace, self._link.display, operation="coins.reserve")
        self.view = FleetView(committed=int(committed), workers=int(workers))
        if not ok:
            budget = self.max_coins if self.max_coins is not None else int(committed)
            raise BudgetExceededError(
                operation_id=operation_id,
                estimate=coins,
                remaining=max(budget - int(committed), 0),
                budget=budget,
            )

    async def commit(
        self,
        call_id: str,
        *,
        coins: int,
        job_id: str | None,
        balance: int | None,
        operation_id: str | None = None,
        on_error: Callable[[CoordinatorError], None] | None = None,
        on_reply: Callable[[], None] | None = None,
    ) -> None:
        """The call succeeded: its reservation becomes `coins` spent, or held for `job_id`.

        With `on_error`, the commit is deferred to this process's next round trip
        (`RedisLink.defer`); `on_reply` is called once it ran, `on_error` if it failed.

        A job whose submission reported no cost is held at the reserved estimate. A call
        that reserved nothing (estimated free) is recorded all the same, under
        `operation_id` when given. A commit repeated within the hour (a retried script),
        or after the call was released or resolved, changes nothing.
        """
        args = (
            call_id,
            _coins(coins),
            job_id or "",
            "" if balance is None else int(balance),
            operation_id or "",
            self._owner,
            self._lease_us,
        )
        if on_error is None:
            self._viewed(await self._run(COMMIT, *args))
            return

        # Until it is carried, the reservation still counts its estimate in the budget.
        def viewed(reply: Any) -> None:
            self._viewed(reply)
            if on_reply is not None:
                on_reply()

        self._link.defer(COMMIT.name, COMMIT, self._keys, args, on_error=on_error, on_reply=viewed)

    def saved(self, operation_id: str, coins: int, *, cached: bool, on_error: OnError) -> None:
        """A call answered without a request (`UsageLedger.saved`), added to the fleet's
        savings in this process's next round trip (`RedisLink.defer`)."""
        kind = "cache_hits" if cached else "calls_coalesced"
        args = (operation_id, _coins(coins), kind)
        self._link.defer(SAVED.name, SAVED, self._keys, args, on_error=on_error)

    def _viewed(self, reply: Any) -> None:
        _, committed, workers = reply
        self.view = FleetView(committed=int(committed), workers=int(workers))

    async def release(self, call_id: str, *, on_error: OnError | None = None) -> None:
        """The call provably did nothing: its reservation no longer counts.

        With `on_error`, deferred to this process's next round trip (the reservation
        counts until then).
        """
        await self._run_or_defer(on_error, RELEASE, call_id)

    async def add_uncertain(
        self,
        uncertain_id: str,
        operation_id: str,
        coins: int,
        *,
        retried: bool = False,
        on_error: OnError | None = None,
    ) -> None:
        """An attempt may have been charged: count `coins` more as uncertain (idempotent).

        `retried`: a further attempt of a call whose first uncertain amount is recorded.
        With `on_error`, deferred to this process's next round trip (the reservation
        counts its estimate until then).
        """
        origin = "a" if retried else "u"
        await self._run_or_defer(
            on_error, ADD_UNCERTAIN, uncertain_id, operation_id, _coins(coins), origin
        )

    async def resolve(self, uncertain_id: str, *, coins_charged: int) -> bool:
        """An uncertain amount becomes `coins_charged` spent (0: none); `False` if unknown.

        `uncertain_id` is the call id for a call marked uncertain or recovered after its
        worker died, and the id given to `add_uncertain` otherwise. A reservation whose
        worker died before its lease ran out is resolved the same way (the worker's late
        commit, should it come after all, then changes nothing).
        """
        return bool(await self._run(RESOLVE, uncertain_id, _coins(coins_charged)))

    async def hold(
        self, job_id: str, operation_id: str, coins: int, *, call_id: str | None = None
    ) -> None:
        """Hold coins for a job known from elsewhere; idempotent, and a no-op once it ended.

        `call_id` names the submission that created the job (a journal entry's
        `submission_id`): what is still open for it (a reservation its worker never
        committed, an uncertain amount) becomes the hold instead of counting twice. With
        `coins` 0, the job is held at that open amount.
        """
        await self._run(HOLD, job_id, operation_id, _coins(coins), call_id or "")

    async def settle(
        self, job_id: str, coins: int | None, *, on_error: OnError | None = None
    ) -> None:
        """A held job completed: its coins (or `coins`, if reported) become spent.

        With `on_error`, deferred to this process's next round trip (the job's coins
        stay held, and counted, until then).
        """
        final = "" if coins is None else _coins(coins)
        await self._run_or_defer(
            on_error, SETTLE, job_id, final, _ENDED_RETENTION * 1_000_000, "settle"
        )

    async def refund(self, job_id: str) -> None:
        """A held job was refunded: its coins are no longer committed."""
        await self._run(SETTLE, job_id, "", _ENDED_RETENTION * 1_000_000, "refund")

    async def snapshot(self) -> UsageSnapshot:
        """The whole fleet's ledger for this namespace and key.

        Raises:
            CoordinatorError: Redis failed.
        """
        totals_reply, ops_reply = await self._run(SNAPSHOT)
        totals = _pairs(totals_reply)
        by_operation: dict[str, dict[str, int]] = {}
        for field, value in _pairs(ops_reply).items():
            kind, _, operation_id = field.partition(":")
            by_operation.setdefault(operation_id, {})[kind] = int(value)
        balance = totals.get("balance")
        return UsageSnapshot(
            calls=int(totals.get("calls", 0)),
            coins_spent=int(totals.get("spent", 0)),
            coins_held=int(totals.get("held", 0)),
            coins_uncertain=int(totals.get("uncertain", 0)),
            remaining_balance=None if balance is None else int(balance),
            by_operation=MappingProxyType(
                {
                    operation_id: OperationUsage(
                        calls=counts.get("calls", 0),
                        coins=counts.get("coins", 0),
                        calls_coalesced=counts.get("calls_coalesced", 0),
                        cache_hits=counts.get("cache_hits", 0),
                        coins_saved=counts.get("saved", 0),
                    )
                    for operation_id, counts in sorted(by_operation.items())
                }
            ),
            calls_coalesced=int(totals.get("calls_coalesced", 0)),
            cache_hits=int(totals.get("cache_hits", 0)),
            coins_saved=int(totals.get("saved", 0)),
        )

    async def uncertain(self) -> tuple[UncertainCharge, ...]:
        """Every uncertain amount of the fleet, oldest first, to `resolve` one by one.

        Each carries its `origin`: `"recovered"` (a reservation whose worker died before
        the call's outcome was known), `"unknown outcome"` or `"retried attempt"`; `at`
        is when it became uncertain, on Redis's clock.

        Raises:
            CoordinatorError: Redis failed.
        """
        reply = await self._run(UNCERTAIN)
        found = []
        for uncertain_id, record in _pairs(reply).items():
            coins, operation_id, origin, since = [*record.split("\t"), "", "", ""][:4]
            found.append(
                UncertainCharge(
                    id=uncertain_id,
                    operation_id=operation_id,
                    coins=int(coins),
                    at=float(since) if since.isdigit() else 0.0,
                    origin=_ORIGINS.get(origin, origin),
                )
            )
        return tuple(sorted(found, key=lambda entry: (entry.at, entry.id)))

    async def _run_or_defer(
        self, on_error: OnError | None, script: LuaScript, *args: str | int
    ) -> None:
        if on_error is None:
            await self._run(script, *args)
        else:
            self._link.defer(script.name, script, self._keys, args, on_error=on_error)

    async def _run(self, script: LuaScript, *args: str | int) -> Any:
        return await self._link.script(script.name, script, self._keys, args)

    def __repr__(self) -> str:
        return f"RedisCoinStore(max_coins={self.max_coins!r})"


def _unused(error: CoordinatorError) -> None:
    """A reservation is the first step of its batch: its failure is raised, not reported."""


def _coins(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"coins must be a non-negative int, got {value!r}")
    return value


def _pairs(reply: list[bytes]) -> dict[str, str]:
    """A flat HGETALL reply as a dict of text."""
    items = [item.decode() for item in reply]
    return dict(zip(items[::2], items[1::2], strict=True))

"""Coins, attempt by attempt: what each answered attempt cost, and what one may have.

This layer sits inside the gate, so every attempt it sees goes to the network. Its
rule, in one place:

- an answer with a success envelope commits the call's reservation: spent at the
  reported `usage.coin_cost`, or held for the job the answer names;
- an attempt that may have been processed without a usable answer (a dropped
  connection, a read timeout, a gateway's 5xx, a cancellation while on the wire)
  counts the call's estimate as uncertain, once per such attempt, because the server
  may have charged it;
- an attempt that provably did nothing (not sent, an error answer the backend never
  saw) counts nothing.

The call's reservation itself stays open until the call ends: the call path
(`_call.invoke`) then gives back whatever was not spent, held or made uncertain.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import anyio
import httpx

from .._errors import OutcomeUnknownError, TrenzError
from .._ledger import Reservation, UsageLedger
from .call import CALL, ENVELOPE, JOB_ID, Call
from .retry import maybe_processed


class AccountingTransport(httpx.AsyncBaseTransport):
    """Records the coins of each attempt of a call that carries a reservation.

    Args:
        inner: the next layer.
        ledger: the client's coin ledger.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, *, ledger: UsageLedger) -> None:
        self._inner = inner
        self._ledger = ledger

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call: Call = request.extensions[CALL]
        reservation = call.reservation
        if reservation is None:
            return await self._inner.handle_async_request(request)
        try:
            response = await self._inner.handle_async_request(request)
        except TrenzError as error:
            with anyio.CancelScope(shield=True):
                await self._failed(reservation, error)
            raise
        except BaseException:
            # Cancelled (or worse) with the request on its way: it may have been processed.
            with anyio.CancelScope(shield=True):
                await self._ledger.add_uncertain(reservation)
            raise
        envelope: Mapping[str, Any] | None = response.extensions.get(ENVELOPE)
        if envelope is not None:
            usage = envelope.get("usage")
            await self._ledger.commit(
                reservation,
                usage if isinstance(usage, dict) else None,
                job_id=response.extensions.get(JOB_ID),
            )
        elif not call.is_read:
            # A redirect the client will not follow: proof of nothing for a write.
            await self._ledger.add_uncertain(reservation)
        return response

    async def _failed(self, reservation: Reservation, error: TrenzError) -> None:
        if isinstance(error, OutcomeUnknownError) and error.job_id is not None:
            # An unusable answer that names its job: the job exists and is held.
            await self._ledger.commit(reservation, None, job_id=error.job_id)
        elif maybe_processed(error):
            await self._ledger.add_uncertain(reservation)

"""The fake's mutable state (keys, balances, jobs, limits, logs) behind one lock.

The fake may serve from a uvicorn thread while a test reads its ledger from another, so
every read and write here holds the lock, and nothing holds it across an `await`.
"""

from __future__ import annotations

import collections
import threading
import uuid
from collections.abc import Callable, Collection, Mapping
from types import MappingProxyType
from typing import Any

from .._registry import OperationInfo
from ._codes import ErrorCode, FakeAPIError
from ._faults import FaultKind, FaultPlan
from ._jobs import Job, JobBook, JobStatus
from ._ledger import Account, EntryKind, Ledger, LedgerEntry
from ._ratelimit import SlidingWindow
from ._records import FakeStatistics, RequestRecord
from ._synth import stable_rng

RATE_LIMIT_HEADER = "X-RateLimit-Limit"
REMAINING_HEADER = "X-RateLimit-Remaining"
RETRY_AFTER_HEADER = "Retry-After"


class State:
    """Keys and balances, the ledger, jobs, the rate limit, and the request log."""

    def __init__(
        self,
        *,
        keys: Mapping[str, int],
        seed: int,
        jobs: JobBook,
        limiter: SlidingWindow | None,
        faults: FaultPlan,
        clock: Callable[[], float],
    ) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.jobs = jobs
        self.limiter = limiter
        self.faults = faults
        self.quota_exceeded = False
        self._accounts = {key: Account(balance=int(coins)) for key, coins in keys.items()}
        self._ids = stable_rng(seed, "request-ids")
        self._faults_rng = stable_rng(seed, "faults")
        self._records: list[RequestRecord] = []
        self._counts: collections.Counter[str] = collections.Counter()

    # -- per request ---------------------------------------------------------------------

    def next_request_id(self) -> str:
        """A fresh request id (a UUID drawn from the seeded generator)."""
        with self.lock:
            return str(uuid.UUID(int=self._ids.getrandbits(128), version=4))

    def authenticate(self, key: str | None) -> str:
        """The key, if it may call at all.

        Raises:
            FakeAPIError: 401 with AUTH_MISSING_KEY, AUTH_INVALID_KEY, AUTH_KEY_REVOKED or
                AUTH_KEY_SUSPENDED.
        """
        if not key:
            raise FakeAPIError(ErrorCode.AUTH_MISSING_KEY)
        with self.lock:
            account = self._accounts.get(key)
            if account is None:
                raise FakeAPIError(ErrorCode.AUTH_INVALID_KEY)
            if account.revoked:
                raise FakeAPIError(ErrorCode.AUTH_KEY_REVOKED)
            if account.suspended:
                raise FakeAPIError(ErrorCode.AUTH_KEY_SUSPENDED)
        return key

    def admit(self, key: str) -> None:
        """Count the request against the key's window.

        Raises:
            FakeAPIError: 429 RATE_LIMITED with Retry-After.
        """
        if self.limiter is None:
            return
        with self.lock:
            wait = self.limiter.acquire(key)
        if wait is not None:
            raise FakeAPIError(
                ErrorCode.RATE_LIMITED,
                f"Rate limit exceeded. Maximum {self.limiter.limit} requests per "
                f"{self.limiter.period:g} seconds.",
                headers={RETRY_AFTER_HEADER: str(wait), REMAINING_HEADER: "0"},
            )

    def choose_fault(self, operation_id: str) -> FaultKind | None:
        """The fault to inject into this request, if any."""
        with self.lock:
            return self.faults.choose(operation_id, self._faults_rng)

    def authorize(self, key: str, info: OperationInfo) -> None:
        """Quota and scope checks, after faults and before the request is processed.

        Raises:
            FakeAPIError: 429 QUOTA_EXCEEDED (paid operations only) or 403 FORBIDDEN_SCOPE.
        """
        if self.quota_exceeded and info.is_paid:
            raise FakeAPIError(
                ErrorCode.QUOTA_EXCEEDED,
                "Quota exceeded. Wait for the quota to reset or upgrade your plan.",
                headers={REMAINING_HEADER: "0"},
            )
        with self.lock:
            scopes = self._accounts[key].scopes
        if scopes is not None and info.scope is not None and info.scope not in scopes:
            raise FakeAPIError(
                ErrorCode.FORBIDDEN_SCOPE, f"This API key lacks the scope {info.scope}"
            )

    def charge(
        self,
        key: str,
        info: OperationInfo,
        coins: int,
        request_id: str,
        params: Mapping[str, Any],
    ) -> tuple[Job | None, int]:
        """Take the call's coins (a hold, for a job submission); returns the job and balance.

        `params` are the call's (wire-named) parameters: a job's result echoes them.

        Raises:
            FakeAPIError: 402 INSUFFICIENT_BALANCE, with nothing charged.
        """
        with self.lock:
            now = self.clock()
            self.settle(now)
            account = self._accounts[key]
            if coins > account.balance:
                raise FakeAPIError(
                    ErrorCode.INSUFFICIENT_BALANCE,
                    f"Insufficient balance: this call costs {coins} coins, "
                    f"the balance is {account.balance}",
                )
            job = None
            kind = EntryKind.CHARGE
            if info.is_async and info.job_id_field is not None:
                job = self.jobs.create(
                    key=key,
                    operation=info,
                    params=params,
                    coins=coins,
                    request_id=request_id,
                    now=now,
                )
                kind = EntryKind.HOLD
            if coins or job is not None:
                task_id = None if job is None else job.id
                entry = LedgerEntry(key, info.operation_id, kind, coins, request_id, task_id, now)
                account.debit(entry)
            return job, account.balance

    def find_job(self, key: str, job_id: str) -> Job:
        """The key's own job with this id, settled up to now.

        Raises:
            FakeAPIError: 404 TASK_NOT_FOUND (unknown, or another key's).
        """
        with self.lock:
            self.settle(self.clock())
            job = self.jobs.get(job_id)
            if job is None or job.key != key:
                raise FakeAPIError(ErrorCode.TASK_NOT_FOUND, f"Async task {job_id} not found")
            return job

    def balance(self, key: str) -> int:
        """The key's balance, settled up to now."""
        with self.lock:
            self.settle(self.clock())
            return self.account(key).balance

    def settle(self, now: float) -> None:
        """Spend the holds of completed jobs and refund failed ones."""
        with self.lock:
            for job in self.jobs.due(now):
                completed = job.status(now) is JobStatus.COMPLETED
                kind = EntryKind.SETTLE if completed else EntryKind.REFUND
                entry = LedgerEntry(
                    job.key, job.operation_id, kind, job.coins, job.request_id, job.id, job.due_at
                )
                account = self._accounts[job.key]
                if completed:
                    account.note(entry)
                else:
                    account.credit(entry)
                self._counts["jobs_completed" if completed else "jobs_refunded"] += 1

    def record(self, record: RequestRecord) -> None:
        """Log one finished request and count it."""
        with self.lock:
            self._records.append(record)
            counts = self._counts
            counts["requests"] += 1
            if record.status is not None and 200 <= record.status < 300:
                counts["succeeded"] += 1
            if record.error_code == ErrorCode.RATE_LIMITED.value:
                counts["rate_limited"] += 1
            if record.error_code == ErrorCode.QUOTA_EXCEEDED.value:
                counts["quota_exceeded"] += 1
            if record.fault is not None:
                counts["faults_injected"] += 1
            if record.status is None:
                counts["dropped"] += 1

    # -- administration and snapshots ----------------------------------------------------

    def account(self, key: str) -> Account:
        """The key's account (hold the lock while changing it).

        Raises:
            KeyError: the fake does not know this key.
        """
        try:
            return self._accounts[key]
        except KeyError:
            raise KeyError(f"unknown API key {key[:8]}...") from None

    def set_balance(self, key: str, coins: int) -> None:
        """Set the key's balance, adding the key if it is new."""
        with self.lock:
            if key in self._accounts:
                self._accounts[key].balance = int(coins)
            else:
                self._accounts[key] = Account(balance=int(coins))

    def set_scopes(self, key: str, scopes: Collection[str] | None) -> None:
        """Limit the key to these scopes (`None`: all scopes)."""
        with self.lock:
            self.account(key).scopes = None if scopes is None else frozenset(scopes)

    def ledger(self) -> Ledger:
        """Every key's frozen ledger, settled up to now."""
        with self.lock:
            self.settle(self.clock())
            accounts = {key: account.snapshot(key) for key, account in self._accounts.items()}
        return Ledger(accounts=MappingProxyType(accounts))

    def records(self) -> tuple[RequestRecord, ...]:
        """The request log, oldest first."""
        with self.lock:
            return tuple(self._records)

    def statistics(self) -> FakeStatistics:
        """The counters, settled up to now."""
        with self.lock:
            self.settle(self.clock())
            counts = self._counts
            return FakeStatistics(
                requests=counts["requests"],
                succeeded=counts["succeeded"],
                rate_limited=counts["rate_limited"],
                quota_exceeded=counts["quota_exceeded"],
                faults_injected=counts["faults_injected"],
                dropped=counts["dropped"],
                jobs_created=len(self.jobs),
                jobs_completed=counts["jobs_completed"],
                jobs_refunded=counts["jobs_refunded"],
            )

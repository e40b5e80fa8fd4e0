"""Async jobs: created at submission, then pending -> running -> completed or refunded.

Jobs move on the fake's clock, not on timers: a job's status is worked out from how long
ago it was submitted, and the fake settles due jobs (spends or refunds their held coins)
whenever it next looks at its state. Nothing runs in the background.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from .._registry import OperationInfo
from ._shapes import result_fields
from ._synth import Synthesizer, stable_rng

StatusVocabulary = Literal["schema", "tag"]

# The share of a job's duration it spends `pending` before it is `running`.
_PENDING_SHARE = 0.25
_FAILURES = (
    "The source video could not be downloaded",
    "Content moderation rejected the request",
    "The generation backend timed out",
    "The input media format is not supported",
)


class JobStatus(enum.StrEnum):
    """A job's status in the spec's vocabulary."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    REFUNDED = "refunded"

    @property
    def is_terminal(self) -> bool:
        """The job has finished, one way or the other."""
        return self in (JobStatus.COMPLETED, JobStatus.REFUNDED)

    def word(self, vocabulary: StatusVocabulary) -> str:
        """The status as the spec's schema (`schema`) or the tag text (`tag`) words it."""
        if vocabulary == "schema":
            return self.value
        return _TAG_WORDS[self]


_TAG_WORDS: Mapping[JobStatus, str] = {
    JobStatus.PENDING: "running",
    JobStatus.RUNNING: "running",
    JobStatus.COMPLETED: "success",
    JobStatus.REFUNDED: "failed",
}


@attrs.define
class Job:
    """One async job and what it will turn out to be."""

    id: str
    key: str
    operation_id: str
    coins: int
    request_id: str
    created_at: float
    duration: float
    fails: bool
    result: dict[str, Any]
    error_message: str
    settled: bool = False

    @property
    def due_at(self) -> float:
        """When the job finishes."""
        return self.created_at + self.duration

    def status(self, now: float) -> JobStatus:
        """The job's status at clock time `now`."""
        elapsed = now - self.created_at
        if elapsed >= self.duration:
            return JobStatus.REFUNDED if self.fails else JobStatus.COMPLETED
        if elapsed >= self.duration * _PENDING_SHARE:
            return JobStatus.RUNNING
        return JobStatus.PENDING

    def view(self, now: float, vocabulary: StatusVocabulary) -> dict[str, Any]:
        """The task-status `data` object: `{task_id, status, result?, error_message?}`."""
        status = self.status(now)
        data: dict[str, Any] = {"task_id": self.id, "status": status.word(vocabulary)}
        if status is JobStatus.COMPLETED:
            data["result"] = self.result
        elif status is JobStatus.REFUNDED:
            data["error_message"] = self.error_message
        return data


class JobBook:
    """Every job the fake has created, by id.

    Args:
        seed: the fake's seed; ids, outcomes and results follow from it and the order of
            submission.
        duration: seconds from submission until a job finishes.
        failure_ratio: the share of jobs that fail and are refunded.
    """

    def __init__(self, *, seed: int, duration: float, failure_ratio: float) -> None:
        self._seed = seed
        self._duration = duration
        self._failure_ratio = failure_ratio
        self._jobs: dict[str, Job] = {}
        self._open: list[Job] = []

    def __len__(self) -> int:
        return len(self._jobs)

    def create(
        self,
        *,
        key: str,
        operation: OperationInfo,
        params: Mapping[str, Any],
        coins: int,
        request_id: str,
        now: float,
    ) -> Job:
        """Create a job submitted just now; its fate is decided here, deterministically."""
        rng = stable_rng(self._seed, "job", len(self._jobs))
        id_field = operation.job_id_field or "task_id"
        job_id = f"{id_field.removesuffix('_id')}_{rng.getrandbits(64):016x}"
        echo = {k: v for k, v in params.items() if not isinstance(v, list | dict)}
        job = Job(
            id=job_id,
            key=key,
            operation_id=operation.operation_id,
            coins=coins,
            request_id=request_id,
            created_at=now,
            duration=self._duration,
            fails=rng.random() < self._failure_ratio,
            result=Synthesizer(rng, echo=echo).fields(result_fields(operation, params)),
            error_message=rng.choice(_FAILURES) + "; the coins were refunded",
        )
        self._jobs[job_id] = job
        self._open.append(job)
        return job

    def get(self, job_id: str) -> Job | None:
        """The job with this id, or `None`."""
        return self._jobs.get(job_id)

    def due(self, now: float) -> list[Job]:
        """Unsettled jobs that have finished by `now`, marked settled, oldest first."""
        finished = [job for job in self._open if job.status(now).is_terminal]
        if finished:
            self._open = [job for job in self._open if not job.status(now).is_terminal]
            for job in finished:
                job.settled = True
        return finished

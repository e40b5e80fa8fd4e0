"""Exit codes and error lines for every kind of SDK error (in process)."""

from __future__ import annotations

import pytest

from trenz_async import (
    APIConnectionError,
    BudgetExceededError,
    ConfigurationError,
    InsufficientBalanceError,
    InvalidParameterError,
    OutcomeUnknownError,
    RateLimitError,
    TaskFailedError,
    TaskTimeoutError,
    TrenzError,
)
from trenz_async._cli._exits import ExitCode, exit_code, one_line


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InvalidParameterError("bad"), ExitCode.USAGE),
        (ConfigurationError("no key"), ExitCode.USAGE),
        (BudgetExceededError(operation_id="op", estimate=9, remaining=1, budget=5), 3),
        (OutcomeUnknownError(operation_id="op"), 4),
        (InsufficientBalanceError(status_code=402, code="INSUFFICIENT_BALANCE"), 1),
        (RateLimitError(status_code=429, code="RATE_LIMITED"), 1),
        (APIConnectionError("refused"), 1),
        (TaskFailedError(task_id="t", operation_id="op", status="refunded", error_message="x"), 1),
        (TaskTimeoutError(task_id="t", operation_id="op", timeout=5.0), 1),
    ],
)
def test_exit_codes(error: TrenzError, code: int) -> None:
    """Usage 2, budget 3, unknown outcome 4, every other failure 1."""
    assert exit_code(error) == code


def test_api_error_line_carries_the_request_id() -> None:
    """An API error is one line with status, code, message and request id."""
    error = InsufficientBalanceError(
        status_code=402, code="INSUFFICIENT_BALANCE", message="short\nof coins", request_id="req_1"
    )
    assert one_line(error) == "402 INSUFFICIENT_BALANCE: short of coins (request_id=req_1)"


def test_unknown_outcome_line_speaks_shell() -> None:
    """An unknown outcome names its ids and points at `trenz tasks unconfirmed`, not Python."""
    error = OutcomeUnknownError(
        operation_id="trenz-ai-sora2-generate", submission_id="sub_9", estimate=400
    )
    line = one_line(error)
    assert "submission_id=sub_9" in line
    assert "estimate=400" in line
    assert "trenz tasks unconfirmed" in line
    assert "client." not in line


def test_task_timeout_line_says_how_to_resume() -> None:
    """A wait that timed out says the job goes on and how to wait again."""
    line = one_line(TaskTimeoutError(task_id="task_7", operation_id="op", timeout=30.0))
    assert line.endswith("`trenz tasks wait task_7`")

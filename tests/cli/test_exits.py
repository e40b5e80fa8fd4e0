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
    PaginationLimitError,
    RateLimitError,
    TaskFailedError,
    TaskTimeoutError,
    TrenzError,
)
from trenz_async._cli._exits import ExitCode, exit_code, one_line

from ..unit.helpers import keyed_job, operations_where

JOB, _ = keyed_job()
LIST = operations_where(lambda info: info.pagination is not None)[0]


def page_limit() -> PaginationLimitError:
    """A pager stopped after 2 pages of `LIST` at a limit of 2 1/2 pages' cost."""
    cost = LIST.coin_cost
    return PaginationLimitError(
        operation_id=LIST.operation_id,
        coins_spent=2 * cost,
        pages_fetched=2,
        estimate=cost,
        limit=2 * cost + cost // 2,
        default_limit=True,
    )


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InvalidParameterError("bad"), ExitCode.USAGE),
        (ConfigurationError("no key"), ExitCode.USAGE),
        (BudgetExceededError(operation_id="op", estimate=9, remaining=1, budget=5), 3),
        (OutcomeUnknownError(operation_id="op"), 4),
        (page_limit(), 3),
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
        operation_id=JOB.operation_id, submission_id="sub_9", estimate=JOB.coin_cost
    )
    line = one_line(error)
    assert "submission_id=sub_9" in line
    assert f"estimate={JOB.coin_cost}" in line
    assert "trenz tasks unconfirmed" in line
    assert "client." not in line


def test_task_timeout_line_says_how_to_resume() -> None:
    """A wait that timed out says the job goes on and how to wait again."""
    line = one_line(TaskTimeoutError(task_id="task_7", operation_id="op", timeout=30.0))
    assert line.endswith("`trenz tasks wait task_7`")


def test_page_limit_line_speaks_shell() -> None:
    """A listing stopped at its coin limit names the accessor, what it spent and the options
    that go further, not Python's keywords."""
    error = page_limit()
    line = one_line(error)
    assert line.startswith(f"stopped paging {LIST.accessor} after 2 pages and ")
    assert f"the {error.limit}-coin limit of --all-pages" in line
    assert "--max-coins N" in line
    assert "--max-pages N" in line
    assert "max_coins=" not in line


def test_a_servers_message_is_one_escaped_line() -> None:
    """A message with newlines and control sequences prints as one inert line."""
    error = InsufficientBalanceError(
        status_code=402, code="INSUFFICIENT_BALANCE", message="no\x1b]0;title\x07\r\ncoins"
    )
    assert one_line(error) == "402 INSUFFICIENT_BALANCE: no\\x1b]0;title\\x07 coins"

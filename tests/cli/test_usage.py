"""`trenz balance` and `trenz usage`: the balance as last reported, and a journal's coins."""

from __future__ import annotations

from pathlib import Path

from ..unit.helpers import detail_read, keyed_job
from .conftest import Trenz
from .helpers import Served
from .picks import option, required_args

JOB, INPUT = keyed_job()  # a paid job per input (a video analysis per video id)
DETAIL = detail_read()  # a paid GET of one record


def test_balance_is_what_the_last_response_reported(trenz: Trenz, served: Served) -> None:
    """`balance` shows the balance the last call's response reported, without a request."""
    call = trenz("call", DETAIL.accessor, *required_args(DETAIL), "--base-url", served.base_url)
    assert call.code == 0, call.stderr
    reported = call.json()["usage"]["remaining_balance"]
    before = len(served.fake.requests)
    result = trenz("balance", "--base-url", served.base_url)
    assert result.code == 0, result.stderr
    assert result.json()["remaining_balance"] == reported
    assert result.json()["base_url"] == served.base_url
    assert len(served.fake.requests) == before


def test_balance_is_kept_per_key_and_base_url(trenz_here: Trenz, served: Served) -> None:
    """Before any call with this key at this URL the balance is unknown (null), not another's."""
    call = trenz_here(
        "call", DETAIL.accessor, *required_args(DETAIL), "--base-url", served.base_url
    )
    assert call.code == 0, call.stderr
    same = trenz_here("balance", "--base-url", served.base_url)
    assert same.json()["remaining_balance"] == call.json()["usage"]["remaining_balance"]
    other_key = trenz_here("balance", "--base-url", served.base_url, TRENZ_API_KEY="sk_test_b")
    other_url = trenz_here("balance", "--base-url", "http://127.0.0.1:9")
    assert other_key.json()["remaining_balance"] is None
    assert other_url.json()["remaining_balance"] is None
    table = trenz_here("balance", "--table", "--base-url", "http://127.0.0.1:9")
    assert "unknown: no call has reported it yet" in table.stdout


def test_usage_adds_the_coins_a_journal_holds(
    trenz: Trenz, trenz_here: Trenz, served: Served, tmp_path: Path
) -> None:
    """`usage --journal` counts the pending jobs and the coins their estimates hold."""
    journal = tmp_path / "jobs.jsonl"
    submitted = trenz(
        "call", JOB.accessor, option(INPUT), "11",
        "--journal", str(journal), "--base-url", served.base_url,
    )  # fmt: skip
    assert submitted.code == 0, submitted.stderr
    result = trenz_here("usage", "--journal", str(journal), "--base-url", served.base_url)
    assert result.code == 0, result.stderr
    report = result.json()
    assert report["remaining_balance"] is not None
    assert report["journal"] == {
        "path": str(journal),
        "pending_jobs": 1,
        "coins_held": JOB.coin_cost,
        "unconfirmed_submissions": 0,
        "coins_uncertain": 0,
    }

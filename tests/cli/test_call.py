"""`trenz call` and `trenz estimate` in a subprocess against the fake over a loopback port."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from trenz_async.testing import FaultKind

from ..unit.helpers import detail_read, keyed_job, path_param
from .conftest import Trenz
from .helpers import Served
from .picks import (
    body_list,
    cli_args,
    default_estimate,
    option,
    paging,
    priced_call,
    priced_job,
    region,
    required_args,
    search,
    size_param,
)

SEARCH = search()  # a paged GET search routed by a required region (products by country)
REGION, SIZE = region(SEARCH), size_param(SEARCH)
ITEMS = paging(SEARCH).items_field
JOB, INPUT = keyed_job()  # a paid job per input (a video analysis per video id)
PRICED_JOB = priced_job()
BODY_LIST, ARRAY = body_list()  # a POST list with an array in its body
DETAIL = detail_read()  # a GET of one record by a path parameter


def in_region(*extra: str, value: Any = None) -> list[str]:
    """The search's options: its required parameters, the region `value` if given."""
    if value is None:
        return [*required_args(SEARCH), *extra]
    return [*required_args(SEARCH, **{REGION.python_name: value}), *extra]


def test_get_operation_prints_the_envelope_as_json(trenz: Trenz, served: Served) -> None:
    """A GET call prints the whole envelope as JSON when stdout is not a terminal."""
    before = served.requests_to(SEARCH.operation_id)
    result = trenz(
        "call", SEARCH.accessor, *in_region(option(SIZE), "3"), "--base-url", served.base_url
    )
    assert result.code == 0, result.stderr
    envelope = result.json()
    assert len(envelope["data"][ITEMS]) == 3
    assert envelope["usage"]["coin_cost"] == SEARCH.coin_cost
    assert envelope["request_id"] == served.fake.requests[-1].request_id
    assert served.requests_to(SEARCH.operation_id) == before + 1


def test_operation_id_and_spec_names_are_accepted(trenz: Trenz, served: Served) -> None:
    """The operationId names the operation and a parameter's spec spelling works as an option."""
    assert option(SIZE) != f"--{SIZE.name}"
    result = trenz(
        "call", SEARCH.operation_id, *in_region(f"--{SIZE.name}", "2"),
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert len(result.json()["data"][ITEMS]) == 2


def test_body_post_sends_typed_fields(trenz: Trenz, served: Served) -> None:
    """A body POST sends its fields typed from the spec: an array given as JSON, an integer."""
    before = served.requests_to(BODY_LIST.operation_id)
    result = trenz(
        "call", BODY_LIST.accessor, option(ARRAY), '["sample"]', option(size_param(BODY_LIST)),
        "5", "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert result.json()["data"][paging(BODY_LIST).items_field]
    record = served.fake.requests[-1]
    assert (record.method, record.operation_id, record.status) == (
        "POST",
        BODY_LIST.operation_id,
        200,
    )
    assert served.requests_to(BODY_LIST.operation_id) == before + 1


def test_async_job_without_wait_prints_its_task(trenz: Trenz, served: Served) -> None:
    """An async job's call prints the task id and status without waiting for it."""
    result = trenz("call", JOB.accessor, option(INPUT), "7301", "--base-url", served.base_url)
    assert result.code == 0, result.stderr
    task = result.json()
    assert task["task_id"]
    assert task["operation_id"] == JOB.operation_id
    assert task["estimated_coins"] == JOB.coin_cost


def test_async_job_with_wait_prints_its_result_and_progress(trenz: Trenz, served: Served) -> None:
    """`--wait` polls the job to the end, shows progress on stderr and prints the result."""
    result = trenz(
        "call", JOB.accessor, option(INPUT), "7302", "--wait", "--base-url", served.base_url
    )
    assert result.code == 0, result.stderr
    done = result.json()
    assert done["status"] == "completed"
    assert done["result"]
    assert f"submitted task {done['task_id']}" in result.stderr
    assert "1/1" in result.stderr  # the progress display reached the end


def test_all_pages_prints_every_item_as_json_lines(trenz: Trenz, served: Served) -> None:
    """`--all-pages` follows the pages to the end: one JSON line per item, as many as the total."""
    region_value = REGION.enum[-1] if REGION.enum else None
    first = trenz(
        "call", SEARCH.accessor, *in_region(value=region_value), "--base-url", served.base_url
    )
    data = first.json()["data"]
    total_field = paging(SEARCH).total_field
    assert total_field is not None
    total, per_page = data[total_field], len(data[ITEMS])
    before = served.requests_to(SEARCH.operation_id)
    result = trenz(
        "call", SEARCH.accessor, *in_region("--all-pages", value=region_value),
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    items = result.json_lines()
    assert len(items) == total
    assert len({json_key(item) for item in items}) == total
    assert served.requests_to(SEARCH.operation_id) - before == math.ceil(total / per_page)


def json_key(item: dict[str, Any]) -> str:
    """An item as comparable text (items differ, whatever their fields)."""
    return repr(sorted(item.items()))


def test_max_items_stops_early(trenz: Trenz, served: Served) -> None:
    """`--max-items N` (implying --all-pages) prints N items and fetches no page past them."""
    before = served.requests_to(SEARCH.operation_id)
    result = trenz(
        "call", SEARCH.accessor, *in_region(option(SIZE), "4", "--max-items", "6"),
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert len(result.json_lines()) == 6
    assert served.requests_to(SEARCH.operation_id) - before == 2


def test_bad_enum_value_is_a_usage_error_and_sends_nothing(trenz: Trenz, served: Served) -> None:
    """A value outside the spec's enum exits 2 naming the allowed values; nothing is sent."""
    assert REGION.enum is not None
    before = len(served.fake.requests)
    result = trenz(
        "call", SEARCH.accessor, *in_region(value="not-a-value"), "--base-url", served.base_url
    )
    assert result.code == 2
    assert "'not-a-value' is not one of" in result.stderr
    assert f"'{REGION.enum[0]}'" in result.stderr
    assert result.stdout == ""
    assert len(served.fake.requests) == before


def test_sdk_validation_failure_is_a_usage_error_and_sends_nothing(
    trenz_here: Trenz, served: Served
) -> None:
    """Rules only the SDK checks (bounds, path safety) exit 2 with its message; nothing is sent."""
    assert SIZE.maximum is not None
    before = len(served.fake.requests)
    too_big = trenz_here(
        "call", SEARCH.accessor, *in_region(option(SIZE), str(int(SIZE.maximum) + 1)),
        "--base-url", served.base_url,
    )  # fmt: skip
    unsafe = trenz_here(
        "call", DETAIL.accessor, *required_args(DETAIL, **{path_param(DETAIL).python_name: "../admin"}),
        "--base-url", served.base_url,
    )  # fmt: skip
    assert too_big.code == 2
    assert f"'{SIZE.python_name}' must be <= {SIZE.maximum:g}" in too_big.stderr
    assert unsafe.code == 2
    assert "would change the request path" in unsafe.stderr
    assert len(served.fake.requests) == before


def test_missing_required_parameter_and_bad_json_are_usage_errors(
    trenz_here: Trenz, served: Served
) -> None:
    """A missing required parameter and an array that is not JSON both exit 2, nothing sent."""
    before = len(served.fake.requests)
    missing = trenz_here("call", SEARCH.accessor, "--base-url", served.base_url)
    not_json = trenz_here(
        "call", BODY_LIST.accessor, option(ARRAY), "not-json", "--base-url", served.base_url
    )
    assert missing.code == 2
    assert f"requires parameter {REGION.python_name!r}" in missing.stderr
    assert not_json.code == 2
    assert "is not valid JSON" in not_json.stderr
    assert len(served.fake.requests) == before


def test_unknown_operation_suggests_close_names(trenz_here: Trenz) -> None:
    """An unknown operation exits 2 and suggests the accessor meant."""
    typo = SEARCH.accessor[:-1]
    result = trenz_here("call", typo)
    assert result.code == 2
    assert SEARCH.accessor in result.stderr


def test_budget_refusal_exits_3_and_sends_nothing(trenz: Trenz, served: Served) -> None:
    """A call estimated above --max-coins exits 3 with one error line; nothing is sent."""
    before = len(served.fake.requests)
    budget = default_estimate(PRICED_JOB) - 1
    result = trenz(
        "call", PRICED_JOB.accessor, *required_args(PRICED_JOB), "--max-coins", str(budget),
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: ")
    assert "nothing was sent" in lines[0]
    assert len(served.fake.requests) == before


def test_api_error_exits_1_with_the_request_id_and_never_the_key(
    trenz: Trenz, served: Served
) -> None:
    """An API error is one line with its code and request id (exit 1); the key is never shown."""
    key = "sk_live_do_not_print_me"
    result = trenz(
        "call", SEARCH.accessor, *in_region(), "--base-url", served.base_url, TRENZ_API_KEY=key
    )
    assert result.code == 1
    request_id = served.fake.requests[-1].request_id
    assert result.stderr.splitlines() == [
        f"Error: 401 AUTH_INVALID_KEY: Invalid API key (request_id={request_id})"
    ]
    assert key not in result.stdout + result.stderr


def test_unknown_outcome_exits_4(trenz: Trenz, served: Served, tmp_path: Path) -> None:
    """A job submission whose answer is lost exits 4 and is left unconfirmed in the journal."""
    served.fake.faults.schedule(FaultKind.DROP_AFTER, operation_id=JOB.operation_id)
    journal = tmp_path / "jobs.jsonl"
    result = trenz(
        "call", JOB.accessor, option(INPUT), "7399", "--journal", str(journal),
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 4, result.stderr
    assert f"outcome of {JOB.operation_id} is unknown" in result.stderr
    unconfirmed = trenz("tasks", "unconfirmed", "--journal", str(journal))
    assert [item["operation_id"] for item in unconfirmed.json()] == [JOB.operation_id]


def test_missing_key_is_a_usage_error(trenz_here: Trenz, served: Served) -> None:
    """Without TRENZ_API_KEY a call exits 2 saying which variable to set."""
    result = trenz_here(
        "call", SEARCH.accessor, *in_region(), "--base-url", served.base_url, TRENZ_API_KEY=""
    )
    assert result.code == 2
    assert "set TRENZ_API_KEY" in result.stderr


def test_estimate_prices_a_call_without_sending_it(trenz_here: Trenz, served: Served) -> None:
    """`estimate` applies the per-unit price formula and sends nothing, key or no key."""
    before = len(served.fake.requests)
    values, coins = priced_call(PRICED_JOB)
    result = trenz_here(
        "estimate", PRICED_JOB.accessor, *cli_args(PRICED_JOB, values), TRENZ_API_KEY=""
    )
    assert result.code == 0, result.stderr
    assert result.json()["estimated_coins"] == coins
    assert len(served.fake.requests) == before

"""`trenz call` and `trenz estimate` in a subprocess against the fake over a loopback port."""

from __future__ import annotations

from pathlib import Path

from trenz_async import OPERATIONS
from trenz_async.testing import FaultKind

from .conftest import Trenz
from .helpers import Served

SEARCH = "trenz-products-search"
JOB = "trenz-video-content-analysis"
PRICED_JOB = "trenz-ai-sd-pro-generate"


def test_get_operation_prints_the_envelope_as_json(trenz: Trenz, served: Served) -> None:
    """A GET call prints the whole envelope as JSON when stdout is not a terminal."""
    before = served.requests_to(SEARCH)
    result = trenz(
        "call", "products.search", "--country", "us", "--page-size", "3",
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    envelope = result.json()
    assert len(envelope["data"]["items"]) == 3
    assert envelope["usage"]["coin_cost"] == OPERATIONS[SEARCH].coin_cost
    assert envelope["request_id"] == served.fake.requests[-1].request_id
    assert served.requests_to(SEARCH) == before + 1


def test_operation_id_and_spec_names_are_accepted(trenz: Trenz, served: Served) -> None:
    """The operationId names the operation and a parameter's spec spelling works as an option."""
    result = trenz(
        "call", SEARCH, "--country", "us", "--page_size", "2", "--base-url", served.base_url
    )
    assert result.code == 0, result.stderr
    assert result.json()["page_size"] == 2


def test_body_post_sends_typed_fields(trenz: Trenz, served: Served) -> None:
    """A body POST sends its fields typed from the spec: an array given as JSON, an integer."""
    before = served.requests_to("trenz-ads-account-list")
    result = trenz(
        "call", "ad_accounts.list", "--platforms", '["tiktok-advertiser"]', "--page-size", "5",
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert result.json()["data"]["accounts"]
    record = served.fake.requests[-1]
    assert (record.method, record.operation_id, record.status) == (
        "POST",
        "trenz-ads-account-list",
        200,
    )
    assert served.requests_to("trenz-ads-account-list") == before + 1


def test_async_job_without_wait_prints_its_task(trenz: Trenz, served: Served) -> None:
    """An async job's call prints the task id and status without waiting for it."""
    result = trenz(
        "call", "ai_analysis.video_content_analysis", "--video-id", "7301",
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    task = result.json()
    assert task["task_id"].startswith("task_")
    assert task["operation_id"] == JOB
    assert task["estimated_coins"] == OPERATIONS[JOB].coin_cost


def test_async_job_with_wait_prints_its_result_and_progress(trenz: Trenz, served: Served) -> None:
    """`--wait` polls the job to the end, shows progress on stderr and prints the result."""
    result = trenz(
        "call", "ai_analysis.video_content_analysis", "--video-id", "7302", "--wait",
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    done = result.json()
    assert done["status"] == "completed"
    assert done["result"]["summary"]
    assert f"submitted task {done['task_id']}" in result.stderr
    assert "1/1" in result.stderr  # the progress display reached the end


def test_all_pages_prints_every_item_as_json_lines(trenz: Trenz, served: Served) -> None:
    """`--all-pages` follows the pages to the end: one JSON line per item, as many as the total."""
    first = trenz("call", "products.search", "--country", "gb", "--base-url", served.base_url)
    total = first.json()["data"]["total_count"]
    page_size = first.json()["page_size"]
    before = served.requests_to(SEARCH)
    result = trenz(
        "call", "products.search", "--country", "gb", "--all-pages", "--base-url", served.base_url
    )
    assert result.code == 0, result.stderr
    items = result.json_lines()
    assert len(items) == total
    assert len({item["product_id"] for item in items}) == total
    assert served.requests_to(SEARCH) - before == -(-total // page_size)


def test_max_items_stops_early(trenz: Trenz, served: Served) -> None:
    """`--max-items N` (implying --all-pages) prints N items and fetches no page past them."""
    before = served.requests_to(SEARCH)
    result = trenz(
        "call", "products.search", "--country", "de", "--page-size", "4", "--max-items", "6",
        "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert len(result.json_lines()) == 6
    assert served.requests_to(SEARCH) - before == 2


def test_bad_enum_value_is_a_usage_error_and_sends_nothing(trenz: Trenz, served: Served) -> None:
    """A value outside the spec's enum exits 2 naming the allowed values; nothing is sent."""
    before = len(served.fake.requests)
    result = trenz("call", "products.search", "--country", "xx", "--base-url", served.base_url)
    assert result.code == 2
    assert "'xx' is not one of" in result.stderr
    assert "'us'" in result.stderr
    assert result.stdout == ""
    assert len(served.fake.requests) == before


def test_sdk_validation_failure_is_a_usage_error_and_sends_nothing(
    trenz_here: Trenz, served: Served
) -> None:
    """Rules only the SDK checks (bounds, path safety) exit 2 with its message; nothing is sent."""
    before = len(served.fake.requests)
    too_big = trenz_here(
        "call", "products.search", "--country", "us", "--page-size", "500",
        "--base-url", served.base_url,
    )  # fmt: skip
    unsafe = trenz_here(
        "call", "ads.creative_detail", "--country", "us", "--id", "../admin",
        "--base-url", served.base_url,
    )  # fmt: skip
    assert too_big.code == 2
    assert "'page_size' must be <= 20" in too_big.stderr
    assert unsafe.code == 2
    assert "would change the request path" in unsafe.stderr
    assert len(served.fake.requests) == before


def test_missing_required_parameter_and_bad_json_are_usage_errors(
    trenz_here: Trenz, served: Served
) -> None:
    """A missing required parameter and an array that is not JSON both exit 2, nothing sent."""
    before = len(served.fake.requests)
    missing = trenz_here("call", "products.search", "--base-url", served.base_url)
    not_json = trenz_here(
        "call", "ad_accounts.list", "--platforms", "tiktok", "--base-url", served.base_url
    )
    assert missing.code == 2
    assert "requires parameter 'country'" in missing.stderr
    assert not_json.code == 2
    assert "is not valid JSON" in not_json.stderr
    assert len(served.fake.requests) == before


def test_unknown_operation_suggests_close_names(trenz_here: Trenz) -> None:
    """An unknown operation exits 2 and suggests the accessor meant."""
    result = trenz_here("call", "products.serch")
    assert result.code == 2
    assert "products.search" in result.stderr


def test_budget_refusal_exits_3_and_sends_nothing(trenz: Trenz, served: Served) -> None:
    """A call estimated above --max-coins exits 3 with one error line; nothing is sent."""
    before = len(served.fake.requests)
    result = trenz(
        "call", "ai_video.sd_pro_generate", "--prompt", "a lamp", "--max-coins", "100",
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
        "call", "products.search", "--country", "us", "--base-url", served.base_url,
        TRENZ_API_KEY=key,
    )  # fmt: skip
    assert result.code == 1
    request_id = served.fake.requests[-1].request_id
    assert result.stderr.splitlines() == [
        f"Error: 401 AUTH_INVALID_KEY: Invalid API key (request_id={request_id})"
    ]
    assert key not in result.stdout + result.stderr


def test_unknown_outcome_exits_4(trenz: Trenz, served: Served, tmp_path: Path) -> None:
    """A job submission whose answer is lost exits 4 and is left unconfirmed in the journal."""
    served.fake.faults.schedule(FaultKind.DROP_AFTER, operation_id=JOB)
    journal = tmp_path / "jobs.jsonl"
    result = trenz(
        "call", "ai_analysis.video_content_analysis", "--video-id", "7399",
        "--journal", str(journal), "--base-url", served.base_url,
    )  # fmt: skip
    assert result.code == 4, result.stderr
    assert "outcome of trenz-video-content-analysis is unknown" in result.stderr
    unconfirmed = trenz("tasks", "unconfirmed", "--journal", str(journal))
    assert [item["operation_id"] for item in unconfirmed.json()] == [JOB]


def test_missing_key_is_a_usage_error(trenz_here: Trenz, served: Served) -> None:
    """Without TRENZ_API_KEY a call exits 2 saying which variable to set."""
    result = trenz_here(
        "call", "products.search", "--country", "us", "--base-url", served.base_url,
        TRENZ_API_KEY="",
    )  # fmt: skip
    assert result.code == 2
    assert "set TRENZ_API_KEY" in result.stderr


def test_estimate_prices_a_call_without_sending_it(trenz_here: Trenz, served: Served) -> None:
    """`estimate` applies the per-unit price formula and sends nothing, key or no key."""
    before = len(served.fake.requests)
    result = trenz_here(
        "estimate", "ai_video.sd_pro_generate", "--prompt", "a lamp", "--resolution", "480p",
        "--duration", "10", TRENZ_API_KEY="",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    pricing = OPERATIONS[PRICED_JOB].pricing
    assert pricing is not None
    assert result.json()["estimated_coins"] == pricing.unit_price_map["480p"] * 10
    assert len(served.fake.requests) == before

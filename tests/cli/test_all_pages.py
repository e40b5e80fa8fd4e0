"""`trenz call ... --all-pages` against a server that never ends a listing: it streams the
rows as they arrive and stops at its limits (`--max-pages`, `--max-coins`, the default)."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from trenz_async import OperationInfo
from trenz_async._call.pagination import DEFAULT_MAX_COINS

from ..unit.helpers import minimal_arguments
from .helpers import TRENZ, environment, run_trenz
from .hostile import Lines, Received, failure, hostile, success
from .picks import cheapest_list, dearest_list, paging, required_args

PER_PAGE = 3
PATIENCE = 30.0  # seconds a test waits for output that should come at once


def endless(info: OperationInfo, *, before: Callable[[int], None] = lambda page: None) -> Any:
    """A server whose every page of `info` holds new items and says more follow.

    `before(n)` runs before the n-th page (from 1) is answered; past 50 requests the server
    fails them, so a runaway client ends the test rather than hang it.
    """
    pagination = paging(info)
    served: list[Received] = []
    lock = threading.Lock()

    def answer(received: Received) -> tuple[int, bytes]:
        with lock:
            served.append(received)
            page = len(served)
        if page > 50:
            return failure(500, "INTERNAL_ERROR", "runaway client")
        before(page)
        data: dict[str, Any] = {
            pagination.items_field: [{"id": f"p{page}-{index}"} for index in range(PER_PAGE)]
        }
        if pagination.next_field:
            data[pagination.next_field] = f"next-{page}"
        if pagination.has_more_field:
            data[pagination.has_more_field] = True
        return success(info, data)

    answer.served = served  # type: ignore[attr-defined]
    return answer


def listing(info: OperationInfo, base_url: str, *extra: str) -> list[str]:
    """The command line of `trenz call INFO --all-pages` with its required parameters."""
    args = required_args(info)
    assert minimal_arguments(info) or not args
    return ["call", info.accessor, *args, "--all-pages", *extra, "--base-url", base_url]


@pytest.mark.parametrize("output", ["--json", "--table"])
def test_rows_stream_and_the_default_coin_limit_stops_the_listing(
    config_home: Path, output: str
) -> None:
    """The first page's rows are printed while the server still holds the second page
    back; the listing then stops before passing the default coin limit: exit 3, and one
    line saying how far it got and how to go on."""
    info = dearest_list()
    pages = DEFAULT_MAX_COINS // info.coin_cost
    assert pages >= 2, "the listing must span more than one page"
    released = threading.Event()

    def hold_the_second_page(page: int) -> None:
        if page == 2:
            released.wait(timeout=PATIENCE)

    answer = endless(info, before=hold_the_second_page)
    header = 1 if output == "--table" else 0
    with hostile(answer) as base_url:
        command = [TRENZ, *listing(info, base_url, output)]
        env = environment(config_home)
        with subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as process:
            assert process.stdout is not None
            assert process.stderr is not None
            lines = Lines(process.stdout)
            try:
                first = [lines.next(PATIENCE) for _ in range(header + PER_PAGE)]
                # Printed before the command could end: page 2 is not answered yet.
                assert process.poll() is None
            finally:
                released.set()
            rest = lines.rest(PATIENCE)
            errors = process.stderr.read()
            process.wait(timeout=PATIENCE)
    rows = first[header:] + rest
    assert len(rows) == pages * PER_PAGE
    assert all(f"p1-{index}" in row for index, row in enumerate(first[header:]))
    assert len(answer.served) == pages
    assert process.returncode == 3
    assert errors.splitlines() == [
        f"Error: stopped paging {info.accessor} after {pages} pages and "
        f"{pages * info.coin_cost} coins: the next page (an estimated {info.coin_cost} coins) "
        f"would pass the {DEFAULT_MAX_COINS}-coin limit of --all-pages and was not sent; "
        "raise it with --max-coins N, or bound the listing with --max-items N or --max-pages N"
    ]


def test_max_pages_stops_the_listing(config_home: Path) -> None:
    """`--max-pages N` prints N pages of rows and exits 0, fetching no page more."""
    info = cheapest_list()
    answer = endless(info)
    with hostile(answer) as base_url:
        result = run_trenz(
            *listing(info, base_url, "--max-pages", "4"), env=environment(config_home)
        )
    assert result.code == 0, result.stderr
    assert len(result.json_lines()) == 4 * PER_PAGE
    assert len(answer.served) == 4


def test_max_pages_alone_implies_all_pages(config_home: Path) -> None:
    """`--max-pages N` without `--all-pages` still follows the pages."""
    info = cheapest_list()
    answer = endless(info)
    with hostile(answer) as base_url:
        args = ["call", info.accessor, *required_args(info), "--max-pages", "2"]
        result = run_trenz(*args, "--base-url", base_url, env=environment(config_home))
    assert result.code == 0, result.stderr
    assert len(result.json_lines()) == 2 * PER_PAGE


def test_max_coins_is_the_listings_coin_limit(config_home: Path) -> None:
    """`--max-coins N` replaces the default limit: the pages that fit are printed, then exit 3."""
    info = dearest_list()
    limit = 3 * info.coin_cost + 1
    answer = endless(info)
    with hostile(answer) as base_url:
        result = run_trenz(
            *listing(info, base_url, "--max-coins", str(limit)), env=environment(config_home)
        )
    assert result.code == 3
    assert len(result.json_lines()) == 3 * PER_PAGE
    assert len(answer.served) == 3
    assert f"after 3 pages and {3 * info.coin_cost} coins" in result.stderr
    assert f"the {limit}-coin limit of --all-pages" in result.stderr


def test_max_items_bounds_the_listing_without_a_coin_limit(config_home: Path) -> None:
    """`--max-items N` bounds the listing itself: no coin limit applies, even past the
    default one."""
    info = dearest_list()
    pages = DEFAULT_MAX_COINS // info.coin_cost + 2
    answer = endless(info)
    with hostile(answer) as base_url:
        result = run_trenz(
            *listing(info, base_url, "--max-items", str(pages * PER_PAGE - 1)),
            env=environment(config_home),
        )
    assert result.code == 0, result.stderr
    assert len(result.json_lines()) == pages * PER_PAGE - 1
    assert len(answer.served) == pages

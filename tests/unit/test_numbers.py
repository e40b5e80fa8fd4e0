"""Every number a caller passes is refused when NaN, infinite, a bool, negative or a fraction
of a coin, before anything is sent; one NaN can no longer switch a budget off."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
import respx

from trenz_async import (
    BudgetExceededError,
    ConfigurationError,
    InvalidParameterError,
    OutcomeUnknownError,
    PollPolicy,
    RateLimit,
    RetryPolicy,
    TrenzClient,
)

from .helpers import API_KEY, BASE_URL, job, make_client, minimal_arguments, url_of

pytestmark = pytest.mark.anyio

JOB = job()
BAD_NUMBERS = [math.nan, math.inf, -math.inf, True, -1]
BAD_COINS = [*BAD_NUMBERS, 2.5, 10.0, "10"]


async def test_a_nan_resolution_is_refused_and_the_budget_still_refuses() -> None:
    """resolve(coins_charged=nan) raises and changes nothing; the budget keeps refusing."""
    with respx.mock() as router:
        route = router.route(method=JOB.method, url__startswith=url_of(JOB))
        route.side_effect = httpx.ReadTimeout("the answer never came")
        estimate = make_client().estimate(JOB.operation_id, **minimal_arguments(JOB))
        async with make_client(max_coins=2 * estimate) as client:
            with pytest.raises(OutcomeUnknownError) as caught:
                await client.call(JOB.operation_id, **minimal_arguments(JOB))
            submission = caught.value.submission_id
            assert submission is not None
            for bad in BAD_COINS:
                with pytest.raises(InvalidParameterError, match="coins_charged"):
                    await client.usage.resolve(submission, coins_charged=bad)
            assert client.usage.snapshot().coins_uncertain == estimate  # nothing changed
            with pytest.raises(OutcomeUnknownError):  # a second one still fits
                await client.call(JOB.operation_id, **minimal_arguments(JOB))
            with pytest.raises(BudgetExceededError):  # a third does not
                await client.call(JOB.operation_id, **minimal_arguments(JOB))
    assert route.call_count == 2


@pytest.mark.parametrize("name", ["max_coins", "low_balance_threshold"])
@pytest.mark.parametrize("bad", BAD_COINS, ids=repr)
def test_client_coin_settings_refuse_bad_numbers(name: str, bad: Any) -> None:
    """max_coins and low_balance_threshold must be whole numbers of coins >= 0."""
    with pytest.raises(ConfigurationError, match=name):
        TrenzClient(api_key=API_KEY, base_url=BASE_URL, **{name: bad})


@pytest.mark.parametrize(
    "bad", [math.nan, math.inf, 0, -1, True, httpx.Timeout(math.nan)], ids=repr
)
def test_client_timeout_refuses_bad_numbers(bad: Any) -> None:
    """A client timeout must be finite and positive (each field of an httpx.Timeout too)."""
    with pytest.raises(ConfigurationError, match="timeout"):
        TrenzClient(api_key=API_KEY, base_url=BASE_URL, timeout=bad)


@pytest.mark.parametrize("bad", [math.nan, math.inf, 0, -1, True], ids=repr)
async def test_a_per_request_timeout_refuses_bad_numbers_before_sending(bad: Any) -> None:
    """timeout= on a call is checked before anything is sent."""
    with respx.mock(assert_all_called=False) as router:
        route = router.route(method=JOB.method, url__startswith=url_of(JOB))
        async with make_client() as client:
            with pytest.raises(InvalidParameterError, match="timeout"):
                await client.call(JOB.operation_id, timeout=bad, **minimal_arguments(JOB))
    assert route.call_count == 0


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda bad: RetryPolicy(max_retries=bad), "max_retries"),
        (lambda bad: RetryPolicy(initial_backoff=bad), "initial_backoff"),
        (lambda bad: RetryPolicy(max_total_time=bad), "max_total_time"),
        (lambda bad: RetryPolicy(max_retry_after=bad), "max_retry_after"),
        (lambda bad: RetryPolicy(max_ambiguous_retry_cost=bad), "max_ambiguous_retry_cost"),
        (lambda bad: PollPolicy(initial=bad), "initial"),
        (lambda bad: PollPolicy(maximum=bad), "maximum"),
        (lambda bad: PollPolicy(max_wait=bad), "max_wait"),
        (lambda bad: PollPolicy(not_found_grace=bad), "not_found_grace"),
        (lambda bad: PollPolicy(concurrency=bad), "concurrency"),
        (lambda bad: RateLimit(requests=bad), "requests"),
        (lambda bad: RateLimit(period=bad), "period"),
    ],
)
@pytest.mark.parametrize("bad", BAD_NUMBERS, ids=repr)
def test_policies_refuse_bad_numbers(build: Any, field: str, bad: Any) -> None:
    """Policies refuse NaN, infinities, bools and negatives, naming the field."""
    with pytest.raises(ValueError, match=field):
        build(bad)


@pytest.mark.parametrize("bad", [1.5, 2.0], ids=repr)
def test_counts_must_be_ints(bad: float) -> None:
    """A count given as a float (even a whole one) is refused."""
    for build in (
        lambda: RetryPolicy(max_retries=bad),
        lambda: PollPolicy(concurrency=bad),
        lambda: RateLimit(requests=bad),
    ):
        with pytest.raises(ValueError, match="whole number"):
            build()

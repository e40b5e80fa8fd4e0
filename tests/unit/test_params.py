"""Client-side validation: bad arguments fail before anything is sent or spent."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from trenz_async import InvalidParameterError, TrenzClient

from .helpers import API_KEY, BASE_URL

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("operation", "params", "parameter"),
    [
        ("trenz-products-search", {}, "country"),
        ("trenz-products-search", {"country": "zz"}, "country"),
        ("trenz-products-search", {"country": "us", "page_size": 21}, "page_size"),
        ("trenz-products-search", {"country": "us", "page": 0}, "page"),
        ("trenz-products-search", {"country": "us", "page": True}, "page"),
        ("trenz-products-search", {"country": "us", "page": "2"}, "page"),
        ("trenz-products-search", {"country": "us", "sort": "gmv_7d"}, "sort"),
        ("trenz-products-search", {"country": "us", "max_price": float("nan")}, "max_price"),
        ("trenz-ai-sd-pro-generate", {"prompt": "cat", "duration": 3}, "duration"),
        ("trenz-ai-sd-pro-generate", {"prompt": "cat", "duration": 16}, "duration"),
        ("trenz-ai-sd-pro-generate", {"prompt": "cat", "resolution": "4k"}, "resolution"),
        ("trenz-ads-account-list", {"page_size": 101}, "page_size"),
    ],
)
async def test_invalid_arguments_send_nothing(
    operation: str, params: dict[str, Any], parameter: str
) -> None:
    """A missing, mistyped, out-of-enum or out-of-bounds value raises, naming the parameter."""
    with respx.mock(assert_all_mocked=True) as router:
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL, max_coins=1_000_000) as client:
            with pytest.raises(InvalidParameterError) as caught:
                await client.call(operation, **params)
            assert client.usage.snapshot().calls == 0
        assert not router.calls
    assert caught.value.parameter == parameter
    assert parameter in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "value",
    [
        "../etc",
        "a/b",
        "a\\b",
        "..",
        "x?y=1",
        "x#frag",
        "a%2Fb",
        "line\nbreak",
        "nul\x00",
        "",
        "tab\there",
    ],
)
async def test_path_parameters_that_change_the_path_are_refused(value: str) -> None:
    """Path values with separators, dot segments, query/fragment or control characters are refused."""
    with respx.mock(assert_all_mocked=True) as router:
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            with pytest.raises(InvalidParameterError, match="id"):
                await client.products.detail(id=value, country="us")
        assert not router.calls


async def test_ordinary_path_values_are_sent() -> None:
    """An id with letters, digits, dashes, underscores and dots goes through."""
    with respx.mock() as router:
        route = router.get(f"{BASE_URL}/open/v1/products/prod-1_2.3").respond(
            200, json={"data": {}, "request_id": "r", "usage": {"coin_cost": 5}}
        )
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            await client.products.detail(id="prod-1_2.3", country="us")
    assert route.called

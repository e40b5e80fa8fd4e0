"""The fake's routing, authentication and request validation."""

from __future__ import annotations

import httpx
import pytest

from trenz_async._operations import OPERATIONS
from trenz_async.testing import TEST_API_KEY, FakeTrenz

from .helpers import ASGI_BASE_URL, call

pytestmark = pytest.mark.anyio

SEARCH = "/open/v1/products/search"


def error_of(response: httpx.Response) -> str:
    """The Trenz error code of a response, after checking the error body's shape."""
    body = response.json()
    assert set(body) == {"code", "message", "request_id", "docs_url"}
    assert body["docs_url"] == f"https://openapi-doc.trenz.ai/errors/{body['code']}"
    return str(body["code"])


async def test_missing_key_is_401_auth_missing_key(fake: FakeTrenz) -> None:
    """A request without a key is refused with 401 AUTH_MISSING_KEY."""
    async with httpx.AsyncClient(transport=fake.transport(), base_url=ASGI_BASE_URL) as client:
        response = await client.get(SEARCH, params={"country": "us"})
    assert response.status_code == 401
    assert error_of(response) == "AUTH_MISSING_KEY"


async def test_unknown_key_is_401_auth_invalid_key(fake: FakeTrenz) -> None:
    """An unknown key is refused with 401 AUTH_INVALID_KEY."""
    async with httpx.AsyncClient(transport=fake.transport(), base_url=ASGI_BASE_URL) as client:
        response = await client.get(
            SEARCH, params={"country": "us"}, headers={"X-API-Key": "sk_live_nope"}
        )
    assert response.status_code == 401
    assert error_of(response) == "AUTH_INVALID_KEY"


async def test_revoked_key_is_401_auth_key_revoked(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """After `revoke`, the key's calls get 401 AUTH_KEY_REVOKED."""
    assert (await client.get(SEARCH, params={"country": "us"})).status_code == 200
    fake.revoke(TEST_API_KEY)
    response = await client.get(SEARCH, params={"country": "us"})
    assert response.status_code == 401
    assert error_of(response) == "AUTH_KEY_REVOKED"


async def test_suspended_key_is_401_auth_key_suspended(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """A suspended key gets 401 AUTH_KEY_SUSPENDED until reinstated."""
    fake.suspend(TEST_API_KEY)
    assert error_of(await client.get(SEARCH, params={"country": "us"})) == "AUTH_KEY_SUSPENDED"
    fake.suspend(TEST_API_KEY, suspended=False)
    assert (await client.get(SEARCH, params={"country": "us"})).status_code == 200


async def test_bearer_authorization_is_accepted(fake: FakeTrenz) -> None:
    """`Authorization: Bearer <key>` authenticates like `X-API-Key`."""
    headers = {"Authorization": f"Bearer {TEST_API_KEY}"}
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=headers
    ) as client:
        response = await client.get(SEARCH, params={"country": "us"})
    assert response.status_code == 200


async def test_key_outside_scope_is_403_forbidden_scope(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """A key limited to some scopes gets 403 FORBIDDEN_SCOPE for the others."""
    fake.set_scopes(TEST_API_KEY, {"trenz.products.read"})
    assert (await client.get(SEARCH, params={"country": "us"})).status_code == 200
    response = await client.get("/open/v1/videos/search", params={"country": "us"})
    assert response.status_code == 403
    assert error_of(response) == "FORBIDDEN_SCOPE"


async def test_unknown_route_is_404_route_not_found(client: httpx.AsyncClient) -> None:
    """An unknown path, or a known path with the wrong method, is 404 ROUTE_NOT_FOUND."""
    for response in (
        await client.get("/open/v1/nothing-here"),
        await client.post(SEARCH, json={}),
    ):
        assert response.status_code == 404
        assert error_of(response) == "ROUTE_NOT_FOUND"


async def test_literal_segment_wins_over_path_parameter(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """`/products/search` is the search operation, `/products/42` the detail one."""
    await client.get(SEARCH, params={"country": "us"})
    await client.get("/open/v1/products/42", params={"country": "us"})
    assert [r.operation_id for r in fake.requests] == [
        "trenz-products-search",
        "trenz-products-detail",
    ]


async def test_detail_answers_with_the_requested_id(client: httpx.AsyncClient) -> None:
    """A detail call answers with one record carrying the path's id."""
    response = await client.get("/open/v1/products/42", params={"country": "de"})
    data = response.json()["data"]
    assert data["total_count"] == len(data["items"]) == 1
    assert data["items"][0]["product_id"] == "42"
    assert data["items"][0]["country"] == "de"


async def test_missing_required_query_param_is_missing_param(client: httpx.AsyncClient) -> None:
    """Leaving out a required query parameter is 400 MISSING_PARAM naming it."""
    response = await client.get(SEARCH)
    assert response.status_code == 400
    assert error_of(response) == "MISSING_PARAM"
    assert "country" in response.json()["message"]


async def test_missing_required_body_field_is_missing_param(client: httpx.AsyncClient) -> None:
    """Leaving out a required body field is 400 MISSING_PARAM naming it."""
    response = await client.post("/open/v1/ai/videos/content-analysis", json={})
    assert response.status_code == 400
    assert error_of(response) == "MISSING_PARAM"
    assert "video_id" in response.json()["message"]


@pytest.mark.parametrize(
    ("operation_id", "args", "code"),
    [
        ("trenz-products-search", {"country": "zz"}, "INVALID_PARAM"),
        ("trenz-products-search", {"country": "us", "page": "two"}, "INVALID_PARAM"),
        ("trenz-products-search", {"country": "us", "page": 0}, "INVALID_PARAM"),
        ("trenz-products-search", {"country": "us", "free_shipping": "maybe"}, "INVALID_PARAM"),
        ("trenz-products-search", {"country": "us", "sort": "gmv_7d"}, "INVALID_SORT_FIELD"),
        ("trenz-products-search", {"country": "us", "page_size": 21}, "PAGE_SIZE_EXCEEDED"),
        (
            "trenz-social-comments-query",
            {"platform_account_id": 1, "platform_video_id": "v", "limit": 51},
            "PAGE_SIZE_EXCEEDED",
        ),
        ("trenz-video-content-analysis", {"video_id": 7301}, "INVALID_PARAM"),
        ("trenz-ai-sd-pro-generate", {"prompt": "a cat", "duration": 99}, "INVALID_PARAM"),
        ("trenz-ai-sd-pro-generate", {"prompt": "a cat", "resolution": "4k"}, "INVALID_PARAM"),
    ],
)
async def test_bad_values_are_400_with_the_right_code(
    client: httpx.AsyncClient, operation_id: str, args: dict[str, object], code: str
) -> None:
    """Wrong types, enums, bounds, sorts and page sizes get their own 400 codes."""
    response = await call(client, operation_id, **args)
    assert response.status_code == 400
    assert error_of(response) == code


async def test_body_that_is_not_json_is_bad_request(client: httpx.AsyncClient) -> None:
    """A body that is not a JSON object is 400 BAD_REQUEST."""
    path = OPERATIONS["trenz-video-content-analysis"].path
    for content in (b"{not json", b"[1, 2]"):
        response = await client.post(path, content=content)
        assert response.status_code == 400
        assert error_of(response) == "BAD_REQUEST"


async def test_errors_change_nothing(fake: FakeTrenz, client: httpx.AsyncClient) -> None:
    """Rejected requests charge nothing."""
    await client.get(SEARCH)
    await client.post("/open/v1/ai/videos/content-analysis", json={})
    assert fake.ledger[TEST_API_KEY].charged == 0
    assert fake.statistics().succeeded == 0


async def test_same_request_gets_same_data(client: httpx.AsyncClient) -> None:
    """Data is stable per request parameters and differs between queries."""
    first = await client.get(SEARCH, params={"country": "us", "keyword": "lamp"})
    again = await client.get(SEARCH, params={"country": "us", "keyword": "lamp"})
    other = await client.get(SEARCH, params={"country": "us", "keyword": "mug"})
    assert first.json()["data"] == again.json()["data"]
    assert first.json()["request_id"] != again.json()["request_id"]
    assert first.json()["data"] != other.json()["data"]

"""The fake's routing, authentication and request validation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import trenz_async
from trenz_async import OPERATIONS, OperationInfo, Param, ParamLocation
from trenz_async.testing import TEST_API_KEY, FakeTrenz
from trenz_async.testing._params import size_maximum
from trenz_async.testing._shapes import resource_noun

from .helpers import (
    ASGI_BASE_URL,
    call,
    call_minimal,
    job,
    minimal_args,
    operations_where,
    other_read,
    paid_read,
    pick,
    python_args,
    request_parts,
)

pytestmark = pytest.mark.anyio


async def read_call(client: httpx.AsyncClient, **headers: str) -> httpx.Response:
    """A valid call of a paid read (with extra headers, if given)."""
    method, path, kwargs = request_parts(paid_read(), minimal_args(paid_read()))
    return await client.request(method, path, headers=headers, **kwargs)


def error_of(response: httpx.Response) -> str:
    """The Trenz error code of a response, after checking the error body's shape."""
    body = response.json()
    assert set(body) == {"code", "message", "request_id", "docs_url"}
    assert body["docs_url"] == f"https://openapi-doc.trenz.ai/errors/{body['code']}"
    return str(body["code"])


async def test_missing_key_is_401_auth_missing_key(fake: FakeTrenz) -> None:
    """A request without a key is refused with 401 AUTH_MISSING_KEY."""
    async with httpx.AsyncClient(transport=fake.transport(), base_url=ASGI_BASE_URL) as client:
        response = await read_call(client)
    assert response.status_code == 401
    assert error_of(response) == "AUTH_MISSING_KEY"


async def test_unknown_key_is_401_auth_invalid_key(fake: FakeTrenz) -> None:
    """An unknown key is refused with 401 AUTH_INVALID_KEY."""
    async with httpx.AsyncClient(transport=fake.transport(), base_url=ASGI_BASE_URL) as client:
        response = await read_call(client, **{"X-API-Key": "sk_live_nope"})
    assert response.status_code == 401
    assert error_of(response) == "AUTH_INVALID_KEY"


async def test_revoked_key_is_401_auth_key_revoked(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """After `revoke`, the key's calls get 401 AUTH_KEY_REVOKED."""
    assert (await read_call(client)).status_code == 200
    fake.revoke(TEST_API_KEY)
    response = await read_call(client)
    assert response.status_code == 401
    assert error_of(response) == "AUTH_KEY_REVOKED"


async def test_suspended_key_is_401_auth_key_suspended(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """A suspended key gets 401 AUTH_KEY_SUSPENDED until reinstated."""
    fake.suspend(TEST_API_KEY)
    assert error_of(await read_call(client)) == "AUTH_KEY_SUSPENDED"
    fake.suspend(TEST_API_KEY, suspended=False)
    assert (await read_call(client)).status_code == 200


async def test_bearer_authorization_is_accepted(fake: FakeTrenz) -> None:
    """`Authorization: Bearer <key>` authenticates like `X-API-Key`."""
    headers = {"Authorization": f"Bearer {TEST_API_KEY}"}
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=headers
    ) as client:
        response = await read_call(client)
    assert response.status_code == 200


async def test_key_outside_scope_is_403_forbidden_scope(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """A key limited to some scopes gets 403 FORBIDDEN_SCOPE for the others."""
    read = paid_read()
    other = other_read(read)
    assert read.scope is not None
    fake.set_scopes(TEST_API_KEY, {read.scope})
    assert (await call_minimal(client, read)).status_code == 200
    response = await call_minimal(client, other)
    assert response.status_code == 403
    assert error_of(response) == "FORBIDDEN_SCOPE"


async def test_unknown_route_is_404_route_not_found(client: httpx.AsyncClient) -> None:
    """An unknown path, or a known path with a method it does not have, is ROUTE_NOT_FOUND."""
    read = paid_read()
    routes = {(info.method, info.path) for info in OPERATIONS.values()}
    unused = next(m for m in ("DELETE", "PATCH", "PUT", "POST") if (m, read.path) not in routes)
    for response in (
        await client.get("/open/v1/nothing-here"),
        await client.request(unused, read.path, json={}),
    ):
        assert response.status_code == 404
        assert error_of(response) == "ROUTE_NOT_FOUND"


async def test_retired_operation_is_route_not_found_for_the_sdk() -> None:
    """An operation a newer server dropped answers 404 ROUTE_NOT_FOUND: `NotFoundError`."""
    read = paid_read()
    fake = FakeTrenz(retired=[read.operation_id])
    async with trenz_async.TrenzClient(
        api_key=TEST_API_KEY, base_url=ASGI_BASE_URL, transport=fake.transport()
    ) as client:
        with pytest.raises(trenz_async.NotFoundError) as raised:
            await client.call(read.operation_id, **python_args(read))
    assert raised.value.code == "ROUTE_NOT_FOUND"
    assert raised.value.status_code == 404
    assert [record.error_code for record in fake.requests] == ["ROUTE_NOT_FOUND"]
    with pytest.raises(ValueError, match="trenz-nope"):
        FakeTrenz(retired=["trenz-nope"])


def _literal_and_parameter_routes() -> tuple[OperationInfo, OperationInfo]:
    """Two operations whose paths differ only in a literal segment vs a `{param}`."""
    for detail in OPERATIONS.values():
        head, _, last = detail.path.rpartition("/")
        if not last.startswith("{"):
            continue
        for literal in OPERATIONS.values():
            other_head, _, other_last = literal.path.rpartition("/")
            if (literal.method, other_head) == (detail.method, head) and "{" not in other_last:
                return literal, detail
    pytest.skip("the bundled spec has no literal route beside a parameter route")


async def test_literal_segment_wins_over_path_parameter(
    fake: FakeTrenz, client: httpx.AsyncClient
) -> None:
    """`/products/search` is the search operation, `/products/42` the detail one."""
    literal, detail = _literal_and_parameter_routes()
    await call_minimal(client, literal)
    await call_minimal(client, detail)
    assert [r.operation_id for r in fake.requests] == [literal.operation_id, detail.operation_id]


def _records(node: Any, key: str) -> list[dict[str, Any]]:
    """Every object under `node` that has `key`."""
    if isinstance(node, dict):
        found = [node] if key in node else []
        return found + [r for value in node.values() for r in _records(value, key)]
    if isinstance(node, list):
        return [r for value in node for r in _records(value, key)]
    return []


async def test_detail_answers_with_the_requested_id(client: httpx.AsyncClient) -> None:
    """A detail call answers with a record carrying the path's id and echoing its query."""
    for info in operations_where(lambda info: info.method == "GET" and info.path.endswith("/{id}")):
        args = minimal_args(info)
        echoed = {
            param.name: param.enum[-1]
            for param in info.params
            if param.location is ParamLocation.QUERY and param.required and param.enum
        }
        response = await call(client, info.operation_id, **{**args, "id": "42", **echoed})
        assert response.status_code == 200, response.text
        records = _records(response.json()["data"], f"{resource_noun(info)}_id")
        if records:  # the record is an open object: the fake built it
            assert records[0][f"{resource_noun(info)}_id"] == "42"
            for name, value in echoed.items():
                assert records[0][name] == value
            return
    pytest.skip("the bundled spec has no detail operation answering open records")


async def test_missing_required_query_param_is_missing_param(client: httpx.AsyncClient) -> None:
    """Leaving out a required query parameter is 400 MISSING_PARAM naming it."""
    info = pick(
        lambda info: any(p.required and p.location is ParamLocation.QUERY for p in info.params),
        "operation with a required query parameter",
    )
    missing = next(p for p in info.params if p.required and p.location is ParamLocation.QUERY)
    args = {k: v for k, v in minimal_args(info).items() if k != missing.name}
    response = await call(client, info.operation_id, **args)
    assert response.status_code == 400
    assert error_of(response) == "MISSING_PARAM"
    assert missing.name in response.json()["message"]


async def test_missing_required_body_field_is_missing_param(client: httpx.AsyncClient) -> None:
    """Leaving out a required body field is 400 MISSING_PARAM naming it."""
    info = pick(
        lambda info: any(p.required and p.location is ParamLocation.BODY for p in info.params),
        "operation with a required body field",
    )
    missing = next(p for p in info.params if p.required and p.location is ParamLocation.BODY)
    args = {k: v for k, v in minimal_args(info).items() if k != missing.name}
    response = await call(client, info.operation_id, **args)
    assert response.status_code == 400
    assert error_of(response) == "MISSING_PARAM"
    assert missing.name in response.json()["message"]


_SIZE_PARAMS = ("page_size", "limit")


def _bad_values() -> list[Any]:
    """One bad request per kind of check, on the first operation that has that kind of rule."""
    rules: list[tuple[str, Any, Any, str]] = [
        ("enum", lambda p: p.enum and p.name != "sort" and p.json_type == "string",
         lambda p: "zz-not-listed", "INVALID_PARAM"),
        ("integer given a word", lambda p: p.location is ParamLocation.QUERY and p.json_type == "integer",
         lambda p: "two", "INVALID_PARAM"),
        ("below minimum", lambda p: p.minimum is not None and p.name not in _SIZE_PARAMS,
         lambda p: int(p.minimum) - 1, "INVALID_PARAM"),
        ("above maximum", lambda p: p.maximum is not None and p.name not in _SIZE_PARAMS,
         lambda p: int(p.maximum) + 1, "INVALID_PARAM"),
        ("boolean given a word", lambda p: p.location is ParamLocation.QUERY and p.json_type == "boolean",
         lambda p: "maybe", "INVALID_PARAM"),
        ("sort without direction", lambda p: p.name == "sort" and p.enum,
         lambda p: str(p.enum[0]).split(":")[0], "INVALID_SORT_FIELD"),
        ("query page size", lambda p: p.name in _SIZE_PARAMS and p.location is ParamLocation.QUERY
         and size_maximum(p) is not None, lambda p: size_maximum(p) + 1, "PAGE_SIZE_EXCEEDED"),
        ("body page size", lambda p: p.name in _SIZE_PARAMS and p.location is ParamLocation.BODY
         and size_maximum(p) is not None, lambda p: size_maximum(p) + 1, "PAGE_SIZE_EXCEEDED"),
        ("string body field given a number", lambda p: p.location is ParamLocation.BODY
         and p.json_type == "string" and p.required and not p.enum, lambda p: 7301, "INVALID_PARAM"),
    ]  # fmt: skip
    cases = []
    for label, matches, bad, code in rules:
        found: tuple[OperationInfo, Param] | None = next(
            (
                (info, param)
                for _, info in sorted(OPERATIONS.items())
                for param in info.params
                if param.location is not ParamLocation.PATH and matches(param)
            ),
            None,
        )
        if found is not None:
            info, param = found
            args = {**minimal_args(info), param.name: bad(param)}
            cases.append(pytest.param(info.operation_id, args, code, id=label))
    return cases


@pytest.mark.parametrize(("operation_id", "args", "code"), _bad_values())
async def test_bad_values_are_400_with_the_right_code(
    client: httpx.AsyncClient, operation_id: str, args: dict[str, object], code: str
) -> None:
    """Wrong types, enums, bounds, sorts and page sizes get their own 400 codes."""
    response = await call(client, operation_id, **args)
    assert response.status_code == 400
    assert error_of(response) == code


async def test_body_that_is_not_json_is_bad_request(client: httpx.AsyncClient) -> None:
    """A body that is not a JSON object is 400 BAD_REQUEST."""
    path = job().path
    for content in (b"{not json", b"[1, 2]"):
        response = await client.post(path, content=content)
        assert response.status_code == 400
        assert error_of(response) == "BAD_REQUEST"


async def test_errors_change_nothing(fake: FakeTrenz, client: httpx.AsyncClient) -> None:
    """Rejected requests charge nothing."""
    await client.get(paid_read().path)
    await client.post(job().path, json={})
    assert fake.ledger[TEST_API_KEY].charged == 0
    assert fake.statistics().succeeded == 0


async def test_same_request_gets_same_data(client: httpx.AsyncClient) -> None:
    """Data is stable per request parameters and differs between queries."""
    read = pick(
        lambda info: (
            any(not p.required and not p.enum and p.json_type == "string" for p in info.params)
            and info.method == "GET"
            and info.pagination is not None
        ),
        "list read with a free-text parameter",
    )
    text = next(p for p in read.params if not p.required and not p.enum and p.json_type == "string")
    first = await call_minimal(client, read, **{text.name: "lamp"})
    again = await call_minimal(client, read, **{text.name: "lamp"})
    other = await call_minimal(client, read, **{text.name: "mug"})
    assert first.json()["data"] == again.json()["data"]
    assert first.json()["request_id"] != again.json()["request_id"]
    assert first.json()["data"] != other.json()["data"]


async def test_list_items_are_varied_records(client: httpx.AsyncClient) -> None:
    """A list's open records have ids, titles and sort fields, and differ from each other."""
    read = paid_read()
    paging = read.pagination
    assert paging is not None
    response = await call_minimal(client, read)
    items = response.json()["data"][paging.items_field]
    assert len(items) > 1
    noun_id = f"{resource_noun(read)}_id"
    if all(noun_id in item for item in items):  # open records, built by the fake
        assert len({item[noun_id] for item in items}) == len(items)
        assert len({item["title"] for item in items}) > 1
        sort = read.param("sort")
        for value in (sort.enum or ()) if sort is not None else ():
            assert all(str(value).split(":")[0] in item for item in items)

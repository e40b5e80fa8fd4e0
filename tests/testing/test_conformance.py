"""Every response the fake gives validates against the normalized spec's schemas."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import httpx
import pytest
from jsonschema import Draft7Validator
from referencing import Registry
from referencing.jsonschema import DRAFT7

from trenz_async import OPERATIONS, OperationInfo, PaginationStyle
from trenz_async._registry.table import TASK_STATUS as TASK_STATUS_OPERATION
from trenz_async.testing import FakeTrenz

from .helpers import ASGI_BASE_URL, AUTH, call, call_minimal, job, minimal_args, task_status_path

pytestmark = pytest.mark.anyio

SPEC_URI = "urn:trenz-spec"
TASK_STATUS = TASK_STATUS_OPERATION
SUBMISSION = next(op for op, info in sorted(OPERATIONS.items()) if info.is_async)


@cache
def spec() -> dict[str, Any]:
    """The normalized spec the SDK is generated from."""
    text = resources.files("trenz_async").joinpath("_generated", "openapi.json").read_text()
    return json.loads(text)  # type: ignore[no-any-return]


def validator(pointer: str) -> Draft7Validator:
    """A validator for the schema at a JSON pointer into the spec ($refs resolved by jsonschema)."""
    registry = Registry().with_resource(SPEC_URI, DRAFT7.create_resource(spec()))
    return Draft7Validator({"$ref": f"{SPEC_URI}#{pointer}"}, registry=registry)


def success_validator(info: OperationInfo) -> Draft7Validator:
    """A validator for the operation's 200 response body."""
    path = info.path.replace("~", "~0").replace("/", "~1")
    media = "application~1json"
    return validator(f"/paths/{path}/{info.method.lower()}/responses/200/content/{media}/schema")


def messages(schema: Draft7Validator, body: Any) -> list[str]:
    """Every validation error, as text."""
    return [f"{list(error.absolute_path)}: {error.message}" for error in schema.iter_errors(body)]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_success_response_matches_the_spec(operation_id: str) -> None:
    """With minimal valid arguments, the operation answers 200 with a body valid per the spec."""
    info = OPERATIONS[operation_id]
    fake = FakeTrenz(job_duration=0.0, seed=7)
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        args = minimal_args(info)
        if operation_id == TASK_STATUS:
            submitted = await call(client, SUBMISSION, **minimal_args(OPERATIONS[SUBMISSION]))
            job_field = OPERATIONS[SUBMISSION].job_id_field
            assert job_field is not None
            args["task_id"] = submitted.json()["data"][job_field]
        response = await call(client, operation_id, **args)
    assert response.status_code == 200, response.text
    body = response.json()
    assert messages(success_validator(info), body) == []
    assert set(body) >= {"data", "request_id", "usage"}
    if info.is_async:
        assert info.job_id_field is not None
        assert body["data"][info.job_id_field]
    if operation_id == TASK_STATUS:
        assert body["data"]["status"] == "completed"


async def test_task_states_match_the_spec() -> None:
    """Pending, completed and refunded task bodies all validate."""
    schema = success_validator(OPERATIONS[TASK_STATUS])
    for failure_ratio, duration in ((0.0, 60.0), (0.0, 0.0), (1.0, 0.0)):
        fake = FakeTrenz(job_duration=duration, job_failure_ratio=failure_ratio)
        async with httpx.AsyncClient(
            transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
        ) as client:
            submitted = await call_minimal(client, job("task_id"))
            task_id = submitted.json()["data"]["task_id"]
            response = await client.get(task_status_path(task_id))
        assert messages(schema, response.json()) == []


async def test_error_bodies_match_the_spec(client: httpx.AsyncClient) -> None:
    """Error bodies validate against the spec's `APIError` schema."""
    schema = validator("/components/schemas/APIError")
    for response in (
        await client.post(job().path, json={}),
        await client.get("/open/v1/nowhere"),
        await client.get(task_status_path("nope")),
    ):
        assert response.status_code >= 400
        assert messages(schema, response.json()) == []


LISTS = sorted(op for op, info in OPERATIONS.items() if info.pagination is not None)


@pytest.mark.parametrize("operation_id", LISTS)
async def test_later_and_past_the_end_pages_match_the_spec(
    client: httpx.AsyncClient, operation_id: str
) -> None:
    """A middle page and an empty page past the end both validate, with their list extras."""
    info = OPERATIONS[operation_id]
    paging = info.pagination
    assert paging is not None
    assert paging.size_param is not None
    schema = success_validator(info)
    args = {**minimal_args(info), paging.size_param: 3}
    first = await call(client, operation_id, **args)
    assert messages(schema, first.json()) == []
    if paging.style in (PaginationStyle.CURSOR, PaginationStyle.PAGE_TOKEN):
        assert paging.next_field is not None
        args[paging.position_param] = first.json()["data"][paging.next_field]
    else:
        args[paging.position_param] = 10_000
    later = await call(client, operation_id, **args)
    assert later.status_code == 200
    assert messages(schema, later.json()) == []
    assert "total" in later.json()

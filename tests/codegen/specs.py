"""Small in-memory specs shaped like Trenz's, for tests that must not depend on today's spec."""

from __future__ import annotations

import copy
from typing import Any

SERVER = "https://api.example.test"
KEY_HEADER = {"in": "header", "name": "X-API-Key", "required": True, "schema": {"type": "string"}}


def query(name: str, json_type: str = "string", **schema: Any) -> dict[str, Any]:
    """An optional query parameter (`required=True` in `schema` makes it required)."""
    required = bool(schema.pop("required", False))
    return {
        "in": "query",
        "name": name,
        "required": required,
        "schema": {"type": json_type, **schema},
    }


def envelope(data: dict[str, Any]) -> dict[str, Any]:
    """A 200 response answering `{data, request_id, usage}` with this `data` schema."""
    return {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["data", "request_id"],
                    "properties": {
                        "data": data,
                        "request_id": {"type": "string"},
                        "usage": {"$ref": "#/components/schemas/UsageInfo"},
                    },
                }
            }
        },
    }


def obj(**properties: Any) -> dict[str, Any]:
    """An object schema with these properties."""
    return {"type": "object", "properties": properties}


def operation(
    operation_id: str,
    *,
    tag: str = "Data/Things",
    cost: int = 1,
    billing: str = "per_call",
    scope: str | None = "trenz.things.read",
    params: list[dict[str, Any]] | None = None,
    body: dict[str, Any] | None = None,
    data: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One operation with Trenz's vendor extensions and its API-key header."""
    result: dict[str, Any] = {
        "operationId": operation_id,
        "summary": operation_id.replace("-", " ").title(),
        "tags": [tag],
        "x-coin-cost": cost,
        "x-billing-mode": billing,
        "parameters": [*(params or []), copy.deepcopy(KEY_HEADER)],
        "responses": {"200": envelope(data if data is not None else obj(id={"type": "string"}))},
    }
    if scope is not None:
        result["x-scope"] = scope
    if body is not None:
        result["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": body}},
        }
    return result


def task_status() -> dict[str, Any]:
    """The free task-status operation the hand-written core polls."""
    data = obj(
        task_id={"type": "string"},
        status={"type": "string", "enum": ["pending", "running", "completed", "refunded"]},
        result={"type": "object"},
        error_message={"type": "string"},
    )
    data["required"] = ["task_id", "status"]
    status = operation("task-status", tag="Async Tasks", cost=0, billing="free", scope=None)
    status["parameters"] = [
        {"in": "path", "name": "task_id", "required": True, "schema": {"type": "string"}},
        copy.deepcopy(KEY_HEADER),
    ]
    status["responses"]["200"] = envelope(data)
    del status["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["usage"]
    return status


def things_search() -> dict[str, Any]:
    """A page/page_size search with a sort enum, a country enum and a list of open items."""
    return operation(
        "trenz-things-search",
        cost=5,
        params=[
            query("country", enum=["us", "de"], required=True),
            query("keyword"),
            query("page", "integer", default=1, minimum=1),
            query("page_size", "integer", default=20, maximum=20),
            query("sort", enum=["price", "rating"], default="price:desc"),
        ],
        data=obj(
            items={"type": "array", "items": {"type": "object"}},
            total_count={"type": "integer"},
        ),
    )


def thing_render() -> dict[str, Any]:
    """An async job answering `data.task_id`, with a body."""
    return operation(
        "trenz-things-render",
        tag="Content/Things",
        cost=100,
        billing="async_on_complete",
        scope="trenz.ai.write",
        body=obj(prompt={"type": "string"}, style={"type": "string", "enum": ["flat", "3d"]})
        | {"required": ["prompt"]},
        data=obj(task_id={"type": "string"}),
    )


def minimal_spec() -> dict[str, Any]:
    """A valid spec with the shapes the hand-written core relies on and three operations."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Trenz test", "version": "1.0.0"},
        "servers": [{"url": SERVER}],
        "security": [{"ApiKeyAuth": []}],
        "paths": {
            "/open/v1/tasks/{task_id}": {"get": task_status()},
            "/open/v1/things/search": {"get": things_search()},
            "/open/v1/things/render": {"post": thing_render()},
        },
        "components": {
            "securitySchemes": {
                "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-Key"}
            },
            "schemas": {
                "UsageInfo": obj(
                    coin_cost={"type": "integer"}, remaining_balance={"type": "integer"}
                ),
                "APIError": obj(
                    code={"type": "string"},
                    message={"type": "string"},
                    request_id={"type": "string"},
                    docs_url={"type": "string"},
                ),
                "APIResponse": obj(
                    data={"type": "object"},
                    request_id={"type": "string"},
                    usage={"$ref": "#/components/schemas/UsageInfo"},
                ),
            },
        },
    }

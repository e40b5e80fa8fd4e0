"""The generated registry agrees with the spec's vendor extensions."""

from __future__ import annotations

import importlib
from typing import Any

from codegen.normalize import operations
from trenz_async import OPERATIONS, BillingMode, PaginationStyle


def _by_id(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {operation["operationId"]: operation for _, _, operation in operations(spec)}


def test_registry_has_every_operation_with_its_cost(spec: dict[str, Any]) -> None:
    """87 entries; coin_cost, billing mode, scope, method and path match the spec."""
    raw = _by_id(spec)
    assert len(OPERATIONS) == len(raw) == 87
    for operation_id, info in OPERATIONS.items():
        source = raw[operation_id]
        assert info.coin_cost == source["x-coin-cost"]
        assert info.billing_mode is BillingMode(source["x-billing-mode"])
        assert info.scope == source.get("x-scope")
        assert (
            info.pricing is None
            or info.pricing.unit_price_map == source["x-pricing"]["unit_price_map"]
        )


def test_async_jobs_name_their_id_field(spec: dict[str, Any]) -> None:
    """The 18 async jobs are flagged with the id field their spec response uses."""
    raw = _by_id(spec)
    jobs = {operation_id: info for operation_id, info in OPERATIONS.items() if info.is_async}
    assert len(jobs) == 18
    fields = {info.job_id_field for info in jobs.values()}
    assert fields == {"task_id", "job_id"}
    for operation_id, info in jobs.items():
        data = raw[operation_id]["responses"]["200"]["content"]["application/json"]["schema"][
            "properties"
        ]["data"]
        other = "job_id" if info.job_id_field == "task_id" else "task_id"
        assert info.job_id_field in data["properties"]
        assert other not in data["properties"]
    assert sum(info.job_id_field == "task_id" for info in jobs.values()) == 10


def test_all_five_pagination_styles_are_detected() -> None:
    """At least 20 operations page, across all five styles, with their field names."""
    paged = {
        operation_id: info.pagination
        for operation_id, info in OPERATIONS.items()
        if info.pagination
    }
    assert len(paged) >= 20
    assert {pagination.style for pagination in paged.values()} == set(PaginationStyle)
    products = paged["trenz-products-search"]
    assert (
        products.position_param,
        products.size_param,
        products.items_field,
        products.total_field,
    ) == (
        "page",
        "page_size",
        "items",
        "total_count",
    )
    comments = paged["trenz-social-comments-query"]
    assert (comments.style, comments.next_field, comments.has_more_field) == (
        PaginationStyle.CURSOR,
        "next_cursor",
        "has_more",
    )
    shop = paged["trenz-social-tiktok-shop-products"]
    assert (shop.style, shop.next_field) == (PaginationStyle.PAGE_TOKEN, "next_page_token")
    assert paged["trenz-ads-account-list"].total_field == "page_info.total_number"
    assert paged["trenz-ai-image-search"].style is PaginationStyle.OFFSET_LIMIT
    assert paged["trenz-social-videos-list"].style is PaginationStyle.PAGE_LIMIT


def test_registry_references_importable_generated_code() -> None:
    """Every endpoint module and model reference resolves."""
    for info in OPERATIONS.values():
        module = importlib.import_module(info.module)
        assert callable(module.asyncio_detailed)
        for reference in filter(None, (info.body_model, info.response_model)):
            module_name, _, class_name = reference.partition(":")
            assert hasattr(importlib.import_module(module_name), class_name)


def test_unknown_task_status_parses() -> None:
    """The generated task-status model accepts a status it has never heard of."""
    info = OPERATIONS["task-status"]
    module_name, _, class_name = info.response_model.partition(":")
    model = getattr(importlib.import_module(module_name), class_name)
    parsed = model.from_dict(
        {"data": {"task_id": "t1", "status": "queued_for_gpu"}, "request_id": "r"}
    )
    assert parsed.data.status == "queued_for_gpu"


def test_registry_is_read_only() -> None:
    """OPERATIONS cannot be modified by callers."""
    try:
        OPERATIONS["x"] = OPERATIONS["task-status"]  # type: ignore[index]
    except TypeError:
        return
    raise AssertionError("OPERATIONS accepted an assignment")

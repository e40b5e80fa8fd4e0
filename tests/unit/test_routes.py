"""Which operation a raw request belongs to."""

from __future__ import annotations

from trenz_async import OPERATIONS
from trenz_async._routes import RouteTable, default_routes


def test_literal_segments_win_over_parameters() -> None:
    """`/products/search` is the search, `/products/p1` the detail."""
    routes = default_routes()
    assert routes.match("GET", "/open/v1/products/search").operation_id == "trenz-products-search"  # type: ignore[union-attr]
    assert routes.match("get", "/open/v1/products/p1").operation_id == "trenz-products-detail"  # type: ignore[union-attr]


def test_every_registered_path_matches_its_operation() -> None:
    """Each operation's own path, with sample path values, routes back to it."""
    routes = RouteTable(OPERATIONS)
    for operation_id, info in OPERATIONS.items():
        path = info.path.replace("{id}", "x1").replace("{task_id}", "t1")
        assert routes.match(info.method, path).operation_id == operation_id  # type: ignore[union-attr]


def test_unknown_requests_match_nothing() -> None:
    """A path or method the spec lacks gives None."""
    routes = default_routes()
    assert routes.match("GET", "/open/v1/nothing") is None
    assert routes.match("DELETE", "/open/v1/products/search") is None
    assert routes.match("GET", "/open/v1/products/a/b") is None

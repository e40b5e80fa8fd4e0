"""The generated facade: per-request options, pagers, `with_raw_response` twins, names."""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
import respx

from codegen import facade, models, naming, registry
from codegen.normalize import NormalizeError, normalize
from trenz_async import (
    OPERATIONS,
    OperationInfo,
    PaginationStyle,
    RawResponse,
    Task,
    TrenzClient,
)
from trenz_async._call.options import RequestOptions
from trenz_async._call.pagination import AsyncPager, operation_of

from ..unit.helpers import BASE_URL, envelope, make_client, minimal_arguments
from . import specs
from .conftest import REPO

pytestmark = pytest.mark.anyio

ALL = sorted(OPERATIONS.values(), key=lambda info: info.operation_id)
PAGED = [info for info in ALL if info.pagination is not None]


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """A respx router catching every request."""
    with respx.mock(assert_all_called=False) as mocked:
        yield mocked


@pytest.fixture(scope="module")
def offline() -> TrenzClient:
    """A client that is never opened: enough to look at its methods."""
    return TrenzClient(api_key="sk_test_facade", base_url=BASE_URL)


def _methods(client: TrenzClient, info: OperationInfo) -> tuple[Any, Any]:
    resource = getattr(client, info.resource)
    return (
        getattr(resource, info.method_name),
        getattr(resource.with_raw_response, info.method_name),
    )


def _route(router: respx.MockRouter, info: OperationInfo, **answer: Any) -> respx.Route:
    return router.route(method=info.method, url__startswith=f"{BASE_URL}{info.path}").respond(
        200, **answer
    )


def _concrete(info: OperationInfo) -> OperationInfo:
    """`info` with its path parameters filled in (for routing its requests)."""
    path = info.path
    for name, value in minimal_arguments(info).items():
        param = info.param(name)
        if param is not None and param.location.value == "path":
            path = path.replace("{" + param.name + "}", str(value))
    return attrs.evolve(info, path=path)


def _pick(predicate: Any, what: str) -> OperationInfo:
    found = [info for info in ALL if predicate(info)]
    if not found:
        pytest.skip(f"the bundled spec has no {what}")
    return found[0]


def _plain_read() -> OperationInfo:
    return _pick(
        lambda info: info.method == "GET" and not info.is_async and info.pagination is None,
        "non-paginated GET",
    )


def _paged_read() -> OperationInfo:
    numbered = (PaginationStyle.PAGE_SIZE, PaginationStyle.PAGE_LIMIT)
    return _pick(
        lambda info: (
            info.method == "GET"
            and info.pagination is not None
            and info.pagination.style in numbered
        ),
        "numbered-page GET list",
    )


def _job() -> OperationInfo:
    return _pick(lambda info: info.is_async and info.pricing is None, "async job")


@functools.cache
def _item_types() -> dict[str, str]:
    """operationId -> the `module:Class` (or type) its pager yields, as codegen computed it."""
    spec = json.loads((REPO / "openapi.json").read_text())
    modules = models.read_model_modules(
        REPO / "trenz_async" / "_generated" / "models" / "__init__.py"
    )
    return facade.item_types(normalize(spec), ALL, modules, "trenz_async._generated")


def _item_class(info: OperationInfo) -> type[Any]:
    module, _, name = _item_types()[info.operation_id].partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- shapes


def test_request_option_names_are_the_runtimes() -> None:
    """The options codegen adds are exactly `RequestOptions`' fields, in order."""
    assert tuple(attrs.fields_dict(RequestOptions)) == naming.REQUEST_OPTIONS
    assert tuple(facade.OPTION_ANNOTATIONS) == naming.REQUEST_OPTIONS


@pytest.mark.parametrize("info", ALL, ids=lambda info: info.accessor)
def test_every_method_takes_its_parameters_then_the_options(
    offline: TrenzClient, info: OperationInfo
) -> None:
    """Plain and raw methods: keyword-only parameters, then the five options defaulting to None."""
    for method in _methods(offline, info):
        parameters = list(inspect.signature(method).parameters.values())
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
        names = [p.name for p in parameters]
        options = len(naming.REQUEST_OPTIONS)
        assert tuple(names[-options:]) == naming.REQUEST_OPTIONS
        assert all(p.default is None for p in parameters[-options:])
        assert set(names[:-options]) == {param.python_name for param in info.params}


@pytest.mark.parametrize("info", ALL, ids=lambda info: info.accessor)
def test_list_methods_are_pagers_and_the_rest_coroutines(
    offline: TrenzClient, info: OperationInfo
) -> None:
    """A list operation's method is a plain def (a pager); its raw twin and the rest are async."""
    plain, raw = _methods(offline, info)
    paged = info.pagination is not None and not info.is_async
    assert inspect.iscoroutinefunction(plain) is not paged
    assert inspect.iscoroutinefunction(raw)
    annotation = inspect.signature(plain).return_annotation
    if paged:
        assert annotation.startswith("AsyncPager[")
    assert inspect.signature(raw).return_annotation.startswith("RawResponse[")


@pytest.mark.parametrize("info", PAGED, ids=lambda info: info.accessor)
def test_typed_methods_name_their_operation_for_paginate(
    offline: TrenzClient, info: OperationInfo
) -> None:
    """`client.paginate(method)` finds the operation from the plain method and its raw twin."""
    for method in _methods(offline, info):
        assert operation_of(method) is info


def test_docstrings_keep_the_spec_text_and_name_the_options_once(offline: TrenzClient) -> None:
    """Summary, path and cost stay; the options are documented in one place per method."""
    for info in ALL:
        plain, _ = _methods(offline, info)
        doc = plain.__doc__ or ""
        assert f"`{info.method} {info.path}`" in doc
        assert f"{info.coin_cost} coins" in doc
        assert doc.count("extra_body") == 1, info.accessor
    search = _paged_read()
    assert "AsyncPager" in (_methods(offline, search)[0].__doc__ or "")


def test_every_resource_is_an_accessor_with_a_raw_twin(offline: TrenzClient) -> None:
    """`client.<resource>.with_raw_response` is cached, and answers for the same client."""
    for resource in {info.resource for info in ALL}:
        accessor = getattr(offline, resource)
        twin = accessor.with_raw_response
        assert twin is accessor.with_raw_response
        assert twin._runtime is offline._runtime


# --------------------------------------------------------------------------- refusals


def test_a_parameter_named_like_a_request_option_is_refused() -> None:
    """A spec parameter `timeout` (or `extra-body`) could not be passed: generation stops."""
    for name in ("timeout", "extra-body"):
        spec = specs.minimal_spec()
        spec["paths"]["/open/v1/things/search"]["get"]["parameters"].insert(
            0, specs.query(name, "integer")
        )
        with pytest.raises(NormalizeError, match=rf"trenz-things-search: parameter '{name}'"):
            registry.build(spec, normalize(spec), None, "")


def test_a_method_named_like_the_raw_accessor_is_refused() -> None:
    """An operation whose method would be `with_raw_response` stops generation."""
    spec = specs.minimal_spec()
    operation = spec["paths"]["/open/v1/things/search"]["get"]
    operation["operationId"] = "trenz-things-with-raw-response"
    with pytest.raises(NormalizeError, match="with_raw_response"):
        registry.build(spec, normalize(spec), None, "")


# --------------------------------------------------------------------------- calls


async def test_options_reach_the_request_of_a_typed_method(router: respx.MockRouter) -> None:
    """timeout, extra_headers and extra_query given to a typed method are on its request."""
    info = _concrete(_plain_read())
    route = _route(router, info, json=envelope(info))
    async with make_client() as client:
        plain, _ = _methods(client, info)
        await plain(
            **minimal_arguments(info),
            timeout=7.5,
            extra_headers={"X-Trace": "t1"},
            extra_query={"debug": "1"},
        )
        await plain(**minimal_arguments(info))
    first, second = (call.request for call in route.calls)
    assert first.headers["x-trace"] == "t1"
    assert first.url.params["debug"] == "1"
    assert first.extensions["timeout"]["read"] == 7.5
    assert "x-trace" not in second.headers
    assert "debug" not in second.url.params


async def test_a_pager_awaits_to_the_first_page_and_iterates_typed_items(
    router: respx.MockRouter,
) -> None:
    """`await method(...)` is one call; `async for` yields the item model across pages."""
    info = _paged_read()
    assert info.pagination is not None
    field = info.pagination.items_field
    pages = {1: [{"id": "a"}, {"id": "b"}], 2: [{"id": "c"}]}

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get(info.pagination.position_param, 1))  # type: ignore[union-attr]
        return httpx.Response(200, json=envelope(info, {field: pages.get(page, [])}))

    route = router.route(method="GET", url__startswith=f"{BASE_URL}{info.path}").mock(
        side_effect=answer
    )
    async with make_client() as client:
        plain, _ = _methods(client, info)
        pager = plain(**minimal_arguments(info))
        assert isinstance(pager, AsyncPager)
        assert route.call_count == 0  # nothing is sent until it is awaited or iterated
        first = await pager
        assert route.call_count == 1
        assert first.request_id == "req_1"
        items = [item async for item in plain(**minimal_arguments(info))]
        envelopes = [page async for page in plain(**minimal_arguments(info)).pages()]
    item_class = _item_class(info)
    assert [item.to_dict()["id"] for item in items] == ["a", "b", "c"]
    assert all(isinstance(item, item_class) for item in items)
    assert [type(page) for page in envelopes] == [type(first)] * 3


async def test_with_raw_response_gives_status_headers_and_what_the_method_returns(
    router: respx.MockRouter,
) -> None:
    """Raw twins answer a `RawResponse`; `parse()` is the envelope, first page, or Task."""
    headers = {"X-RateLimit-Limit": "200", "X-Request-Id": "req_1"}
    read, paged, job = _concrete(_plain_read()), _paged_read(), _concrete(_job())
    for info in (read, paged, job):
        _route(router, info, json=envelope(info), headers=headers)
    async with make_client() as client:
        for info in (read, paged):
            _, raw_method = _methods(client, info)
            raw = await raw_method(**minimal_arguments(info))
            assert isinstance(raw, RawResponse)
            assert (raw.status_code, raw.headers["x-ratelimit-limit"]) == (200, "200")
            assert raw.request_id == "req_1"
            assert raw.elapsed.total_seconds() >= 0
            assert raw.parse().usage.coin_cost == info.coin_cost
        _, raw_job = _methods(client, job)
        raw = await raw_job(**minimal_arguments(job))
        task = raw.parse()
        assert isinstance(task, Task)
        assert (task.id, task.operation_id) == ("job_1", job.operation_id)


# --------------------------------------------------------------------------- models


def test_models_export_every_type_the_facade_returns_or_takes() -> None:
    """Envelopes, list items and bodies are in `trenz_async.models`, the same classes."""
    models = importlib.import_module("trenz_async.models")
    wanted = {info.response_model for info in ALL} | {
        info.body_model for info in ALL if info.body_model
    }
    wanted |= {ref for ref in _item_types().values() if ":" in ref}
    for ref in sorted(wanted):
        module, _, name = ref.partition(":")
        assert name in models.__all__, name
        assert getattr(models, name) is getattr(importlib.import_module(module), name)
    assert models.Unset is importlib.import_module("trenz_async._generated.types").Unset
    assert models.__all__ == sorted(models.__all__)
    assert sorted(dir(models)) == sorted(models.__all__)


def test_models_leave_out_the_error_body() -> None:
    """Errors are exceptions (`trenz_async.APIError`): no model of that name is exported."""
    models = importlib.import_module("trenz_async.models")
    assert "APIError" not in models.__all__
    with pytest.raises(AttributeError, match="APIError"):
        models.APIError  # noqa: B018


def test_models_stub_declares_the_runtime_names() -> None:
    """Type checkers read `__init__.pyi`: it re-exports exactly the runtime's names."""
    package = REPO / "trenz_async" / "models"
    stub = (package / "__init__.pyi").read_text()
    declared = set(re.findall(r"import \(?\s*(\w+) as (\w+)", stub))
    models = importlib.import_module("trenz_async.models")
    assert {alias for name, alias in declared if name == alias} == set(models.__all__)


def test_importing_models_imports_no_model() -> None:
    """`import trenz_async.models` (and `trenz_async`) loads no model; a name loads its own."""
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, trenz_async, trenz_async.models as m\n"
            "loaded = lambda: sorted(n for n in sys.modules if '._generated.models.' in n)\n"
            "print(len(loaded()))\n"
            "getattr(m, m.__all__[0])\n"
            "print(len(loaded()) > 0)\n",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    assert probe.stdout.split() == ["0", "True"]


# --------------------------------------------------------------------------- envelope basics


# The call path (`trenz_async._call.answers.parse`) fills what the normalizer declares required
# before decoding: `usage` / `usage.coin_cost` missing or null -> 0, `request_id` -> "";
# an empty 200 where `empty_success` -> `{"data": {}}`. Until it does these are expected
# failures (strict: they fail loudly once it does, so the marker goes).
@pytest.mark.parametrize(
    "sent",
    [{}, {"usage": None}, {"usage": {"remaining_balance": 5}}, {"usage": {"coin_cost": None}}],
)
async def test_a_success_without_usage_still_has_int_coin_cost(
    router: respx.MockRouter, sent: dict[str, Any]
) -> None:
    """`page.usage.coin_cost` is an int (0) and `request_id` a str however usage was left out."""
    info = _concrete(_plain_read())
    _route(router, info, json={"data": envelope(info)["data"], **sent})
    async with make_client() as client:
        plain, _ = _methods(client, info)
        page = await plain(**minimal_arguments(info))
    assert (page.usage.coin_cost, page.request_id) == (0, "")


async def test_an_empty_200_is_a_success_where_the_spec_allows_it(
    router: respx.MockRouter,
) -> None:
    """An operation documented with a body-less 200 answers an envelope for an empty body."""
    info = _concrete(_pick(lambda info: info.empty_success, "operation with an empty 200"))
    _route(router, info, content=b"")
    async with make_client() as client:
        plain, _ = _methods(client, info)
        result = await plain(**minimal_arguments(info))
    assert (result.request_id, result.usage.coin_cost) == ("", 0)


def test_a_method_named_like_a_builtin_does_not_shadow_later_annotations() -> None:
    """`def list(...)` then `tags: list[Any]`: the module spells the type `builtins.list`."""
    import ast

    spec = specs.minimal_spec()
    spec["paths"]["/open/v1/things"] = {"get": specs.operation("trenz-things-list")}
    spec["paths"]["/open/v1/things/query"] = {
        "post": specs.operation("trenz-things-query", body=specs.obj(tags={"type": "array"}))
    }
    infos = [
        attrs.evolve(info, response_model="trenz_async._generated.models.m:Model")
        for info in registry.build(spec, normalize(spec), None, "trenz_async._generated")
    ]
    items = {info.operation_id: "dict[str, Any]" for info in infos if info.pagination}
    source = facade.resource_modules(infos, items)["things.py"]
    tree = ast.parse(source)
    names = [
        node.id
        for cls in tree.body
        if isinstance(cls, ast.ClassDef)
        for node in ast.walk(cls)
        if isinstance(node, ast.Name) and node.id == "list"
    ]
    assert names == []  # every `list` in the class body is `builtins.list`
    assert "tags: builtins.list[Any] | None = None," in source
    assert "    async def list(\n" in source or "    def list(\n" in source


def test_raw_twins_wrap_each_method_in_one_line() -> None:
    """A `*WithRawResponse` twin copies no signature: one wrapper line per method, nothing else."""
    by_resource: dict[str, set[str]] = {}
    for info in ALL:
        by_resource.setdefault(info.resource, set()).add(info.method_name)
    for name in OPERATIONS.aliases:  # a renamed operation's old method warns, and is wrapped
        resource, _, method = name.partition(".")
        if method:
            by_resource.setdefault(resource, set()).add(method)
    for resource, methods in by_resource.items():
        tree = ast.parse((REPO / "trenz_async" / "resources" / f"{resource}.py").read_text())
        (twin,) = (
            node
            for node in tree.body
            if isinstance(node, ast.ClassDef) and node.name == naming.raw_class_name(resource)
        )
        functions = [node for node in twin.body if isinstance(node, ast.FunctionDef)]
        assert [function.name for function in functions] == ["__init__"], resource
        wrapped = {
            statement.targets[0].attr: ast.unparse(statement.value)
            for statement in functions[0].body
            if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Attribute)
        }
        assert wrapped == {
            name: f"async_to_raw_response_wrapper(raw.{name})" for name in methods
        }, resource


def _typed_shapes() -> dict[str, Any]:
    """Every named object shape in the registry's body parameters, by TypedDict name."""
    found: dict[str, Any] = {}
    pending = [param.shape for info in ALL for param in info.params if param.shape is not None]
    while pending:
        shape = pending.pop()
        if shape.json_type == "object" and shape.name and shape.fields:
            found[shape.name] = shape
        pending += [*shape.fields.values(), *([shape.items] if shape.items else [])]
    return found


def test_nested_body_objects_are_typed_dicts_in_models() -> None:
    """Each nested request object is a TypedDict in `trenz_async.models` with the spec's keys."""
    models = importlib.import_module("trenz_async.models")
    shapes = _typed_shapes()
    if not shapes:
        pytest.skip("the bundled spec has no nested request objects")
    for name, shape in shapes.items():
        typed_dict = getattr(models, name)
        assert name in models.__all__
        assert set(typed_dict.__annotations__) == set(shape.fields), name
        assert typed_dict.__required_keys__ == frozenset(shape.required), name

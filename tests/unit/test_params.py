"""Client-side validation: bad arguments fail before anything is sent or spent."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from trenz_async import (
    OPERATIONS,
    InvalidParameterError,
    OperationInfo,
    Param,
    ParamLocation,
    TrenzClient,
)

from .helpers import (
    API_KEY,
    BASE_URL,
    arguments,
    detail_read,
    envelope,
    make_client,
    minimal_arguments,
    operations_where,
    path_param,
    sample_value,
    typed,
)

pytestmark = pytest.mark.anyio


def _first(test: Any) -> tuple[OperationInfo, Param] | None:
    """The first (operation, parameter) by id where `test(info, param)` holds."""
    for info in operations_where(lambda info: True):
        for param in info.params:
            if test(info, param):
                return info, param
    return None


def _is_int(param: Param) -> bool:
    return param.json_type == "integer"


def invalid_cases() -> list[Any]:
    """One bad argument per validation rule, on the first operation the rule applies to.

    Each case is (operation, arguments, the parameter the error must name); the other
    arguments are the operation's minimal valid ones. A rule no parameter of the bundled
    spec has is left out.
    """
    rules: list[tuple[str, Any, Any]] = [
        (
            "missing-required",
            lambda i, p: p.required and p.location is not ParamLocation.PATH,
            None,
        ),
        ("not-in-enum", lambda i, p: p.enum is not None and p.json_type == "string", "zz-unknown"),
        ("above-maximum", lambda i, p: _is_int(p) and p.maximum is not None, "max+1"),
        ("below-minimum", lambda i, p: _is_int(p) and p.minimum is not None, "min-1"),
        ("bool-for-integer", lambda i, p: _is_int(p), True),
        ("text-for-integer", lambda i, p: _is_int(p), "2"),
        ("nan-for-number", lambda i, p: p.json_type == "number", float("nan")),
        (
            "sort-without-direction",
            lambda i, p: p.enum is not None and all(":" in str(v) for v in p.enum),
            "field-only",
        ),
        ("priced-quantity-above-maximum", _priced_quantity, "max+1"),
        ("priced-quantity-below-minimum", _priced_quantity, "min-1"),
        ("priced-tier-unknown", _priced_tier, "zz-unknown"),
        (
            "body-above-maximum",
            lambda i, p: p.location is ParamLocation.BODY and _is_int(p) and p.maximum is not None,
            "max+1",
        ),
    ]
    cases = []
    for name, test, bad in rules:
        found = _first(test)
        if found is None:
            continue
        info, param = found
        params = minimal_arguments(info)
        if bad is None:
            params.pop(param.python_name)
        else:
            params[param.python_name] = _bad_value(param, bad)
        cases.append(pytest.param(info.operation_id, params, param.python_name, id=name))
    return cases


def _priced_quantity(info: OperationInfo, param: Param) -> bool:
    return (
        info.pricing is not None
        and param.name == info.pricing.quantity_param
        and param.minimum is not None
        and param.maximum is not None
    )


def _priced_tier(info: OperationInfo, param: Param) -> bool:
    return (
        info.pricing is not None
        and param.name == info.pricing.tier_param
        and (param.enum is not None)
    )


def _bad_value(param: Param, bad: Any) -> Any:
    if bad == "max+1":
        return int(param.maximum or 0) + 1
    if bad == "min-1":
        return int(param.minimum or 0) - 1
    if bad == "field-only":
        return str(param.enum[0]).split(":")[0] if param.enum else "x"
    return bad


@pytest.mark.parametrize(("operation", "params", "parameter"), invalid_cases())
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
    info = detail_read()
    name = path_param(info).python_name
    with respx.mock(assert_all_mocked=True) as router:
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            with pytest.raises(InvalidParameterError, match=name):
                await typed(client, info)(**arguments(info, **{name: value}))
        assert not router.calls


async def test_ordinary_path_values_are_sent() -> None:
    """An id with letters, digits, dashes, underscores and dots goes through."""
    info = detail_read()
    param = path_param(info)
    path = info.path.replace("{" + param.name + "}", "prod-1_2.3")
    with respx.mock() as router:
        route = router.get(f"{BASE_URL}{path}").respond(200, json=envelope(info))
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            await typed(client, info)(**arguments(info, **{param.python_name: "prod-1_2.3"}))
    assert route.called


RENAMED = [
    (info, param)
    for info in OPERATIONS.values()
    if not info.deprecated  # test_facade covers those, warning included
    for param in info.params
    if param.name != param.python_name
]


@pytest.mark.parametrize(
    ("info", "param"), RENAMED, ids=[f"{i.operation_id}.{p.name}" for i, p in RENAMED]
)
async def test_spec_names_and_python_names_both_work(
    router: respx.MockRouter, info: OperationInfo, param: Param
) -> None:
    """call() takes a parameter under its spec name (`type`) or its Python name (`type_`)."""
    route = router.route(method=info.method, url__startswith=f"{BASE_URL}{info.path}").respond(
        200, json=envelope(info)
    )
    arguments = minimal_arguments(info)
    value = arguments.pop(param.python_name, None) or sample_value(param)
    async with make_client() as client:
        await client.call(info.operation_id, **{**arguments, param.name: value})
        await client.call(info.operation_id, **{**arguments, param.python_name: value})
        with pytest.raises(InvalidParameterError, match="twice"):
            await client.call(
                info.operation_id, **{**arguments, param.name: value, param.python_name: value}
            )
    sent = [call.request for call in route.calls]
    assert len(sent) == 2
    assert sent[0].content == sent[1].content
    assert sent[0].url == sent[1].url


def test_renamed_parameters_exist_in_the_spec() -> None:
    """The spec has parameters Python must rename (else the test above proves nothing)."""
    assert RENAMED


async def test_unknown_names_suggest_the_closest(router: respx.MockRouter) -> None:
    """A misspelt operation or parameter gets a "did you mean" naming the right one."""
    info = next(iter(OPERATIONS.values()))
    async with make_client() as client:
        with pytest.raises(InvalidParameterError, match=f"did you mean '{info.accessor}'"):
            await client.call(info.accessor[:-1] + "x")
        param = info.params[0]
        with pytest.raises(InvalidParameterError, match=f"did you mean '{param.python_name}'"):
            await client.call(info.operation_id, **{param.python_name + "s": 1})
    assert not router.calls


def _list_of_typed_objects(info: OperationInfo, param: Param) -> bool:
    shape = param.shape
    return shape is not None and shape.items is not None and shape.items.name is not None


async def test_a_nested_value_of_the_wrong_shape_names_the_expected_fields() -> None:
    """A string where the spec wants an object (`images=["https://x/a.jpg"]`) is refused
    before sending, naming the parameter, the item, the expected fields and the TypedDict."""
    found = _first(_list_of_typed_objects)
    if found is None:
        pytest.skip("the bundled spec has no list of typed objects in a body")
    info, param = found
    assert param.shape is not None
    assert param.shape.items is not None
    items = param.shape.items
    with respx.mock(assert_all_mocked=True) as router:
        async with TrenzClient(api_key=API_KEY, base_url=BASE_URL) as client:
            method = typed(client, info)
            with pytest.raises(InvalidParameterError) as caught:
                await method(**arguments(info, **{param.python_name: ["https://x/a.jpg"]}))
        assert not router.calls
    message = str(caught.value)
    assert caught.value.parameter == param.python_name
    assert f"parameter {param.python_name}[0] must be an object with fields" in message
    assert all(field in message for field in items.fields)
    assert f"({items.name})" in message
    assert "got str 'https://x/a.jpg'" in message

"""Nested request bodies: registry shapes and the TypedDicts `trenz_async.models` exports."""

from __future__ import annotations

import typing
from typing import Any

from codegen import annotate, registry
from codegen.normalize import normalize
from codegen.render import render

from . import specs

COMPONENTS = "#/components/schemas/"


def _spec_with_body(body: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    spec = specs.minimal_spec()
    render_op = spec["paths"]["/open/v1/things/render"]["post"]
    schema = render_op["requestBody"]["content"]["application/json"]["schema"]
    schema["properties"].update(body)
    spec["components"]["schemas"].update(components)
    return spec


def _typed_dicts(spec: dict[str, Any]) -> dict[str, Any]:
    """Render `_params.py` for `spec` and run it: its namespace (TypedDicts by name)."""
    infos = registry.build(spec, normalize(spec), None, "")
    source = render("params.py.jinja", typed_dicts=annotate.typed_dicts(infos))
    namespace: dict[str, Any] = {}
    # `dont_inherit`: this test module's `from __future__ import annotations` must not apply.
    exec(compile(source, "_params.py", "exec", dont_inherit=True), namespace)
    return namespace


def test_a_list_of_referenced_objects_becomes_a_typed_dict_with_required_keys() -> None:
    """`images: [Image]` types the parameter `list[ImageParam]`; `url` is required."""
    spec = _spec_with_body(
        {"images": {"type": "array", "items": {"$ref": f"{COMPONENTS}Image"}}},
        {
            "Image": specs.obj(url={"type": "string"}, fit={"type": "string", "enum": ["a", "b"]})
            | {"required": ["url"]}
        },
    )
    infos = registry.build(spec, normalize(spec), None, "")
    (info,) = (info for info in infos if info.operation_id == "trenz-things-render")
    param = info.param("images")
    assert param is not None
    assert param.shape is not None
    assert annotate.parameter(param) == "list[ImageParam] | None = None"
    namespace = _typed_dicts(spec)
    image = namespace["ImageParam"]
    assert image.__required_keys__ == frozenset({"url"})
    assert typing.get_type_hints(image, namespace)["fit"] == typing.Literal["a", "b"]


def test_keys_that_are_not_python_names_use_the_functional_syntax() -> None:
    """A key like `from` or `x-y` cannot be a class attribute: the TypedDict still has it."""
    spec = _spec_with_body(
        {"meta": {"$ref": f"{COMPONENTS}Meta"}},
        {"Meta": specs.obj(**{"from": {"type": "string"}, "x-y": {"type": "integer"}})},
    )
    meta = _typed_dicts(spec)["MetaParam"]
    assert set(meta.__annotations__) == {"from", "x-y"}


def test_a_recursive_schema_is_typed_by_name() -> None:
    """A schema that contains itself gives one TypedDict referring to itself."""
    spec = _spec_with_body(
        {"tree": {"$ref": f"{COMPONENTS}Node"}},
        {
            "Node": specs.obj(
                label={"type": "string"},
                children={"type": "array", "items": {"$ref": f"{COMPONENTS}Node"}},
            )
        },
    )
    namespace = _typed_dicts(spec)
    node = namespace["NodeParam"]
    hints = typing.get_type_hints(node, namespace)
    assert hints["children"] == list[node]

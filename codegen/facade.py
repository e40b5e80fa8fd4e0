"""Render the typed facade (`trenz_async/resources/`) and the public `trenz_async.models`.

One resource class per tag, one method per operation, following openai-python's shape:
- every method takes the operation's parameters, then the per-request options
  (`naming.REQUEST_OPTIONS`);
- a list operation's method is a plain `def` returning an `AsyncPager[<envelope>, <item>]`
  (`await` it for the first page, `async for` over its items);
- `client.<resource>.with_raw_response.<method>(...)` is a generated twin class whose
  methods return `RawResponse[<what the plain method returns>]` (for a list operation,
  the first page's).
The methods only gather their arguments: `Resource._call` / `Resource._pager` do the rest.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName

from codegen.emit import plain_data
from codegen.naming import RAW_RESPONSE_ACCESSOR, REQUEST_OPTIONS, class_name, raw_class_name
from codegen.normalize import GENERATED_MARKER, ORIGINAL_ID, Spec, data_schema, operations, resolve
from codegen.registry import model_ref
from codegen.runtime import OperationInfo, Param

HEADER = f"# {GENERATED_MARKER}"
PYTHON_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "array": "list[Any]",
    "object": "dict[str, Any]",
}
# The annotations of `naming.REQUEST_OPTIONS`, as openai-python spells them.
OPTION_ANNOTATIONS = {
    "timeout": "float | httpx.Timeout | None",
    "max_retries": "int | None",
    "extra_headers": "Mapping[str, str] | None",
    "extra_query": "Mapping[str, object] | None",
    "extra_body": "Mapping[str, object] | None",
}
UNTYPED_ITEM = "dict[str, Any]"
UNSET_MODULE = "trenz_async._generated.types"


def item_types(
    spec: Spec, infos: list[OperationInfo], model_modules: Mapping[str, str], package: str
) -> dict[str, str]:
    """operationId -> the type of a list operation's items: `module:Class`, or a type expression.

    The items are the generated model of the list field's item schema (`normalize` names
    every inline item object); a list of scalars is typed as its scalar, anything else
    as a dict.
    """
    by_id = {operation[ORIGINAL_ID]: operation for _, _, operation in operations(spec)}
    found: dict[str, str] = {}
    for info in infos:
        if info.pagination is None:
            continue
        data = data_schema(spec, by_id[info.operation_id]) or {}
        field = data.get("properties", {}).get(info.pagination.items_field, {})
        items = resolve(spec, field).get("items", {})
        ref = items.get("$ref")
        json_type = resolve(spec, items).get("type")
        if isinstance(ref, str) and json_type in (None, "object"):
            found[info.operation_id] = model_ref(package, model_modules, ref.rsplit("/", 1)[1])
        elif json_type in ("string", "integer", "number", "boolean"):
            found[info.operation_id] = PYTHON_TYPES[json_type]
        else:
            found[info.operation_id] = (
                UNTYPED_ITEM  # an inline object the generator keeps as a dict
            )
    return found


# --------------------------------------------------------------------------- resources


def resource_modules(
    specs: list[OperationInfo], items: Mapping[str, str], *, task_status: str
) -> dict[str, str]:
    """File name -> source for `trenz_async/resources/`.

    Args:
        specs: the registry entries.
        items: `item_types()`: what each list operation's pager yields.
        task_status: the operation the task tracker polls: its resource (`client.tasks`)
            extends the hand-written `TaskManager`.
    """
    by_resource: dict[str, list[OperationInfo]] = defaultdict(list)
    for spec in specs:
        by_resource[spec.resource].append(spec)
    files = {
        f"{resource}.py": _resource_module(
            resource, ops, items, manages_tasks=any(op.operation_id == task_status for op in ops)
        )
        for resource, ops in sorted(by_resource.items())
    }
    files["__init__.py"] = _resources_init(sorted(by_resource))
    return files


def _resources_init(resources: list[str]) -> str:
    lines = [
        HEADER,
        '"""The typed facade: one resource per spec tag, each imported on first use."""',
        "",
        "from __future__ import annotations",
        "",
        "import functools",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        "    from .._call import Runtime",
    ]
    lines += [f"    from .{resource} import {class_name(resource)}" for resource in resources]
    lines += [
        "",
        '__all__ = ["RESOURCE_NAMES", "Resources"]',
        "",
        "RESOURCE_NAMES = (" + "".join(f"{resource!r}, " for resource in resources) + ")",
        "",
        "",
        "class Resources:",
        '    """Mixin giving the client one cached attribute per resource."""',
        "",
        "    _runtime: Runtime",
        "",
    ]
    for resource in resources:
        cls = class_name(resource)
        lines += [
            "    @functools.cached_property",
            f"    def {resource}(self) -> {cls}:",
            f'        """`{resource}` operations; see the README table."""',
            f"        from .{resource} import {cls}",
            "",
            f"        return {cls}(self._runtime)",
            "",
        ]
    return "\n".join(lines)


def _resource_module(
    resource: str, specs: list[OperationInfo], items: Mapping[str, str], *, manages_tasks: bool
) -> str:
    tags = sorted({spec.tag for spec in specs})
    refs = {spec.response_model for spec in specs if not spec.is_async}
    refs |= {items[spec.operation_id] for spec in specs if spec.pagination is not None}
    imports = sorted(_model_import(ref) for ref in refs if ":" in ref)
    cls, raw_cls = class_name(resource), raw_class_name(resource)
    ordered = sorted(specs, key=lambda spec: spec.method_name)
    lines = [
        HEADER,
        f'"""`client.{resource}`: the {", ".join(tags)} operations."""',
        "",
        "from __future__ import annotations",
        "",
        "import functools",
        "from typing import TYPE_CHECKING, Any, Literal, cast",
        "",
        "from .._call import RequestOptions, Resource",
        *(["from .._jobs import TaskManager"] if manages_tasks else []),
        "",
        "if TYPE_CHECKING:",
        "    from collections.abc import Mapping",
        "",
        "    import httpx",
        "",
        "    from .._call import AsyncPager, RawResponse, Runtime",
        "    from .._jobs import Task",
    ]
    lines += [f"    {line}" for line in imports]
    lines += ["", f"__all__ = [{cls!r}, {raw_cls!r}]", "", ""]
    if manages_tasks:
        lines += [
            f"class {cls}(Resource, TaskManager):",
            f'    """Operations tagged {", ".join(tags)}, on the hand-written `TaskManager`."""',
            "",
            "    def __init__(self, runtime: Runtime) -> None:",
            "        Resource.__init__(self, runtime)",
            "        TaskManager.__init__(self, runtime.tracker)",
            "",
        ]
    else:
        lines += [f"class {cls}(Resource):", f'    """Operations tagged {", ".join(tags)}."""', ""]
    lines += [
        "    @functools.cached_property",
        f"    def {RAW_RESPONSE_ACCESSOR}(self) -> {raw_cls}:",
        '        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""',
        f"        return {raw_cls}(self._runtime)",
        "",
    ]
    for spec in ordered:
        lines += _method(spec, items)
    lines += [
        "",
        f"class {raw_cls}(Resource):",
        f'    """`client.{resource}.{RAW_RESPONSE_ACCESSOR}`: each call\'s `RawResponse`.',
        "",
        "    The calls are those of `" + cls + "` (validated, budgeted, retried, counted);",
        "    `parse()` gives what the plain method returns (a list operation: its first page).",
        '    """',
        "",
    ]
    for spec in ordered:
        lines += _raw_method(spec, cls)
    return "\n".join(lines).rstrip("\n") + "\n"


def _model_import(ref: str) -> str:
    module, name = ref.split(":")
    relative = module.split(".", 1)[1]
    return f"from ..{relative} import {name}"


def _type_name(ref: str) -> str:
    """A `module:Class` reference's class, or a type expression as it is."""
    return ref.split(":")[1] if ":" in ref else ref


def returns(spec: OperationInfo, items: Mapping[str, str]) -> str:
    """The plain method's return annotation."""
    if spec.is_async:
        # The spec types no job's result: a dict, as the status endpoint returns it.
        return "Task[dict[str, Any]]"
    envelope = _type_name(spec.response_model)
    if spec.pagination is not None:
        return f"AsyncPager[{envelope}, {_type_name(items[spec.operation_id])}]"
    return envelope


def raw_returns(spec: OperationInfo) -> str:
    """The `with_raw_response` twin's return annotation (a list operation: its first page)."""
    if spec.is_async:
        return "RawResponse[Task[dict[str, Any]]]"
    return f"RawResponse[{_type_name(spec.response_model)}]"


def _ordered(spec: OperationInfo) -> list[Param]:
    return sorted(spec.params, key=lambda param: (not param.required, param.python_name))


def _signature(name: str, params: list[Param], result: str, *, is_async: bool) -> list[str]:
    lines = [f"    {'async def' if is_async else 'def'} {name}(", "        self,", "        *,"]
    lines += [f"        {param.python_name}: {_annotation(param)}," for param in params]
    lines += [
        f"        {option}: {OPTION_ANNOTATIONS[option]} = None," for option in REQUEST_OPTIONS
    ]
    lines.append(f"    ) -> {result}:")
    return lines


def _gather(params: list[Param]) -> list[str]:
    arguments = "".join(f"{param.python_name!r}: {param.python_name}, " for param in params)
    return [
        f"        params: dict[str, Any] = {{{arguments}}}",
        f"        options = RequestOptions.of({', '.join(REQUEST_OPTIONS)})",
    ]


def _method(spec: OperationInfo, items: Mapping[str, str]) -> list[str]:
    params = _ordered(spec)
    result = returns(spec, items)
    paged = spec.pagination is not None and not spec.is_async
    lines = _signature(spec.method_name, params, result, is_async=not paged)
    lines += _docstring(spec, params, _type_name(items.get(spec.operation_id, UNTYPED_ITEM)))
    lines += _gather(params)
    if paged:
        lines.append(f"        return self._pager({spec.operation_id!r}, params, options)")
    else:
        lines.append(
            f"        return cast({result!r}, await self._call({spec.operation_id!r}, params, options))"
        )
    lines.append("")
    return lines


def _raw_method(spec: OperationInfo, cls: str) -> list[str]:
    params = _ordered(spec)
    result = raw_returns(spec)
    lines = _signature(spec.method_name, params, result, is_async=True)
    lines.append(f'        """`{cls}.{spec.method_name}`, answering its `RawResponse`."""')
    lines += _gather(params)
    lines.append(
        f"        return cast({result!r}, await self._call({spec.operation_id!r}, params, options, raw=True))"
    )
    lines.append("")
    return lines


def _annotation(param: Param) -> str:
    if param.enum is not None:
        base = "Literal[" + ", ".join(repr(value) for value in param.enum) + "]"
    else:
        base = PYTHON_TYPES.get(param.json_type or "", "Any")
    if param.required:
        return base
    if param.has_default and _is_scalar(param.default):
        return f"{base} = {param.default!r}"
    return f"{base} | None = None"


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def _docstring(spec: OperationInfo, params: list[Param], item: str) -> list[str]:
    cost = (
        f"{spec.coin_cost} coins"
        if spec.pricing is None
        else f"priced per unit (fallback {spec.coin_cost} coins)"
    )
    billing = {
        "per_call": "charged per call",
        "async_on_complete": "async job, charged when it completes",
        "free": "free",
    }[spec.billing_mode]
    body = [
        _doc_text(spec.summary or spec.operation_id) + ".",
        "",
        f"`{spec.method} {spec.path}` ({spec.operation_id}): {cost}, {billing}.",
    ]
    if spec.description:
        body += ["", *_doc_text(spec.description).splitlines()]
    if spec.is_async:
        body += [
            "",
            f"Returns a `Task` (job id in `data.{spec.job_id_field}`); `await task.wait()` for the result.",
        ]
    elif spec.pagination is not None:
        body += [
            "",
            f"Returns an `AsyncPager`: `await` it for the first page, `async for` over every `{item}`",
            "across pages, or `.pages()` for each page (every page is a paid call).",
        ]
    body += ["", "Args:"]
    for param in params:
        default = f" Default: {plain_data(param.default)!r}." if param.has_default else ""
        where = f"({param.location}{', required' if param.required else ''})"
        text = _doc_text(param.description) or "See the Trenz API reference."
        body.append(f"    {param.python_name}: {where} {text}{default}")
    body.append(
        "    timeout, max_retries, extra_headers, extra_query, extra_body: per-request options"
    )
    body.append("        (openai-python's); see the README's \"Per-request options\".")
    lines = ['        """' + body[0]]
    lines += [f"        {line}".rstrip() for line in body[1:]]
    lines.append('        """')
    return lines


def _doc_text(text: str) -> str:
    """Spec prose made safe inside a triple-quoted docstring."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


# --------------------------------------------------------------------------- models


def public_models(spec: Spec, generated: Path, model_modules: Mapping[str, str]) -> list[str]:
    """The generated models a call takes or answers, by class name.

    What the endpoint modules import (envelopes, bodies, parameter enums), and what
    those models use in turn, less the error body: errors reach users as exceptions
    (`trenz_async.APIError`), and a model of the same name would only mislead.
    """
    errors = {
        str(ClassName(ref.rsplit("/", 1)[1], prefix=""))
        for _, _, operation in operations(spec)
        for status, response in operation.get("responses", {}).items()
        if not str(status).startswith("2")
        for media in response.get("content", {}).values()
        if isinstance(ref := media.get("schema", {}).get("$ref"), str)
    }
    pending = [
        name
        for path in sorted((generated / "api").rglob("*.py"))
        for name in _imported_models(path, model_modules)
        if name not in errors
    ]
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            module = generated / "models" / f"{model_modules[name]}.py"
            pending += _imported_models(module, model_modules)
    return sorted(found)


def _imported_models(path: Path, model_modules: Mapping[str, str]) -> list[str]:
    """The model classes (and enum aliases) a generated module imports."""
    tree = ast.parse(path.read_text())
    return [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models.")
        for alias in node.names
        if alias.name in model_modules
    ]


def models_package(
    names: Iterable[str], model_modules: Mapping[str, str], package: str
) -> dict[str, str]:
    """File name -> source for `trenz_async/models/`: `names` and `Unset`, loaded lazily.

    The runtime module holds only the names; type checkers read `__init__.pyi`.
    """
    models = sorted(names)
    names = sorted([*models, "Unset"])
    listing = ["__all__ = [", *(f"    {name!r}," for name in names), "]", ""]
    runtime = [
        HEADER,
        '"""Every model of the Trenz API: envelopes, their data and list items, request bodies.',
        "",
        "    from trenz_async.models import ProductsSearchResponse, ProductsSearchItem",
        "",
        "The classes the typed methods return (`page.data.items[0]` is a `ProductsSearchItem`)",
        "and the `Unset` marker of fields a response left out. A name loads its module the",
        "first time it is used: importing this package imports no model.",
        '"""',
        "",
        "import importlib",
        "from typing import Any",
        "",
        *listing,
        "_NAMES = frozenset(__all__)",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    if name not in _NAMES:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        f'    source = {UNSET_MODULE!r} if name == "Unset" else {package + ".models"!r}',
        "    value = getattr(importlib.import_module(source), name)",
        "    globals()[name] = value  # later lookups skip this function",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return list(__all__)",
        "",
    ]
    relative = package.split(".", 1)[1]
    stub = [HEADER]
    stub += [
        f"from ..{relative}.models.{model_modules[name]} import {name} as {name}" for name in models
    ]
    stub += [f"from ..{UNSET_MODULE.split('.', 1)[1]} import Unset as Unset", "", *listing]
    return {"__init__.py": "\n".join(runtime), "__init__.pyi": "\n".join(stub)}

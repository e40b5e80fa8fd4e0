"""The docs site's operation reference: one page per operation, from the registry.

`make docs` runs `codegen/docs_pages.py` inside mkdocs (the mkdocs-gen-files plugin),
which calls `pages()` with `trenz_async.OPERATIONS`; the pages exist only in the built
site, so they cannot go stale (the registry itself is kept current by `make
check-generated`). Every string from the spec goes through `codegen.markdown`'s
emitters; example calls are Python source built with `repr()`, and
`tests/docs/test_operation_pages.py` runs each of them against the fake server.

`facade_facts()` reads what the registry does not hold (the typed method's return
annotation and the result model's fields) from the installed package; everything else
here is a pure function of the registry and the normalized spec.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from codegen import markdown
from codegen.annotate import CONTAINERS, SCALARS
from codegen.naming import class_name
from codegen.normalize import ORIGINAL_ID, Spec, operations, resolve

# Where the generated pages live inside the site.
ROOT = "reference/operations"
INDEX = "index.md"
_BILLING = {
    "per_call": "charged per call",
    "async_on_complete": "an async job: held when submitted, charged when it completes, "
    "released if it fails (refunded)",
    "free": "free",
}
_PAGINATION = {
    "page_size": "page numbers and a page size",
    "offset_limit": "an offset and a limit",
    "cursor": "a cursor, with `next_cursor` and `has_more` in the answer",
    "page_token": "a page token, with `next_page_token` in the answer",
    "page_limit": "page numbers and a limit",
}
# Values for required parameters in example calls; path parameters and ids get an id
# (a path parameter may not contain `..`, so never the string placeholder).
_PLACEHOLDER = "..."
_EXAMPLE_ID = "7301"
_PREFERRED_CHOICES = ("us",)


@attrs.frozen
class FacadeFacts:
    """What the typed facade adds to a registry entry (read from the installed package)."""

    returns: str
    data_model: str
    data_fields: tuple[tuple[str, str], ...]


def facade_facts(info: Any) -> FacadeFacts:
    """The typed method's return annotation and its envelope's `data` fields, by import."""
    resource = importlib.import_module(f"trenz_async.resources.{info.resource}")
    method = getattr(getattr(resource, class_name(info.resource)), info.method_name)
    returns = inspect.signature(method).return_annotation
    module, name = info.response_model.split(":")
    envelope = getattr(importlib.import_module(module), name)
    data_type = attrs.fields_dict(envelope)["data"].type
    data_model = getattr(importlib.import_module("trenz_async.models"), str(data_type), None)
    fields: tuple[tuple[str, str], ...] = ()
    if data_model is not None and attrs.has(data_model):
        fields = tuple(
            (field.name, str(field.type))
            for field in attrs.fields(data_model)
            if field.init and field.name != "additional_properties"
        )
    return FacadeFacts(str(returns), str(data_type), fields)


def page_path(info: Any) -> str:
    """The page of one operation, relative to the docs directory."""
    return f"{ROOT}/{info.resource}/{info.method_name}.md"


def pages(registry: Iterable[Any], spec: Spec, facts: Mapping[str, FacadeFacts]) -> dict[str, str]:
    """Every generated file: path (relative to the docs directory) -> Markdown.

    Args:
        registry: the registry's entries.
        spec: the normalized spec (for the required fields of object parameters).
        facts: operationId -> `facade_facts()`.
    """
    infos = sorted(registry, key=lambda info: info.accessor)
    files = {
        page_path(info): operation_page(info, spec, facts[info.operation_id]) for info in infos
    }
    # No nav file: literate-nav lists the directory itself (the index, then one section
    # per resource), so the navigation follows the registry too.
    files[f"{ROOT}/{INDEX}"] = index_page(infos)
    return files


def index_page(infos: list[Any]) -> str:
    """Every operation in one table, each linking to its page."""
    rows = [
        [
            f"[{markdown.code(info.accessor)}]({info.resource}/{info.method_name}.md)",
            info.method,
            markdown.code(info.path),
            markdown.coins(info),
            markdown.code(info.billing_mode.value),
            "job" if info.is_async else "",
            markdown.one_line(info.summary),
        ]
        for info in infos
    ]
    lines = [
        "# Operations",
        "",
        f"{len(infos)} operations, generated from the registry (`trenz_async.OPERATIONS`) "
        "when the site is built. `client.<accessor>(...)` calls one with typed keyword "
        "arguments; `client.call(operation_id, ...)` and `trenz call ACCESSOR` do the same "
        "by name. Costs are in coins; `60/130×duration` means a price per unit of "
        "`duration` that depends on a tier parameter (see the operation's page).",
        "",
        *markdown.table(
            ["accessor", "method", "path", "coins", "billing", "async", "summary"],
            rows,
            right=[3],
        ),
    ]
    return "\n".join(lines) + "\n"


def operation_page(info: Any, spec: Spec, facts: FacadeFacts) -> str:
    """One operation's reference page."""
    lines = [f"# {info.accessor}", ""]
    if info.summary:
        lines += [markdown.prose(info.summary), ""]
    lines += [f"- **{name}**: {value}" for name, value in _facts_rows(info, facts)]
    lines.append("")
    if info.description and info.description.strip() != info.summary.strip():
        lines += [markdown.prose(info.description), ""]
    lines += [
        "## Example",
        "",
        "A fragment: inside an async function, with a `TrenzClient` named `client`.",
        "",
    ]
    lines += markdown.fence(example(info, spec))
    lines += ["", "## Parameters", ""]
    lines += _parameters(info)
    lines += ["", "## Result", ""]
    lines += _result(info, facts)
    return "\n".join(lines) + "\n"


def _facts_rows(info: Any, facts: FacadeFacts) -> list[list[str]]:
    cost = (
        f"{info.coin_cost:,} coins"
        if info.pricing is None
        else f"{markdown.coins(info)}: {markdown.pricing(info)}"
    )
    rows = [
        ["method", f"{markdown.code('client.' + info.accessor + '(...)')}"],
        ["operation id", f"{markdown.code(info.operation_id)} (for `client.call()`)"],
        ["HTTP", markdown.code(f"{info.method} {info.path}")],
        ["tag", markdown.code(info.tag)],
        ["scope", markdown.code(info.scope) if info.scope else "none"],
        ["cost", cost],
        [
            "billing",
            f"{markdown.code(info.billing_mode.value)}: {_BILLING[info.billing_mode.value]}",
        ],
        ["returns", markdown.code(facts.returns)],
    ]
    if info.pagination is not None:
        rows.append(["pagination", _pagination(info.pagination)])
    return rows


def _pagination(pagination: Any) -> str:
    style = pagination.style.value
    parts = [f"{markdown.code(style)}: pages by {_PAGINATION[style]}"]
    moving = [pagination.position_param, pagination.size_param]
    named = " and ".join(markdown.code(name) for name in moving if name)
    parts.append(f"{named} in the {pagination.location.value}")
    parts.append(f"items in {markdown.code('data.' + pagination.items_field)}")
    if pagination.total_field:
        parts.append(f"total in {markdown.code('data.' + pagination.total_field)}")
    return "; ".join(parts)


def _parameters(info: Any) -> list[str]:
    if not info.params:
        return ["None."]
    ordered = sorted(info.params, key=lambda param: (not param.required, param.python_name))
    rows = []
    for param in ordered:
        name = markdown.code(param.python_name)
        if param.name != param.python_name:
            name += f" (wire: {markdown.code(param.name)})"
        rows.append(
            [
                name,
                param.location.value,
                markdown.code({**SCALARS, **CONTAINERS}.get(param.json_type or "", "Any")),
                "yes" if param.required else "",
                markdown.code(markdown.literal(param.default)) if param.has_default else "",
                _allowed(param),
                markdown.one_line(param.description),
            ]
        )
    return markdown.table(
        ["name", "in", "type", "required", "default", "allowed", "description"], rows
    )


def _allowed(param: Any) -> str:
    if param.enum is not None:
        return ", ".join(markdown.code(choice) for choice in param.enum)
    bounds = []
    if param.minimum is not None:
        bounds.append(f">= {param.minimum:g}")
    if param.maximum is not None:
        bounds.append(f"<= {param.maximum:g}")
    return ", ".join(bounds)


def _result(info: Any, facts: FacadeFacts) -> list[str]:
    if info.is_async:
        lines = [
            f"A `trenz_async.Task`: the job's id arrives in {markdown.code('data.' + info.job_id_field)} "
            "of the submission's answer, and `await task.wait()` returns the job's result as a "
            "`dict[str, Any]` (the spec types no job result). A failed job raises "
            "`TaskFailedError` and is refunded.",
            "",
            f"The submission's envelope is {markdown.code('trenz_async.models.' + _name(info.response_model))}.",
        ]
    elif info.pagination is not None:
        lines = [
            f"{markdown.code(facts.returns)}: `await` it for the first page's envelope, "
            "`async for` over it for the items of every page (each page is a paid call).",
        ]
    else:
        lines = [
            f"The envelope {markdown.code('trenz_async.models.' + _name(info.response_model))}: "
            "`.data`, `.request_id`, `.usage`."
        ]
    if facts.data_fields:
        lines += [
            "",
            f"Its `data` is {markdown.code('trenz_async.models.' + facts.data_model)}:",
            "",
            *markdown.table(
                ["field", "type"],
                [[markdown.code(name), markdown.code(kind)] for name, kind in facts.data_fields],
            ),
        ]
    return lines


def _name(reference: str) -> str:
    return reference.split(":")[1]


# ----------------------------------------------------------------------------- examples


def example(info: Any, spec: Spec) -> str:
    """A call of the operation with its required parameters, as Python source."""
    arguments = ", ".join(
        f"{name}={markdown.literal(value)}" for name, value in example_arguments(info, spec).items()
    )
    call = f"client.{info.accessor}({arguments})"
    if info.is_async:
        return "\n".join(
            [
                f"task = await {call}",
                "result = await task.wait(timeout=600)  # the job's result, a dict",
            ]
        )
    if info.pagination is not None:
        by_name = f"client.paginate({markdown.literal(info.accessor)}"
        by_name += f", {arguments}" if arguments else ""
        return "\n".join(
            [
                f"page = await {call}  # the first page",
                f"async for item in {by_name}, max_items=50):",
                "    print(item)",
            ]
        )
    return "\n".join([f"response = await {call}", "print(response.data)"])


def example_arguments(info: Any, spec: Spec) -> dict[str, Any]:
    """A valid value for every required parameter, keyed by its Python name."""
    arguments: dict[str, Any] = {}
    for param in sorted(info.params, key=lambda param: param.python_name):
        if not param.required:
            continue
        if param.json_type == "object" and param.location.value == "body":
            schema = _body_property(spec, info.operation_id, param.name)
            arguments[param.python_name] = _minimal_object(spec, schema)
        else:
            arguments[param.python_name] = _sample(
                param.name,
                param.json_type,
                param.enum,
                param.minimum,
                path=param.location.value == "path",
            )
    return arguments


def _sample(
    name: str, json_type: str | None, choices: Any, minimum: float | None, *, path: bool = False
) -> Any:
    if choices:
        preferred = [choice for choice in _PREFERRED_CHOICES if choice in choices]
        return preferred[0] if preferred else choices[0]
    if json_type == "integer":
        return int(minimum) if minimum is not None else 1
    if json_type == "number":
        return float(minimum) if minimum is not None else 1.0
    if json_type == "boolean":
        return True
    if json_type == "array":
        return []
    if json_type == "object":
        return {}
    return _EXAMPLE_ID if path or name == "id" or name.endswith("_id") else _PLACEHOLDER


def _body_property(spec: Spec, operation_id: str, name: str) -> dict[str, Any]:
    for _, _, operation in operations(spec):
        if operation.get(ORIGINAL_ID) == operation_id:
            body = resolve(spec, operation["requestBody"]["content"]["application/json"]["schema"])
            return resolve(spec, body["properties"][name])
    raise KeyError(operation_id)


def _minimal_object(spec: Spec, schema: Mapping[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for name in schema.get("required", []):
        prop = resolve(spec, schema["properties"][name])
        if prop.get("type") == "object":
            value[name] = _minimal_object(spec, prop)
        else:
            value[name] = _sample(name, prop.get("type"), prop.get("enum"), prop.get("minimum"))
    return value

"""Render the typed facade (`trenz_async/resources/`): one resource class per tag.

One method per operation, following openai-python's shape:
- every method takes the operation's parameters, then the per-request options
  (`naming.REQUEST_OPTIONS`);
- a list operation's method is a plain `def` returning an `AsyncPager[<envelope>, <item>]`
  (`await` it for the first page, `async for` over its items);
- `client.<resource>.with_raw_response.<method>(...)` is a generated twin class with one
  line per method, `async_to_raw_response_wrapper(raw.<method>)` (openai-python's shape):
  the same parameters, answering `RawResponse[<what the plain method returns>]` (for a
  list operation, the first page's).
The methods only gather their arguments: `Resource._call` / `Resource._pager` do the rest.

The module skeletons are Jinja2 templates (`codegen/templates/resource.py.jinja`,
`resources_init.py.jinja`); this module works out what goes into them. Spec text
reaches them only through `codegen.literal` (`codegen.render` refuses anything else).
"""

from __future__ import annotations

import io
import tokenize
from collections import defaultdict
from collections.abc import Iterable, Mapping

import attrs

from codegen import annotate, literal
from codegen.emit import plain_data
from codegen.literal import Code
from codegen.models import PARAMS_MODULE
from codegen.naming import RAW_RESPONSE_ACCESSOR, REQUEST_OPTIONS, class_name, raw_class_name
from codegen.normalize import ORIGINAL_ID, Spec, data_schema, operations, resolve
from codegen.registry import model_ref
from codegen.render import render
from codegen.runtime import OperationInfo, Param

# The annotations of `naming.REQUEST_OPTIONS`, as openai-python spells them (and `cache`).
OPTION_ANNOTATIONS = {
    "timeout": "float | httpx.Timeout | None",
    "max_retries": "int | None",
    "extra_headers": "Mapping[str, str] | None",
    "extra_query": "Mapping[str, object] | None",
    "extra_body": "Mapping[str, object] | None",
    "cache": "bool | None",
}
UNTYPED_ITEM = "dict[str, Any]"
# The builtins annotations use. A method of one of these names shadows the builtin in its
# class body, so such modules spell them `builtins.<name>` (`_unshadow`).
ANNOTATION_BUILTINS = frozenset({"bool", "dict", "float", "int", "list", "str"})

_BILLING = {
    "per_call": "charged per call",
    "async_on_complete": "async job, charged when it completes",
    "free": "free",
}


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
        elif json_type in annotate.SCALARS:
            found[info.operation_id] = annotate.SCALARS[json_type]
        else:
            found[info.operation_id] = (
                UNTYPED_ITEM  # an inline object the generator keeps as a dict
            )
    return found


@attrs.frozen
class Argument:
    """One keyword parameter of a method: its Python name and its annotation (with default)."""

    name: str
    annotation: Code


@attrs.frozen
class Method:
    """What `resource.py.jinja` needs of one operation's method.

    `warn` names what `Resource._warn_deprecated` warns about before the call: the
    operation when the spec deprecates it, or the old accessor when the method is a
    renamed operation's alias; `None` for the rest.
    """

    name: str
    operation_id: str
    params: tuple[Argument, ...]
    returns: Code
    coroutine: bool
    paged: bool
    doc: str
    warn: str | None = None


def resource_modules(
    specs: list[OperationInfo],
    items: Mapping[str, str],
    aliases: Mapping[str, Iterable[tuple[str, OperationInfo]]] | None = None,
    *,
    task_status: str | None = None,
) -> dict[str, str]:
    """File name -> source for `trenz_async/resources/`.

    Args:
        specs: the registry entries.
        items: `item_types()`: what each list operation's pager yields.
        aliases: resource -> (old method name, the operation it now calls), for renamed
            operations (`codegen.aliases`): each becomes a method that warns.
        task_status: the operation the task tracker polls: its resource (`client.tasks`)
            extends the hand-written `TaskManager`.
    """
    by_resource: dict[str, list[OperationInfo]] = defaultdict(list)
    for spec in specs:
        by_resource[spec.resource].append(spec)
    files = {
        f"{resource}.py": _resource_module(
            resource,
            ops,
            items,
            (aliases or {}).get(resource, ()),
            manages_tasks=any(op.operation_id == task_status for op in ops),
        )
        for resource, ops in sorted(by_resource.items())
    }
    resources = [{"module": name, "cls": class_name(name)} for name in sorted(by_resource)]
    files["__init__.py"] = render("resources_init.py.jinja", resources=resources)
    return files


def _resource_module(
    resource: str,
    specs: list[OperationInfo],
    items: Mapping[str, str],
    aliases: Iterable[tuple[str, OperationInfo]] = (),
    *,
    manages_tasks: bool = False,
) -> str:
    tags = ", ".join(sorted({spec.tag for spec in specs}))
    refs = {spec.response_model for spec in specs if not spec.is_async}
    refs |= {items[spec.operation_id] for spec in specs if spec.pagination is not None}
    imports = [_model_import(ref) for ref in refs if ":" in ref]
    typed = {
        name for spec in specs for p in spec.params for name in annotate.typed_dict_names(p.shape)
    }
    imports = sorted([*imports, *((PARAMS_MODULE, name) for name in typed)])
    cls, raw_cls = class_name(resource), raw_class_name(resource)
    if manages_tasks:
        class_doc = f"Operations tagged {tags}, on the hand-written `TaskManager`."
    else:
        class_doc = f"Operations tagged {tags}."
    raw_doc = (
        f"`client.{resource}.{RAW_RESPONSE_ACCESSOR}`: each call's `RawResponse`.\n\n"
        f"The methods of `{cls}`, with the same parameters (validated, budgeted,\n"
        "retried, counted); `parse()` gives what the plain method returns (a list\n"
        "operation: its first page)."
    )
    methods = sorted(
        [
            *(_method(spec, items) for spec in specs),
            *(_method(spec, items, alias=(name, f"{resource}.{name}")) for name, spec in aliases),
        ],
        key=lambda method: method.name,
    )
    shadowed = ANNOTATION_BUILTINS & {method.name for method in methods}
    source = render(
        "resource.py.jinja",
        module_doc=f"`client.{resource}`: the {tags} operations.",
        class_doc=class_doc,
        raw_doc=raw_doc,
        cls=cls,
        raw_cls=raw_cls,
        manages_tasks=manages_tasks,
        imports=imports,
        methods=methods,
        options=[(name, literal.trusted(OPTION_ANNOTATIONS[name])) for name in REQUEST_OPTIONS],
        shadowed=bool(shadowed),
    )
    return _unshadow(source, shadowed)


def _unshadow(source: str, names: set[str] | frozenset[str]) -> str:
    """`source` with each use of the builtins in `names` spelled `builtins.<name>`.

    In a class body, `def list(...)` rebinds `list` for every signature after it: mypy
    reads a later `platforms: list[Any]` as the method, and the package stops
    type-checking as soon as a spec adds an operation whose method sorts after `list`.
    Method names themselves (after `def`) and attributes (after `.`) stay as they are;
    strings are tokens of their own, so no spec text is touched.
    """
    if not names:
        return source
    lines = source.splitlines(keepends=True)
    previous = ""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME and token.string in names and previous not in ("def", "."):
            found.append(token.start)
        if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
            previous = token.string
    for row, column in reversed(found):  # right to left: earlier columns stay valid
        line = lines[row - 1]
        lines[row - 1] = line[:column] + "builtins." + line[column:]
    return "".join(lines)


def _model_import(ref: str) -> tuple[str, str]:
    """`(module relative to the package, class)` of a `package.module:Class` reference."""
    module, name = ref.split(":")
    return module.split(".", 1)[1], name


def _type_name(ref: str) -> str:
    """A `module:Class` reference's class, or a type expression as it is."""
    return ref.split(":")[1] if ":" in ref else ref


def returns(spec: OperationInfo, items: Mapping[str, str]) -> Code:
    """The plain method's return annotation."""
    if spec.is_async:
        # The spec types no job's result: a dict, as the status endpoint returns it.
        return literal.trusted("Task[dict[str, Any]]")
    envelope = literal.identifier(_type_name(spec.response_model))
    if spec.pagination is not None:
        item = _type_name(items[spec.operation_id])
        item_code = literal.identifier(item) if item.isidentifier() else literal.trusted(item)
        return literal.trusted(f"AsyncPager[{envelope}, {item_code}]")
    return envelope


def _method(
    spec: OperationInfo, items: Mapping[str, str], *, alias: tuple[str, str] | None = None
) -> Method:
    """The method of `spec`, or with `alias` (old method name, old accessor) the warning
    alias a renamed operation keeps under its old name."""
    params = sorted(spec.params, key=lambda param: (not param.required, param.python_name))
    paged = spec.pagination is not None and not spec.is_async
    item = _type_name(items.get(spec.operation_id, UNTYPED_ITEM))
    if alias is not None:
        doc = (
            f"Deprecated alias of `client.{spec.accessor}` ({spec.operation_id}): Trenz "
            "renamed the operation; calls warn."
        )
    else:
        doc = docstring_text(spec, params, item)
    return Method(
        name=spec.method_name if alias is None else alias[0],
        operation_id=spec.operation_id,
        params=tuple(Argument(param.python_name, annotate.parameter(param)) for param in params),
        returns=returns(spec, items),
        coroutine=not paged,
        paged=paged,
        doc=doc,
        warn=alias[1] if alias is not None else (spec.operation_id if spec.deprecated else None),
    )


def docstring_text(spec: OperationInfo, params: list[Param], item: str) -> str:
    """The method's docstring, as plain text (`codegen.literal.docstring` makes it safe)."""
    cost = (
        f"{spec.coin_cost} coins"
        if spec.pricing is None
        else f"priced per unit (fallback {spec.coin_cost} coins)"
    )
    body = [
        ("Deprecated: " if spec.deprecated else "")
        + (spec.summary or spec.operation_id).strip()
        + ".",
        "",
        f"`{spec.method} {spec.path}` ({spec.operation_id}): {cost}, {_BILLING[spec.billing_mode]}.",
    ]
    if spec.deprecated:
        body += [
            "",
            "Deprecated by Trenz (`deprecated: true` in the spec): calls emit a `DeprecationWarning`.",
        ]
    if spec.description:
        body += ["", spec.description.strip()]
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
        text = param.description.strip() or "See the Trenz API reference."
        body.append(f"    {param.python_name}: {where} {text}{default}")
    body.append(
        "    timeout, max_retries, extra_headers, extra_query, extra_body: per-request options"
    )
    body.append("        (openai-python's); see the README's \"Per-request options\".")
    body.append('    cache: False takes no answer from the read cache (see "Paying once").')
    return "\n".join(body)

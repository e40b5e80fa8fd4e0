"""The generated models: where each class lives, and the public `trenz_async.models`.

openapi-python-client writes `_generated/models/__init__.py` importing every model
module (~400 imports in every process that touches one model). `make_lazy()` reads
that file with `ast` (never by splitting its text) and replaces it with a lazy
name -> module table and a stub for type checkers, both from templates.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from openapi_python_client.strings import ClassName

from codegen.annotate import TypedDictDef
from codegen.normalize import NormalizeError, Spec, operations
from codegen.render import render

UNSET_MODULE = "trenz_async._generated.types"
PARAMS_MODULE = "models._params"  # the request TypedDicts, relative to the package
_TABLE = "_MODULES"  # the lazy `__init__.py`'s name -> module table


def read_model_modules(models_init: Path) -> dict[str, str]:
    """Class name -> module name, read with `ast` from a generated `models/__init__.py`.

    Reads both shapes: the generator's own (`from .module import Name`) and the lazy
    table `make_lazy()` writes (`_MODULES = {"Name": ".module"}`).
    """
    tree = ast.parse(models_init.read_text())
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.update((alias.asname or alias.name, node.module) for alias in node.names)
        elif isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == _TABLE for t in targets) and node.value:
                table = ast.literal_eval(node.value)
                found.update((name, module.removeprefix(".")) for name, module in table.items())
    return found


def make_lazy(models: Path) -> dict[str, str]:
    """Replace the generator's eager `models/__init__.py` with a lazy one and its stub.

    Returns:
        class name -> module name, as `read_model_modules` reads it.
    """
    modules = read_model_modules(models / "__init__.py")
    by_module = sorted(modules.items(), key=lambda pair: (pair[1], pair[0]))
    (models / "__init__.py").write_text(render("models_lazy_init.py.jinja", modules=by_module))
    (models / "__init__.pyi").write_text(
        render("models_lazy_init.pyi.jinja", modules=sorted(modules.items()))
    )
    return modules


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
    names: Iterable[str],
    model_modules: Mapping[str, str],
    package: str,
    typed_dicts: Sequence[TypedDictDef] = (),
) -> dict[str, str]:
    """File name -> source for `trenz_async/models/`: `names`, `Unset` and the request
    TypedDicts (in `_params.py`), loaded lazily.

    The runtime module holds only the names; type checkers read `__init__.pyi`.

    Raises:
        NormalizeError: a request TypedDict would take the name of a model.
    """
    models = sorted(names)
    params = [typed.name for typed in typed_dicts]
    clash = sorted(set(params) & set(model_modules))
    if clash:
        raise NormalizeError(f"request TypedDict {clash[0]} has the name of a generated model")
    relative = package.split(".", 1)[1]
    imports = [(f"{relative}.models.{model_modules[name]}", name) for name in models]
    imports.append((UNSET_MODULE.split(".", 1)[1], "Unset"))
    imports += [(f"{PARAMS_MODULE}", name) for name in params]
    everything = sorted([*models, "Unset", *params])
    runtime = render(
        "models_init.py.jinja",
        names=everything,
        params=params,
        unset_module=UNSET_MODULE,
        params_module=f"{package.split('.')[0]}.{PARAMS_MODULE}",
        models_module=f"{package}.models",
    )
    stub = render("models_init.pyi.jinja", imports=imports, names=everything)
    files = {"__init__.py": runtime, "__init__.pyi": stub}
    files[f"{PARAMS_MODULE.rpartition('.')[2]}.py"] = render(
        "params.py.jinja", typed_dicts=typed_dicts
    )
    return files

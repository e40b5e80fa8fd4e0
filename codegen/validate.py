"""Check a spec before anything is generated, and say where each problem is.

`load()` reads the file (invalid JSON names its line and column); `validate()` returns
every problem it finds, each with the operation it belongs to and a JSON pointer into
the document (`#/paths/~1open~1v1~1lives~1{id}/get/x-coin-cost`), so a maintainer can
fix them all in one pass. `make generate` stops on any of them before writing a file.

An operation the SDK cannot model yet can be left out with `exclude()` (driven by
`codegen/excluded_operations.txt`); it disappears from the facade, the registry and
`call()`, and every run warns that it is excluded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from codegen import untrusted
from codegen.normalize import HTTP_METHODS, NormalizeError, Spec, operations
from codegen.runtime import BillingMode, Pricing

EXCLUSIONS = Path(__file__).resolve().parent / "excluded_operations.txt"
COMPOSED = ("allOf", "oneOf", "anyOf", "not")
PARAMETER_LOCATIONS = ("path", "query", "header")
_PRICING_FIELDS = {field.name: field.type for field in attrs.fields(Pricing)}


@attrs.frozen
class Problem:
    """One thing wrong with the spec, and where it is."""

    pointer: str
    message: str
    operation: str | None = None

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        return f"{where}{self.message} (at {self.pointer})"


class SpecError(NormalizeError):
    """The spec cannot be generated; `problems` lists every reason."""

    heading = "in the spec"

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} {self.heading}:"]
        lines += [f"  - {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) to `parts`, as a URI fragment."""
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in parts)
    return "#/" + "/".join(escaped)


def load(path: Path) -> Spec:
    """The spec at `path` as JSON data.

    Raises:
        SpecError: the file is missing, is not JSON, or is not a JSON object.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError([Problem("#", f"cannot read {path}: {exc.strerror or exc}")]) from exc
    try:
        spec = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"{path} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        raise SpecError([Problem("#", message)]) from exc
    if not isinstance(spec, dict):
        raise SpecError([Problem("#", f"{path} holds a JSON {type(spec).__name__}, not an object")])
    return spec


def read_exclusions(path: Path = EXCLUSIONS) -> tuple[str, ...]:
    """The operationIds listed in an exclusions file (`#` starts a comment)."""
    if not path.exists():
        return ()
    names = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return tuple(name for name in names if name)


def exclude(spec: Spec, operation_ids: Iterable[str]) -> tuple[Spec, list[str]]:
    """A copy of `spec` without the named operations, and a warning for each name."""
    wanted = set(operation_ids)
    if not wanted:
        return spec, []
    kept = {**spec, "paths": {}}
    warnings = []
    found = set()
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, dict):
            kept["paths"][path] = item
            continue
        new_item = {}
        for method, operation in item.items():
            operation_id = operation.get("operationId") if isinstance(operation, dict) else None
            if method in HTTP_METHODS and operation_id in wanted:
                found.add(operation_id)
                warnings.append(
                    f"excluded from generation: {operation_id} ({method.upper()} {path}); "
                    f"it has no method, no registry entry and no call() (see {EXCLUSIONS.name})"
                )
            else:
                new_item[method] = operation
        if new_item:
            kept["paths"][path] = new_item
    for missing in sorted(wanted - found):
        warnings.append(f"{EXCLUSIONS.name} names {missing}, which the spec does not have")
    return kept, warnings


def validate(spec: Spec) -> list[Problem]:
    """Every problem that would stop generation or make it generate something wrong."""
    problems = list(_document(spec))
    if not isinstance(spec.get("paths"), dict) or not all(
        isinstance(item, dict) for item in spec["paths"].values()
    ):
        return problems
    problems += [_attribute(spec, found, problem) for found, problem in _dangling_refs(spec)]
    problems += list(_untrusted(spec))
    key_headers = {
        str(scheme.get("name", "")).lower()
        for scheme in spec.get("components", {}).get("securitySchemes", {}).values()
        if isinstance(scheme, dict)
        and scheme.get("type") == "apiKey"
        and scheme.get("in") == "header"
    }
    seen: dict[str, str] = {}
    for method, path, operation in operations(spec):
        base = ("paths", path, method)
        if not isinstance(operation, dict):
            problems.append(Problem(pointer(*base), "an operation must be an object"))
            continue
        operation_id = operation.get("operationId")
        label = f"{operation_id or '(no operationId)'} ({method.upper()} {path})"
        where = f"{method.upper()} {path}"
        if not operation_id or not isinstance(operation_id, str):
            problems.append(Problem(pointer(*base), "missing operationId", where))
        elif operation_id in seen:
            problems.append(
                Problem(
                    pointer(*base, "operationId"),
                    f"operationId {operation_id!r} is also used by {seen[operation_id]}",
                    label,
                )
            )
        else:
            seen[operation_id] = where
        found = _operation(operation, base, key_headers)
        problems += [attrs.evolve(problem, operation=label) for problem in found]
    return problems


def check(spec: Spec) -> None:
    """Raise `SpecError` listing every problem, if there is any."""
    problems = validate(spec)
    if problems:
        raise SpecError(problems)


def _document(spec: Spec) -> Iterator[Problem]:
    version = spec.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        yield Problem(pointer("openapi"), f"expected an OpenAPI 3.x document, got {version!r}")
    servers = spec.get("servers")
    if not isinstance(servers, list) or not servers:
        yield Problem(
            pointer("servers"),
            "missing `servers`: the client's default base URL is the first server's `url`",
        )
    elif not isinstance(servers[0], dict) or not isinstance(servers[0].get("url"), str):
        yield Problem(pointer("servers", 0, "url"), "the first server has no `url` string")
    paths = spec.get("paths")
    if not isinstance(paths, dict) or not paths:
        yield Problem(pointer("paths"), "the spec has no `paths`")
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            yield Problem(pointer("paths", path), "a path item must be an object")
            continue
        for key in sorted(set(item) - set(HTTP_METHODS)):
            yield Problem(pointer("paths", path, key), f"path-level {key!r} is not supported")


def _operation(
    operation: dict[str, Any], base: tuple[str, ...], key_headers: set[str]
) -> Iterator[Problem]:
    cost = operation.get("x-coin-cost")
    if "x-coin-cost" not in operation:
        yield Problem(pointer(*base), "missing x-coin-cost")
    elif isinstance(cost, bool) or not isinstance(cost, int) or cost < 0:
        yield Problem(
            pointer(*base, "x-coin-cost"), f"x-coin-cost must be a whole number >= 0, got {cost!r}"
        )
    mode = operation.get("x-billing-mode")
    modes = ", ".join(mode.value for mode in BillingMode)
    if "x-billing-mode" not in operation:
        yield Problem(pointer(*base), f"missing x-billing-mode (one of {modes})")
    elif mode not in {mode.value for mode in BillingMode}:
        yield Problem(
            pointer(*base, "x-billing-mode"),
            f"unknown x-billing-mode {mode!r}: the SDK knows {modes}; an unknown mode could "
            "not be accounted or retried safely, so generation stops",
        )
    if not isinstance(operation.get("deprecated", False), bool):
        yield Problem(
            pointer(*base, "deprecated"),
            f"deprecated must be true or false, got {operation['deprecated']!r}",
        )
    scope = operation.get("x-scope")
    if scope is not None and not isinstance(scope, str):
        yield Problem(pointer(*base, "x-scope"), f"x-scope must be a string, got {scope!r}")
    if "x-pricing" in operation:
        yield from _pricing(operation["x-pricing"], (*base, "x-pricing"))
    tags = operation.get("tags")
    if not isinstance(tags, list) or len(tags) != 1 or not isinstance(tags[0], str):
        yield Problem(
            pointer(*base, "tags"), f"expected exactly one tag (it names the resource), got {tags}"
        )
    for index, param in enumerate(operation.get("parameters", [])):
        yield from _parameter(param, (*base, "parameters", str(index)), key_headers)
    body = operation.get("requestBody")
    if body is not None:
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or set(content) != {"application/json"}:
            yield Problem(
                pointer(*base, "requestBody"),
                "request bodies must be application/json only (and not a $ref)",
            )
    responses = operation.get("responses", {})
    if not isinstance(responses, dict) or "200" not in responses:
        yield Problem(pointer(*base, "responses"), "no 200 response")
    for found, node in _walk(operation, base):
        for keyword in COMPOSED:
            if keyword in node:
                yield Problem(
                    pointer(*found, keyword),
                    f"composed schema {keyword!r} is not supported; exclude the operation "
                    f"in codegen/{EXCLUSIONS.name} until codegen learns it",
                )


def _parameter(param: Any, base: tuple[str, ...], key_headers: set[str]) -> Iterator[Problem]:
    if not isinstance(param, dict) or "$ref" in param:
        yield Problem(pointer(*base), "parameters must be inline objects ($ref is not supported)")
        return
    location, name = param.get("in"), param.get("name")
    if not isinstance(name, str):
        yield Problem(pointer(*base, "name"), "parameter without a name")
    elif location == "header" and name.lower() not in key_headers:
        yield Problem(
            pointer(*base),
            f"header parameter {name!r} is not supported (only the API-key header, which "
            "the client sends itself)",
        )
    elif location not in PARAMETER_LOCATIONS:
        yield Problem(pointer(*base, "in"), f"parameter location {location!r} is not supported")


def _pricing(pricing: Any, base: tuple[str, ...]) -> Iterator[Problem]:
    if not isinstance(pricing, dict):
        yield Problem(pointer(*base), "x-pricing must be an object")
        return
    missing = sorted(set(_PRICING_FIELDS) - set(pricing))
    unknown = sorted(set(pricing) - set(_PRICING_FIELDS))
    if missing or unknown:
        yield Problem(
            pointer(*base),
            f"x-pricing fields differ from what the SDK prices with: missing {missing}, "
            f"unknown {unknown}",
        )
    prices = pricing.get("unit_price_map")
    if not isinstance(prices, dict) or not all(
        isinstance(value, int) and not isinstance(value, bool) for value in prices.values()
    ):
        yield Problem(
            pointer(*base, "unit_price_map"), "unit_price_map must map tiers to whole coins"
        )
    for name in ("default_quantity", "fallback_coin_cost"):
        value = pricing.get(name)
        if name in pricing and (isinstance(value, bool) or not isinstance(value, int)):
            yield Problem(pointer(*base, name), f"{name} must be a whole number, got {value!r}")


def _untrusted(spec: Spec) -> Iterator[Problem]:
    """What cannot become code as written (`codegen.untrusted`), with its operation."""
    for found, message in untrusted.findings(spec):
        yield _attribute(spec, found, Problem(pointer(*found), message))


def _dangling_refs(spec: Spec) -> Iterator[tuple[tuple[str, ...], Problem]]:
    """Every `$ref` in the document must be local and point at something."""
    for found, node in _walk(spec, ()):
        ref = node.get("$ref")
        if ref is None:
            continue
        where = pointer(*found, "$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            yield found, Problem(where, f"only local $refs (#/...) are supported, got {ref!r}")
        elif not _resolves(spec, ref):
            yield found, Problem(where, f"$ref {ref!r} points at nothing")


def _attribute(spec: Spec, found: tuple[str, ...], problem: Problem) -> Problem:
    """Name the operation a problem under `#/paths/...` belongs to."""
    if len(found) < 3 or found[0] != "paths" or found[2] not in HTTP_METHODS:
        return problem
    operation = spec["paths"][found[1]][found[2]]
    operation_id = operation.get("operationId") if isinstance(operation, dict) else None
    label = f"{operation_id or '(no operationId)'} ({found[2].upper()} {found[1]})"
    return attrs.evolve(problem, operation=label)


def _resolves(spec: Spec, ref: str) -> bool:
    node: Any = spec
    for raw in ref[2:].split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


def _walk(node: Any, at: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every dict nested in `node`, with its path from the document root."""
    if isinstance(node, dict):
        yield at, node
        for key, value in node.items():
            # Examples are data, not schemas: a `$ref` or `oneOf` key there means nothing.
            if key not in ("example", "examples"):
                yield from _walk(value, (*at, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*at, str(index)))

"""What no emitter could write faithfully is refused at validation, with its JSON pointer.

Also the crashes that used to replace an error: an OpenAPI 3.1 type array on a
parameter, a pure `$ref` loop, a schema name needing `~1` in its pointer. Each reaches
the command line as exit 2 (invalid spec) with the pointer, never a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import annotate, registry, validate
from codegen.naming import resource_name
from codegen.normalize import NormalizeError, normalize

from . import specs
from .conftest import REPO

SEARCH = "/open/v1/things/search"
SEARCH_AT = ("paths", SEARCH, "get")
LABEL = f"trenz-things-search (GET {SEARCH})"


def _search(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"][SEARCH]["get"]  # type: ignore[no-any-return]


def _problems(spec: dict[str, Any]) -> dict[str, validate.Problem]:
    return {problem.pointer: problem for problem in validate.validate(spec)}


def _cli(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )


@pytest.mark.parametrize("number", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_numbers_are_refused_where_they_are(number: float) -> None:
    """A NaN default (`NameError: nan` once generated) is refused with its pointer."""
    spec = specs.minimal_spec()
    _search(spec)["parameters"][2]["schema"]["default"] = number
    problem = _problems(spec)[validate.pointer(*SEARCH_AT, "parameters", 2, "schema", "default")]
    assert problem.operation == LABEL
    assert "not a number JSON allows" in problem.message


def test_a_spec_file_with_nan_exits_2_naming_the_pointer(tmp_path: Path) -> None:
    """`NaN` in the JSON text: `make generate` stops with exit 2 and the pointer."""
    spec = specs.minimal_spec()
    _search(spec)["parameters"][2]["schema"]["default"] = float("nan")
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec))  # writes the non-standard `NaN` token
    result = _cli("codegen.generate", "--spec", str(path), "--root", str(tmp_path))
    assert result.returncode == 2, result.stderr
    assert "/parameters/2/schema/default" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("bad", ["\x00", "\n", "\u2028", "\u202e", "\x1b[31m"])
def test_names_with_control_characters_are_refused(bad: str) -> None:
    """operationId, tag, parameter, path, schema and property names are refused with pointers."""
    spec = specs.minimal_spec()
    search = _search(spec)
    search["operationId"] = f"trenz-things-search{bad}"
    search["tags"] = [f"Data/Things{bad}"]
    search["parameters"][1]["name"] = f"keyword{bad}"
    render = spec["paths"]["/open/v1/things/render"]["post"]
    body = render["requestBody"]["content"]["application/json"]["schema"]
    body["properties"][f"style{bad}"] = body["properties"].pop("style")
    spec["paths"][f"/open/v1/odd{bad}"] = spec["paths"].pop("/open/v1/things/render")
    spec["components"]["schemas"][f"Usage{bad}"] = {"type": "object"}
    found = _problems(spec)
    odd = ("paths", f"/open/v1/odd{bad}", "post")
    expected = [
        validate.pointer(*SEARCH_AT, "operationId"),
        validate.pointer(*SEARCH_AT, "tags", 0),
        validate.pointer(*SEARCH_AT, "parameters", 1, "name"),
        validate.pointer(*odd[:2]),
        validate.pointer(*odd, "requestBody", "content", "application/json", "schema")
        + validate.pointer("properties", f"style{bad}")[1:],
        validate.pointer("components", "schemas", f"Usage{bad}"),
    ]
    for pointer in expected:
        assert pointer in found, (pointer, sorted(found))


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ('/open/v1/things"""; __import__("os"); """', False),
        ("/open/v1/things search", False),
        ("/open/v1/things\\search", False),
        ("/open/v1/it's/(x)/{thing_id}/a:b@c;d=e,f+g*h!~", True),
        ("/open/v1/caf%C3%A9", True),
    ],
)
def test_paths_must_be_url_path_templates(path: str, allowed: bool) -> None:
    """Quotes, spaces and backslashes are not URL path characters; RFC 3986's are kept."""
    spec = specs.minimal_spec()
    spec["paths"][path] = spec["paths"].pop(SEARCH)
    if "{thing_id}" in path:
        _search_at = spec["paths"][path]["get"]
        _search_at["parameters"].insert(
            0, {"in": "path", "name": "thing_id", "required": True, "schema": {"type": "string"}}
        )
    where = validate.pointer("paths", path)
    assert (where not in _problems(spec)) is allowed


def test_a_schema_name_needing_an_escaped_pointer_is_refused_and_diff_exits_2(
    tmp_path: Path,
) -> None:
    """`Usage/Info` (`#/components/schemas/Usage~1Info`) breaks OpenAPI's name rule: exit 2."""
    spec = specs.minimal_spec()
    schemas = spec["components"]["schemas"]
    schemas["Usage/Info"] = schemas.pop("UsageInfo")
    text = json.dumps(spec).replace(
        "#/components/schemas/UsageInfo", "#/components/schemas/Usage~1Info"
    )
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(specs.minimal_spec()))
    new.write_text(text)
    problem = _problems(json.loads(text))[validate.pointer("components", "schemas", "Usage/Info")]
    assert "[a-zA-Z0-9.-_]+" in problem.message
    result = _cli("codegen.diff", str(old), str(new))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "#/components/schemas/Usage~1Info" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_nullable_type_array_is_a_nullable_parameter() -> None:
    """`type: [string, "null"]` (OpenAPI 3.1) types the parameter as `str`, optional."""
    spec = specs.minimal_spec()
    _search(spec)["parameters"][1]["schema"]["type"] = ["string", "null"]
    assert validate.validate(spec) == []
    infos = registry.build(spec, normalize(spec), None, "")
    (search,) = (info for info in infos if info.operation_id == "trenz-things-search")
    keyword = search.param("keyword")
    assert keyword is not None
    assert keyword.json_type == "string"
    assert annotate.parameter(keyword) == "str | None = None"


@pytest.mark.parametrize("types", [["string", "integer"], ["null"], ["string", "null", "integer"]])
def test_other_type_arrays_are_refused_with_a_pointer(types: list[str], tmp_path: Path) -> None:
    """A type array that is not `[T, "null"]` stops generation with exit 2, not a TypeError."""
    spec = specs.minimal_spec()
    _search(spec)["parameters"][1]["schema"]["type"] = types
    pointer = validate.pointer(*SEARCH_AT, "parameters", 1, "schema", "type")
    assert pointer in _problems(spec)
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec))
    result = _cli("codegen.generate", "--spec", str(path), "--root", str(tmp_path))
    assert result.returncode == 2, result.stderr
    assert pointer in result.stderr


def test_a_ref_loop_is_named(tmp_path: Path) -> None:
    """`A -> B -> A` is refused naming the loop, before the generator prints its own dump."""
    spec = specs.minimal_spec()
    schemas = spec["components"]["schemas"]
    schemas["Alpha"] = {"$ref": "#/components/schemas/Beta"}
    schemas["Beta"] = {"$ref": "#/components/schemas/Alpha"}
    _search(spec)["parameters"][1]["schema"] = {"$ref": "#/components/schemas/Beta"}
    problem = _problems(spec)[validate.pointer("components", "schemas", "Alpha", "$ref")]
    assert "Alpha -> Beta -> Alpha" in problem.message
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec))
    result = _cli("codegen.generate", "--spec", str(path), "--root", str(tmp_path))
    assert result.returncode == 2, result.stderr
    assert "Alpha -> Beta -> Alpha" in result.stderr
    assert "UntrustedString" not in result.stdout + result.stderr


@pytest.mark.parametrize("tag", ["Data/123", "Data/class", 'Data/"""'])
def test_a_tag_that_names_no_python_module_is_refused(tag: str) -> None:
    """A resource name must be a module, class and attribute name: an override is asked for."""
    with pytest.raises(NormalizeError, match="RESOURCE_OVERRIDES"):
        resource_name(tag)


def test_bidirectional_controls_are_refused_anywhere() -> None:
    """A right-to-left override in prose (Trojan Source) is refused where it is."""
    spec = specs.minimal_spec()
    _search(spec)["description"] = "looks \u202eharmless"
    problem = _problems(spec)[validate.pointer(*SEARCH_AT, "description")]
    assert "bidirectional" in problem.message

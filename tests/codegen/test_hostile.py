"""A hostile spec: its strings reach the generated package as data, never as code.

One generation of a spec whose every field that reaches code holds text made to break
out of a string, a docstring or a line: operationId, path, tag, summary, description,
parameter name, enum value, default and schema name. The payload would create a marker
file if it ever ran; the staging build's smoke test has imported every module and called
every method once, and this test does it again and reads the text back.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from codegen.generate import GenerationError, generate
from codegen.normalize import GENERATED_MARKER

from . import specs
from .conftest import copy_hand_written

# No "/" in it: a tag's last segment names its resource.
PAYLOAD = '"""; __import__("pathlib").Path(__import__("os").environ["HOSTILE_MARKER"]).touch(); """'
PROSE = PAYLOAD + '\'\'\'\\\x00\u2028\u2029\r""""x\\'  # NUL, separators, CR
SEARCH = "/open/v1/things/search"


def hostile_spec() -> tuple[dict[str, Any], dict[str, Any]]:
    """The minimal spec with hostile text in every field that reaches code, and that text."""
    spec = specs.minimal_spec()
    path = "/open/v1/things/it's(search)+x;y=z"
    search = spec["paths"].pop(SEARCH)["get"]
    spec["paths"][path] = {"get": search}
    text = {
        "operation_id": "trenz-things-search" + PAYLOAD,
        "path": path,
        "tag": "Data/Things" + PAYLOAD,
        "summary": "Search" + PROSE,
        "description": "first line\n" + PROSE + "\nlast line",
        "parameter": "keyword" + PAYLOAD,
        "enum": PROSE,
        "default": "\n" + PROSE,
        "schema": "Style.Kind-v2_x",
    }
    search["operationId"] = text["operation_id"]
    search["tags"] = [text["tag"]]
    search["summary"] = text["summary"]
    search["description"] = text["description"]
    keyword = search["parameters"][1]
    keyword["name"] = text["parameter"]
    keyword["schema"]["default"] = text["default"]
    search["parameters"][0]["schema"]["enum"] = ["us", text["enum"]]
    render = spec["paths"]["/open/v1/things/render"]["post"]
    style = render["requestBody"]["content"]["application/json"]["schema"]["properties"]["style"]
    style["enum"] = ["flat", text["enum"]]
    spec["components"]["schemas"][text["schema"]] = style.copy()
    style.clear()
    style["$ref"] = f"#/components/schemas/{text['schema']}"
    return spec, text


# Run in the generated package: what a user of it would read back.
READ_BACK = textwrap.dedent(
    """
    import ast, inspect, json, sys
    import trenz_async
    text = json.loads(sys.argv[1])
    info = trenz_async.OPERATIONS[text["operation_id"]]
    client = trenz_async.TrenzClient(api_key="sk_test_hostile", base_url="https://x.invalid")
    method = getattr(getattr(client, info.resource), info.method_name)
    signature = inspect.signature(method)
    keyword = next(p for p in info.params if p.name == text["parameter"])
    country = ast.parse(signature.parameters["country"].annotation, mode="eval").body
    raw_doc = inspect.getdoc(getattr(client, info.resource).with_raw_response)
    print(json.dumps({
        "path": info.path,
        "tag": info.tag,
        "doc": method.__doc__,
        "summary": info.summary,
        "description": info.description,
        "default": signature.parameters[keyword.python_name].default,
        "literal": [ast.literal_eval(item) for item in country.slice.elts],
        "resource_doc": sys.modules[type(getattr(client, info.resource)).__module__].__doc__,
        "raw_doc": raw_doc,
    }))
    """
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Path]:
    """One generation of the hostile spec: (root, the hostile text, the marker path)."""
    root = copy_hand_written(tmp_path_factory.mktemp("hostile"))
    marker = root / "pwned"
    spec, text = hostile_spec()
    (root / "openapi.json").write_text(json.dumps(spec))
    saved = os.environ.get("HOSTILE_MARKER")
    os.environ["HOSTILE_MARKER"] = str(marker)  # the smoke test's interpreter inherits it
    try:
        generate(root / "openapi.json", root)
    finally:
        if saved is None:
            del os.environ["HOSTILE_MARKER"]
        else:
            os.environ["HOSTILE_MARKER"] = saved
    return root, text, marker


def test_the_hostile_spec_generates_and_nothing_ran(hostile: tuple[Path, Any, Path]) -> None:
    """Generation succeeded (every module imported, every method called): no payload ran."""
    root, _, marker = hostile
    assert (root / "trenz_async" / "resources").is_dir()
    assert not marker.exists()


def test_every_hostile_string_reads_back_as_data(hostile: tuple[Path, Any, Path]) -> None:
    """Paths, tags, docstrings, defaults and Literal values hold the spec's text exactly."""
    root, text, marker = hostile
    env = {**os.environ, "PYTHONPATH": str(root), "HOSTILE_MARKER": str(marker)}
    result = subprocess.run(
        [sys.executable, "-c", READ_BACK, json.dumps(text)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert not marker.exists()
    assert found["path"] == text["path"]
    assert found["tag"] == text["tag"]
    assert found["summary"] == text["summary"]
    assert found["description"] == text["description"]
    assert found["default"] == text["default"]
    assert found["literal"] == ["us", text["enum"]]
    doc = found["doc"]
    assert doc.startswith(text["summary"].strip() + ".")
    assert f"({text['operation_id']})" in doc
    assert f"`GET {text['path']}`" in doc
    for line in text["description"].split("\n"):
        assert line.strip() in doc
    assert text["tag"] in found["resource_doc"]


def test_no_hostile_text_reaches_source_unescaped(hostile: tuple[Path, Any, Path]) -> None:
    """No generated file holds a NUL, a line separator or a CR raw, nor calls the payload."""
    root, _, _ = hostile
    package = root / "trenz_async"
    outputs = [
        *(package / "_generated").rglob("*.py"),
        *(package / "resources").rglob("*.py"),
        *(package / "models").rglob("*.py"),
        package / "_registry" / "table.py",
        package / "_registry" / "prose.py",
    ]
    for path in outputs:
        source = path.read_text()
        assert source.startswith(f"# {GENERATED_MARKER}"), path
        assert not {"\x00", "\u2028", "\u2029", "\r"} & set(source), path
        calls = [
            node
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "__import__"
        ]
        assert calls == [], path  # the payload is in strings only, never a call


def test_a_staged_package_that_fails_its_smoke_test_is_not_swapped_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A generated default that is a name lookup (`= nan`) stops generation; nothing moves."""
    from codegen import facade

    real = facade.resource_modules

    def with_nan(*args: Any, **kwargs: Any) -> dict[str, str]:
        files = real(*args, **kwargs)
        name = next(name for name in sorted(files) if " = 20," in files[name])
        files[name] = files[name].replace(" = 20,", " = nan,", 1)
        return files

    monkeypatch.setattr(facade, "resource_modules", with_nan)
    root = copy_hand_written(tmp_path)
    (root / "openapi.json").write_text(json.dumps(specs.minimal_spec()))
    before = sorted(str(path) for path in root.rglob("*"))
    with pytest.raises(GenerationError, match="smoke test") as caught:
        generate(root / "openapi.json", root)
    assert "NameError" in str(caught.value)
    assert sorted(str(path) for path in root.rglob("*")) == before

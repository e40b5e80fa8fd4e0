"""`mypy --strict` sees the facade's precise types, including through the raw-response twins.

Each test writes a small user file calling operations picked from the registry (never
named here), runs the project's mypy on it against this checkout, and reads mypy's
`reveal_type` notes and errors.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from trenz_async import OperationInfo
from trenz_async._registry import Shape

from ..unit.helpers import minimal_arguments, pick

REPO = Path(__file__).resolve().parents[2]


def mypy(tmp_path: Path, body: str) -> list[str]:
    """mypy's messages about `body` (the inside of `async def user(client)`), one per line."""
    source = tmp_path / "user_code.py"
    indented = "\n".join(f"    {line}" for line in body.strip().splitlines())
    source.write_text(
        "import trenz_async\n\n\n"
        f"async def user(client: trenz_async.TrenzClient) -> None:\n{indented}\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(source)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "user_code.py" in result.stdout or result.returncode == 0, result.stdout + result.stderr
    return [line.split(": ", 1)[1] for line in result.stdout.splitlines() if "user_code.py" in line]


def _call(info: OperationInfo, twin: bool = False, **extra: object) -> str:
    arguments = ", ".join(
        f"{name}={value!r}" for name, value in {**minimal_arguments(info), **extra}.items()
    )
    raw = ".with_raw_response" if twin else ""
    return f"client.{info.resource}{raw}.{info.method_name}({arguments})"


def _model(info: OperationInfo) -> str:
    return info.response_model.rpartition(":")[2]


def test_raw_twins_keep_parameter_and_return_types(tmp_path: Path) -> None:
    """`with_raw_response.<method>` answers `RawResponse[<envelope>]` and checks its arguments."""
    read = pick(lambda info: not info.is_async and info.pagination is None, "plain read")
    paged = pick(lambda info: info.pagination is not None and not info.is_async, "list read")
    job = pick(lambda info: info.is_async, "async job")
    messages = mypy(
        tmp_path,
        f"""
reveal_type(await {_call(read, twin=True)})
reveal_type(await {_call(paged, twin=True)})
reveal_type(await {_call(job, twin=True)})
await {_call(read, twin=True, timeout="5")}
await {_call(read, twin=True, no_such_parameter=1)}
""",
    )
    revealed = [line for line in messages if line.startswith("note: Revealed type")]
    assert len(revealed) == 3, messages
    assert "RawResponse[trenz_async._generated.models." in revealed[0]
    assert f".{_model(read)}]" in revealed[0]
    assert f".{_model(paged)}]" in revealed[1]  # the first page's envelope, not the pager
    assert "RawResponse[trenz_async._jobs.task.Task[" in revealed[2]
    errors = [line for line in messages if line.startswith("error:")]
    assert any('"timeout"' in line and '"str"' in line for line in errors), messages
    assert any('"no_such_parameter"' in line for line in errors), messages


def _sample(shape: Shape) -> object:
    """A value of this shape, every field filled."""
    if shape.enum:
        return shape.enum[0]
    if shape.json_type == "object":
        return {key: _sample(field) for key, field in shape.fields.items()}
    return {"string": "x", "integer": 1, "number": 1.5, "boolean": True}.get(
        shape.json_type or "", []
    )


def _nested_list_param(info: OperationInfo) -> str | None:
    """A body parameter of `info` taking a list of typed objects, if it has one."""
    for param in info.params:
        shape = param.shape
        if shape is not None and shape.items is not None and shape.items.name is not None:
            return param.python_name
    return None


def test_a_nested_body_parameter_names_its_typed_dict(tmp_path: Path) -> None:
    """A list of strings where the spec wants objects fails `mypy --strict`, naming the shape."""
    info = pick(lambda info: _nested_list_param(info) is not None, "list-of-objects body field")
    name = _nested_list_param(info)
    assert name is not None
    param = info.param(name)
    assert param is not None
    assert param.shape is not None
    assert param.shape.items is not None
    expected = param.shape.items.name
    messages = mypy(
        tmp_path,
        f"""
await {_call(info, **{name: ["https://x/a.jpg"]})}
await {_call(info, **{name: [_sample(param.shape.items)]})}
""",
    )
    errors = [line for line in messages if line.startswith("error:")]
    assert len(errors) == 1, messages  # the mistake; the well-shaped call passes
    assert f'"{expected}"' in errors[0], errors
    assert '"str"' in errors[0], errors

"""Smoke-test a staged build before it is swapped in: compile, import, call every method.

`run()` (called by `codegen.generate`) builds a tree holding `trenz_async`: the
hand-written package with the staged generated outputs linked in place of the committed
ones, and runs this file on it in a fresh interpreter,

    python -P codegen/smoke.py TREE OUTPUT...

which checks, and exits 1 listing what failed:

- every generated file compiles (`.pyi` stubs too) and every generated module imports;
- every facade method, and its `with_raw_response` twin, answers once against a mock
  transport: required arguments synthesized from the staged spec, every response a
  synthesized envelope (the fake server's synthesizer), list methods awaited for their
  first page.

It imports nothing from `codegen` (`-P` keeps its own directory off `sys.path`), so the
interpreter sees only the package under test, and it writes no bytecode there.
"""

from __future__ import annotations

import inspect
import logging
import shutil
import subprocess
import sys
import traceback
import warnings
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

_PATH_VALUE = "smoke1"  # a path parameter no check refuses
_JOB_ID = "smoke_job"
TIMEOUT = 300.0  # seconds; a healthy smoke test takes two


def run(
    stage: Path,
    outputs: list[str],
    *,
    package: Path,
    env: Mapping[str, str],
    ignore: Collection[str],
) -> str:
    """Smoke-test the staged `outputs` (paths under `stage`) with the hand-written `package`.

    Nothing outside `stage` is touched, and no bytecode is written into the staged
    outputs. Returns what failed (empty when nothing did).
    """
    tree = stage / "smoke"
    root = package.name
    skipped = {output.removeprefix(f"{root}/") for output in outputs}
    shutil.copytree(
        package,
        tree / root,
        ignore=lambda directory, names: [
            name
            for name in names
            if name in ignore or str((Path(directory) / name).relative_to(package)) in skipped
        ],
    )
    for output in outputs:
        (tree / output).symlink_to((stage / output).resolve())
    result = subprocess.run(
        [sys.executable, "-P", __file__, str(tree), *outputs],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"},
        cwd=tree,
        check=False,
        timeout=TIMEOUT,
    )
    shutil.rmtree(tree)
    return "" if result.returncode == 0 else result.stdout + result.stderr


def main(argv: list[str]) -> int:
    """Check the package under `argv[0]`, whose generated outputs are `argv[1:]`."""
    sys.dont_write_bytecode = True
    warnings.simplefilter("ignore")  # deprecations and drift are not failures here
    logging.getLogger("trenz_async").setLevel(logging.CRITICAL)
    tree = Path(argv[0]).resolve()
    import trenz_async

    if not Path(trenz_async.__file__).resolve().is_relative_to(tree):
        print(f"imported trenz_async from {trenz_async.__file__}, not {tree}")
        return 1
    failures = _modules(tree, [tree / output for output in argv[1:]])
    if not failures:  # calls need every module; their failures would only repeat these
        import anyio

        failures = anyio.run(_calls)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


def _modules(tree: Path, outputs: list[Path]) -> list[str]:
    files = sorted(
        path
        for output in outputs
        for path in ([output] if output.is_file() else output.rglob("*"))
        if path.suffix in (".py", ".pyi")
    )
    failures = []
    for path in files:
        where = path.relative_to(tree)
        try:
            compile(path.read_bytes(), str(where), "exec", dont_inherit=True)
            if path.suffix == ".py":
                parts = where.with_suffix("").parts
                name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
                __import__(name)
        except Exception:
            failures.append(f"{where}:\n{_last_lines(traceback.format_exc())}")
    return failures


async def _calls() -> list[str]:
    import httpx

    from trenz_async import OPERATIONS, OperationInfo, RetryPolicy, TrenzClient
    from trenz_async.testing import _spec
    from trenz_async.testing._synth import Synthesizer, stable_rng

    current: list[OperationInfo] = []

    def answer(request: httpx.Request) -> httpx.Response:
        info = current[-1]
        envelope = Synthesizer(stable_rng(info.operation_id)).value(
            _spec.response_schema(info.method, info.path)
        )
        if info.is_async and isinstance(envelope.get("data"), dict):
            envelope["data"][info.job_id_field] = _JOB_ID
        return httpx.Response(200, json=envelope)

    failures = []
    async with TrenzClient(
        api_key="sk_test_smoke",
        base_url="https://smoke.invalid",
        transport=httpx.MockTransport(answer),
        rate_limit=None,
        retry=RetryPolicy(max_retries=0),
    ) as client:
        for operation_id, info in sorted(OPERATIONS.items()):
            current.append(info)
            try:
                arguments = _arguments(info, _spec, Synthesizer(stable_rng(operation_id)))
                resource = getattr(client, info.resource)
                twin = resource.with_raw_response
                for method in (
                    getattr(resource, info.method_name),
                    getattr(twin, info.method_name),
                ):
                    result = method(**arguments)
                    if inspect.isawaitable(result):  # a pager: its first page
                        await result
            except Exception:
                failures.append(f"{info.accessor}:\n{_last_lines(traceback.format_exc())}")
    return failures


def _arguments(info: Any, spec: Any, synth: Any) -> dict[str, Any]:
    """Each required parameter of `info`, synthesized from its schema in the staged spec."""
    operation = spec.operation(info.method, info.path)
    parameters = {
        param["name"]: param.get("schema", {}) for param in operation.get("parameters", [])
    }
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    fields = spec.resolve(body.get("schema", {})).get("properties", {})
    arguments = {}
    for param in info.params:
        if not param.required:
            continue
        if param.location == "path":
            arguments[param.python_name] = _PATH_VALUE
        else:
            schema = fields[param.name] if param.location == "body" else parameters[param.name]
            arguments[param.python_name] = synth.value(schema, param.name)
    return arguments


def _last_lines(text: str, count: int = 6) -> str:
    return "\n".join(f"    {line}" for line in text.strip().splitlines()[-count:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The public surface of `trenz_async.testing`, and running it as a process."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx

import trenz_async.testing

from .helpers import minimal_args, paid_read, request_parts

REPO = Path(__file__).resolve().parents[2]


def test_exported_members() -> None:
    """`__all__` lists exactly the public names, sorted."""
    # The package's pytest plugin makes pytest rewrite its modules, which adds
    # `@py_builtins`-style names: not identifiers, never importable.
    public = {
        name
        for name in dir(trenz_async.testing)
        if not name.startswith("_") and name.isidentifier()
    }
    assert set(trenz_async.testing.__all__) == public - {"annotations"}
    # isort's order, as ruff keeps it: constants first, then classes.
    names = trenz_async.testing.__all__
    assert names == sorted(names, key=lambda name: (not name.isupper(), name))


def test_importing_does_not_load_the_spec() -> None:
    """Importing `trenz_async.testing` does not parse the bundled spec."""
    code = (
        "import trenz_async.testing, trenz_async.testing._spec as s;"
        "print(s.load_spec.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


def read_lines(process: subprocess.Popen[str], count: int, timeout: float = 20.0) -> list[str]:
    """The first `count` lines the process prints (fails if it takes longer than `timeout`)."""
    stdout = process.stdout
    assert stdout is not None
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return [lines.get(timeout=timeout).strip() for _ in range(count)]


def test_module_serves_and_prints_url_and_key() -> None:
    """`python -m trenz_async.testing` prints its base URL and test key, serves, and stops on SIGINT."""
    command = [
        sys.executable, "-m", "trenz_async.testing",
        "--port", "0", "--seed", "3", "--job-duration", "0.1", "--failure-ratio", "0.5",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True, env=env) as process:
        try:
            lines = read_lines(process, 3)
            settings = dict(line.split("=", 1) for line in lines if "=" in line)
            assert settings["TRENZ_API_KEY"] == trenz_async.testing.TEST_API_KEY
            url = settings["TRENZ_BASE_URL"]
            assert url.startswith("http://127.0.0.1:")
            method, path, kwargs = request_parts(paid_read(), minimal_args(paid_read()))
            response = httpx.request(
                method, f"{url}{path}", headers={"X-API-Key": settings["TRENZ_API_KEY"]}, **kwargs
            )
            assert response.status_code == 200
        finally:
            process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0

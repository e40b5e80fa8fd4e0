"""Running the `trenz` console script in a subprocess, the way a shell runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from trenz_async.testing import TEST_API_KEY, FakeTrenz

# The console script pip installed next to this interpreter: the entry point under test.
TRENZ = str(Path(sys.executable).with_name("trenz"))


@attrs.frozen
class Served:
    """A fake Trenz API listening on a loopback port."""

    fake: FakeTrenz
    base_url: str

    def requests_to(self, operation_id: str) -> int:
        """How many requests for `operation_id` the fake has received so far."""
        return sum(1 for record in self.fake.requests if record.operation_id == operation_id)


@attrs.frozen
class Result:
    """A finished `trenz` run."""

    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """stdout as one JSON document."""
        return json.loads(self.stdout)

    def json_lines(self) -> list[Any]:
        """stdout as JSON Lines."""
        return [json.loads(line) for line in self.stdout.splitlines()]


def environment(config_home: Path, **overrides: str) -> dict[str, str]:
    """The process environment for a run: no inherited TRENZ_*, the test key, and a
    private config directory for the balance file."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRENZ_")}
    env.update({"TRENZ_API_KEY": TEST_API_KEY, "XDG_CONFIG_HOME": str(config_home)})
    env.update(overrides)
    return env


def run_trenz(
    *args: str, env: Mapping[str, str], command: tuple[str, ...] = (TRENZ,), timeout: float = 60
) -> Result:
    """Run `trenz ARGS...` to completion; stdout is a pipe, so output defaults to JSON."""
    completed = subprocess.run(
        [*command, *args],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)

"""Shared fixtures: every async test runs on asyncio and on trio; how xdist shares out tests."""

from __future__ import annotations

from typing import Any

import pytest

# Modules whose module-scoped fixture is expensive (a regenerated copy of the repository,
# a generation, the docs site, the console samples, a pool of spawned processes): each
# runs on one worker, so the fixture is built once. Every other test is dealt out alone.
ONE_WORKER_MODULES = frozenset(
    {
        "tests/codegen/test_spec_changes.py",
        "tests/codegen/test_generate.py",
        "tests/codegen/test_hostile.py",
        "tests/docs/test_site.py",
        "tests/docs/test_samples.py",
        "tests/fleet/test_fleet_runs.py",
        "tests/fleet/test_processes.py",
    }
)


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Run each `pytest.mark.anyio` test once per event loop."""
    return str(request.param)


@pytest.hookimpl(optionalhook=True)  # xdist's hook: absent with `-p no:xdist`
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """With `-n` and the default `--dist load`: keep `ONE_WORKER_MODULES` whole.

    xdist's own `--dist loadgroup` cannot be used: with pytest 9.2 its group marks are
    silently ignored (pytest-dev/pytest-xdist#1386).
    """
    if config.getvalue("dist") != "load":
        return None  # an explicit --dist is the caller's choice
    from xdist.scheduler import LoadScopeScheduling

    class ModuleWhereShared(LoadScopeScheduling):
        # loadscope deals out scopes largest first, so the long modules start early.
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in ONE_WORKER_MODULES else nodeid

    return ModuleWhereShared(config, log)

"""The registry's runtime classes (`trenz_async/_registry/info.py`), for the generator.

The generator builds and writes the very classes the SDK reads, so the two cannot drift.
The modules are loaded from their files, without importing the `trenz_async` package:
that package imports generated code, which may be missing or stale while we regenerate
it. `info.py` imports `shapes.py` (relatively), so that one is loaded first.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REGISTRY = Path(__file__).resolve().parent.parent / "trenz_async" / "_registry"
# In dependency order: each may import the ones before it.
MODULES = ("shapes", "info")


def load() -> ModuleType:
    """`trenz_async._registry.info`, imported once (the same module the SDK uses)."""
    for name in MODULES:
        module = _load(f"trenz_async._registry.{name}", REGISTRY / f"{name}.py")
    return module


def _load(name: str, source: Path) -> ModuleType:
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, source)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
    return module


info = load()
OperationInfo = info.OperationInfo
Param = info.Param
Pagination = info.Pagination
Pricing = info.Pricing
BillingMode = info.BillingMode
PaginationStyle = info.PaginationStyle
ParamLocation = info.ParamLocation
PROSE = info.PROSE
Shape = info.Shape

"""The registry's runtime classes (`trenz_async/_registry/info.py`), for the generator.

The generator builds and writes the very classes the SDK reads, so the two cannot drift.
The module is loaded from its file, without importing the `trenz_async` package: that
package imports generated code, which may be missing or stale while we regenerate it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

MODULE = "trenz_async._registry.info"
SOURCE = Path(__file__).resolve().parent.parent / "trenz_async" / "_registry" / "info.py"


def load() -> ModuleType:
    """`trenz_async._registry.info`, imported once (the same module the SDK uses)."""
    module = sys.modules.get(MODULE)
    if module is None:
        spec = importlib.util.spec_from_file_location(MODULE, SOURCE)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[MODULE] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[MODULE]
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

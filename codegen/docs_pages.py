"""mkdocs-gen-files script: write the operation reference into the site being built.

mkdocs.yml runs it on every `make docs`; the pages come from the installed package's
registry (`trenz_async.OPERATIONS`) and the normalized spec the generator used, through
`codegen.docs`. Nothing is written to the repository.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import mkdocs_gen_files

# mkdocs runs this file by path: the repository root is not necessarily on sys.path.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import trenz_async  # noqa: E402
from codegen import docs  # noqa: E402

NORMALIZED_SPEC = Path(trenz_async.__file__).parent / "_generated" / "openapi.json"


def main() -> None:
    """Write every page `codegen.docs.pages()` renders."""
    registry = list(trenz_async.OPERATIONS.values())
    spec = json.loads(NORMALIZED_SPEC.read_text())
    facts = {info.operation_id: docs.facade_facts(info) for info in registry}
    for path, text in docs.pages(registry, spec, facts).items():
        with mkdocs_gen_files.open(path, "w") as page:
            page.write(text)


main()

"""The one way hand-written code reaches the generated registry.

`operations.py` is generated and heavy; this module loads it on first use and keeps the
two indexes every caller needs: by operationId and by accessor (`"products.search"`).
Nothing else in the package imports `operations` directly.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from .._errors import InvalidParameterError
from .info import OperationInfo


def operations() -> Mapping[str, OperationInfo]:
    """operationId -> `OperationInfo` for every operation of the bundled spec."""
    return _index().by_id


def server_url() -> str:
    """The spec's first server: the client's default base URL."""
    from .operations import SERVER_URL

    return SERVER_URL


def task_status_operation() -> OperationInfo:
    """The operation that reports an async job's status (the registry marks it)."""
    from .operations import TASK_STATUS

    return _index().by_id[TASK_STATUS]


def lookup(name: str) -> OperationInfo:
    """The operation with this operationId or accessor.

    Raises:
        InvalidParameterError: no such operation; the message suggests close names.
    """
    index = _index()
    info = index.by_id.get(name)
    if info is None:
        info = index.by_accessor.get(name)
    if info is None:
        raise InvalidParameterError(
            f"unknown operation {name!r}{_suggest(name, [*index.by_id, *index.by_accessor])}; "
            "`trenz_async.OPERATIONS` lists every operation id, and each one's `.accessor`",
            parameter=None,
            operation_id=name,
        )
    return info


def suggest(name: str, candidates: list[str]) -> str:
    """A `"; did you mean ..."` clause naming the closest candidates, or `""`."""
    return _suggest(name, candidates)


def _suggest(name: str, candidates: list[str]) -> str:
    import difflib  # only an error message needs it

    close = difflib.get_close_matches(name, candidates, n=3, cutoff=0.6)
    if not close:
        return ""
    return "; did you mean " + " or ".join(repr(item) for item in close) + "?"


class _Index:
    __slots__ = ("by_accessor", "by_id")

    def __init__(
        self, by_id: Mapping[str, OperationInfo], by_accessor: Mapping[str, OperationInfo]
    ) -> None:
        self.by_id = by_id
        self.by_accessor = by_accessor


@functools.cache
def _index() -> _Index:
    # Both indexes come generated: looking one operation up decodes that one only.
    from .operations import OPERATIONS

    return _Index(OPERATIONS, OPERATIONS.by_accessor)

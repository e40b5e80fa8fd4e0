"""The one way hand-written code reaches the generated registry.

`table.py` is generated and heavy; this module loads it on first use and keeps the
two indexes every caller needs: by operationId and by accessor (`"products.search"`).
Nothing else in the package imports `operations` directly.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from .._errors import InvalidParameterError
from .info import OperationInfo, OperationTable


def operations() -> Mapping[str, OperationInfo]:
    """operationId -> `OperationInfo` for every operation of the bundled spec."""
    return _index().by_id


def server_url() -> str:
    """The spec's first server: the client's default base URL."""
    from .table import SERVER_URL

    return SERVER_URL


def task_status_operation() -> OperationInfo:
    """The operation that reports an async job's status (the registry marks it)."""
    from .table import TASK_STATUS

    return _index().by_id[TASK_STATUS]


def lookup(name: str) -> OperationInfo:
    """The operation with this operationId or accessor (or an old name Trenz renamed).

    Raises:
        InvalidParameterError: no such operation; the message suggests close names.
    """
    index = _index()
    info = index.by_id.get(name)
    if info is None:
        info = index.by_accessor.get(name)
    if info is None and name in index.by_id.aliases:
        info = index.by_id[index.by_id.aliases[name].operation_id]
    if info is None:
        raise InvalidParameterError(
            f"unknown operation {name!r}{_suggest(name, [*index.by_id, *index.by_accessor])}; "
            "`trenz_async.OPERATIONS` lists every operation id, and each one's `.accessor`",
            parameter=None,
            operation_id=name,
        )
    return info


def deprecation(name: str, info: OperationInfo) -> str | None:
    """Why calling `info` by `name` deserves a `DeprecationWarning`, or `None`.

    `name` is an alias of a renamed operation, or `info` is deprecated in the spec.
    Callers warn themselves, so that the warning points at the user's line.
    """
    messages = []
    alias = _index().by_id.aliases.get(name)
    if alias is not None:
        messages.append(alias.message(info.accessor))
    if info.deprecated:
        messages.append(
            f"{info.operation_id} (`client.{info.accessor}`) is deprecated by Trenz "
            "(`deprecated: true` in the spec); see its docstring and the changelog"
        )
    return "; ".join(messages) or None


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

    def __init__(self, by_id: OperationTable, by_accessor: Mapping[str, OperationInfo]) -> None:
        self.by_id = by_id
        self.by_accessor = by_accessor


@functools.cache
def _index() -> _Index:
    # Both indexes come generated: looking one operation up decodes that one only.
    from .table import OPERATIONS

    return _Index(OPERATIONS, OPERATIONS.by_accessor)

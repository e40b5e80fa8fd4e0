"""Renamed operations: a new operationId on the same method and path.

`find()` pairs them up in a diff (one rename, not a removal plus an addition);
`can_alias()` says whether `make update-spec` can keep the old accessor working
(`codegen.aliases`), which decides whether the rename breaks anything.
"""

from __future__ import annotations

from codegen.naming import RAW_RESPONSE_ACCESSOR
from codegen.runtime import OperationInfo
from codegen.surface import Surface


def find(old: Surface, new: Surface, removed: list[str], added: list[str]) -> dict[str, str]:
    """Removed id -> added id, for operations that kept their method and path."""
    by_route = {(new.operations[op].info.method, new.operations[op].info.path): op for op in added}
    renames = {}
    for operation_id in removed:
        info = old.operations[operation_id].info
        match = by_route.get((info.method, info.path))
        if match is not None:
            renames[operation_id] = match
    return renames


def can_alias(old: OperationInfo, new: Surface) -> bool:
    """`make update-spec` can keep `old`'s accessor as an alias in the `new` surface.

    The accessor must still name a resource of the new SDK, no new operation may use it,
    and it must not be the raw-response accessor. (The old operationId itself can always
    be kept: the rename removed it from the spec.)
    """
    accessors = {operation.info.accessor for operation in new.operations.values()}
    resources = {operation.info.resource for operation in new.operations.values()}
    renamed_in_place = any(
        operation.info.accessor == old.accessor and operation.info.path == old.path
        for operation in new.operations.values()
    )
    if renamed_in_place:
        return True  # same accessor: only the id changed
    return (
        old.resource in resources
        and old.accessor not in accessors
        and old.method_name != RAW_RESPONSE_ACCESSOR
    )

"""Matching request paths to the registry's path templates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .._registry import OperationInfo


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


class Router:
    """Finds the operation for a method and path; literal segments win over `{params}`.

    `GET /open/v1/products/search` is the search operation, not the detail operation
    `/open/v1/products/{id}` with `id="search"`.
    """

    def __init__(self, operations: Iterable[OperationInfo]) -> None:
        routes: dict[str, list[tuple[tuple[str, ...], OperationInfo]]] = {}
        for info in operations:
            segments = tuple(info.path.strip("/").split("/"))
            routes.setdefault(info.method.upper(), []).append((segments, info))
        for candidates in routes.values():
            # Per segment, a literal sorts before a parameter, so the first match is the
            # most specific one.
            candidates.sort(key=lambda route: tuple(_is_param(s) for s in route[0]))
        self._routes = routes

    def match(self, method: str, path: str) -> tuple[OperationInfo, Mapping[str, str]] | None:
        """The operation and its path parameters, or `None` for an unknown route."""
        parts = path.strip("/").split("/")
        for segments, info in self._routes.get(method.upper(), ()):
            if len(segments) != len(parts):
                continue
            params: dict[str, str] = {}
            for template, part in zip(segments, parts, strict=True):
                if _is_param(template):
                    if not part:
                        break
                    params[template[1:-1]] = part
                elif template != part:
                    break
            else:
                return info, params
        return None

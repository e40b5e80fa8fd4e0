"""Find the operation a raw HTTP request belongs to.

The transport chain sees plain `httpx.Request`s, whether a facade method, a generated
endpoint function or a hand-written `client.http` call sent them; retry rules, usage
accounting and logs need to know which operation it was.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from ._operation_info import OperationInfo

_PARAM = re.compile(r"\{[^/{}]+\}")


class RouteTable:
    """Method + path -> `OperationInfo`, literal segments winning over `{params}`.

    `/open/v1/products/search` must not match `/open/v1/products/{id}`, so routes with
    fewer parameters are tried first.
    """

    def __init__(self, operations: Mapping[str, OperationInfo]) -> None:
        routes = []
        for info in operations.values():
            pattern = "".join(
                "[^/]+" if _PARAM.fullmatch(part) else re.escape(part)
                for part in re.split(r"(\{[^/{}]+\})", info.path)
                if part
            )
            routes.append((len(_PARAM.findall(info.path)), info.path, re.compile(pattern), info))
        routes.sort(key=lambda route: (route[0], route[1]))
        self._routes = [(method_pattern, info) for _, _, method_pattern, info in routes]

    def match(self, method: str, path: str) -> OperationInfo | None:
        """The operation for this request, or `None` when it is not in the spec."""
        method = method.upper()
        for pattern, info in self._routes:
            if info.method == method and pattern.fullmatch(path):
                return info
        return None


@functools.cache
def default_routes() -> RouteTable:
    """The route table of the generated registry, built on first use."""
    from ._registry import operations

    return RouteTable(operations())

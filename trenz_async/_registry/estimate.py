"""`trenz_async.estimate()`: what a call would cost, without a client, a key or a request."""

from __future__ import annotations

from typing import Any

from .index import lookup
from .params import prepare


def estimate(operation: str, /, **params: Any) -> int:
    """The coins a call would be estimated at: what a client's budget checks before sending.

    `operation` is an operationId or an accessor such as `"ai_video.sd_pro_generate"`;
    the keyword arguments are the call's own (Python or spec names). The arguments are
    checked exactly as a call checks them, so a bad one fails here too. The figure is the
    spec's `x-coin-cost`, or its `x-pricing` formula applied to these arguments (an async
    job is held at it until it settles).

    Raises:
        InvalidParameterError: an unknown operation or parameter, or a bad value.
    """
    info = lookup(operation)
    return info.estimate(prepare(info, params).wire)

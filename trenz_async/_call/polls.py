"""One poll of a task, the lean way: no facade round trip, the status `data` as sent."""

from __future__ import annotations

import json
from typing import Any

from .._registry import validator_for
from .._transport import CALL, ENVELOPE, Call, error_from_response, malformed
from .options import attempt_timeout
from .runtime import Runtime


async def fetch_status(runtime: Runtime, task_id: str) -> dict[str, Any]:
    """One poll of a task: its status `data` as the server sent it.

    The lean path: the generated builder and the SDK's transport (as a poll, behind
    ordinary calls), and the decoded envelope's `data` handed back as it is.

    Raises:
        InvalidParameterError: the id would change the request path.
        TrenzError: the request failed (typed as always).
    """
    core = runtime.core
    operation = core.tracker.status_operation
    prepared = validator_for(operation).prepare({"task_id": task_id})
    core.check_usable()
    endpoint = core.endpoint(operation)
    kwargs = endpoint.build(**prepared.arguments)
    reservation = await core.usage.reserve(operation.operation_id, 0)
    request = core.http.build_request(
        kwargs["method"],
        kwargs["url"],
        extensions={
            CALL: Call(
                operation,
                retry=runtime.retry,
                reservation=reservation,
                attempt_timeout=attempt_timeout(runtime.timeout),
                poll=True,
            )
        },
    )
    try:
        response = await core.http.send(request, stream=True)
    finally:
        if reservation.open:  # free, so nothing can be uncertain: give it back
            await core.usage.release(reservation)
    envelope = response.extensions.get(ENVELOPE)
    if envelope is None:
        await response.aread()
        raise error_from_response(response)
    data = envelope["data"]
    if not isinstance(data, dict):
        raise malformed(
            status_code=response.status_code,
            body=json.dumps(envelope, default=str),
            message="the task status `data` is not an object",
        )
    return data

# generated from openapi.json by codegen; do not edit
"""`client.tasks`: the Async Tasks operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper
from .._jobs import TaskManager

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.task_status_response import TaskStatusResponse

__all__ = ["TasksResource", "TasksResourceWithRawResponse"]


class TasksResource(Resource, TaskManager):
    """Operations tagged Async Tasks, on the hand-written `TaskManager`."""

    def __init__(self, runtime: Runtime, *, raw: bool = False) -> None:
        Resource.__init__(self, runtime, raw=raw)
        TaskManager.__init__(self, runtime.tracker)

    @functools.cached_property
    def with_raw_response(self) -> TasksResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return TasksResourceWithRawResponse(self)

    async def status(
        self,
        *,
        task_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> TaskStatusResponse:
        """Query async task status.

        `GET /open/v1/tasks/{task_id}` (task-status): 0 coins, free.

        Query the status and result of an async task. Failed tasks are auto-refunded, status becomes refunded.

        Args:
            task_id: (path, required) Async task ID (returned by async endpoints)
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "task_id": task_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast("TaskStatusResponse", await self._call("task-status", params, options))


class TasksResourceWithRawResponse(RawResponses):
    """`client.tasks.with_raw_response`: each call's `RawResponse`.

    The methods of `TasksResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: TasksResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.status = async_to_raw_response_wrapper(raw.status)

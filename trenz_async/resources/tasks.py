# generated from openapi.json by codegen; do not edit
"""`client.tasks`: the Async Tasks operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from .._resource import Resource

if TYPE_CHECKING:
    from .._tasks import Task
    from .._generated.models.task_status_response import TaskStatusResponse

__all__ = ["TasksResource"]


class TasksResource(Resource):
    """Operations tagged Async Tasks."""

    async def status(
        self,
        *,
        task_id: str,
    ) -> TaskStatusResponse:
        """Query async task status.

        `GET /open/v1/tasks/{task_id}` (task-status): 0 coins, free.

        Query the status and result of an async task. Failed tasks are auto-refunded, status becomes refunded.

        Args:
            task_id: (path, required) Async task ID (returned by async endpoints)
        """
        params: dict[str, Any] = {
            "task_id": task_id,
        }
        return cast("TaskStatusResponse", await self._call("task-status", params))

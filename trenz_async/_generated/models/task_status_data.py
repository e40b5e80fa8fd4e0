# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_status_result import TaskStatusResult


T = TypeVar("T", bound="TaskStatusData")


@_attrs_define
class TaskStatusData:
    """
    Attributes:
        status (str): Task status (known values: pending, running, completed, refunded)
        task_id (str): Task ID
        error_message (str | Unset): Error message (only when refunded)
        result (TaskStatusResult | Unset): Task result (only when completed)
    """

    status: str
    task_id: str
    error_message: str | Unset = UNSET
    result: TaskStatusResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        task_id = self.task_id

        error_message = self.error_message

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "task_id": task_id,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_status_result import TaskStatusResult  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        task_id = d.pop("task_id")

        error_message = d.pop("error_message", UNSET)

        _result = d.pop("result", UNSET)
        result: TaskStatusResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = TaskStatusResult.from_dict(_result)

        task_status_data = cls(
            status=status,
            task_id=task_id,
            error_message=error_message,
            result=result,
        )

        task_status_data.additional_properties = d
        return task_status_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

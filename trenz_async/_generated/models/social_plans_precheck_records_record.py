# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialPlansPrecheckRecordsRecord")


@_attrs_define
class SocialPlansPrecheckRecordsRecord:
    """
    Attributes:
        created_at (int | Unset):
        error_message (str | Unset):
        id (int | Unset):
        publication_id (int | Unset):
        result (str | Unset): JSON: {issues, quality_score}
        status (str | Unset): pending/processing/passed/failed/error/timeout
        updated_at (int | Unset):
    """

    created_at: int | Unset = UNSET
    error_message: str | Unset = UNSET
    id: int | Unset = UNSET
    publication_id: int | Unset = UNSET
    result: str | Unset = UNSET
    status: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        error_message = self.error_message

        id = self.id

        publication_id = self.publication_id

        result = self.result

        status = self.status

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if id is not UNSET:
            field_dict["id"] = id
        if publication_id is not UNSET:
            field_dict["publication_id"] = publication_id
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        error_message = d.pop("error_message", UNSET)

        id = d.pop("id", UNSET)

        publication_id = d.pop("publication_id", UNSET)

        result = d.pop("result", UNSET)

        status = d.pop("status", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        social_plans_precheck_records_record = cls(
            created_at=created_at,
            error_message=error_message,
            id=id,
            publication_id=publication_id,
            result=result,
            status=status,
            updated_at=updated_at,
        )

        social_plans_precheck_records_record.additional_properties = d
        return social_plans_precheck_records_record

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

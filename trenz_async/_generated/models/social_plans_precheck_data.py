# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_plans_precheck_record import SocialPlansPrecheckRecord


T = TypeVar("T", bound="SocialPlansPrecheckData")


@_attrs_define
class SocialPlansPrecheckData:
    """
    Attributes:
        record (SocialPlansPrecheckRecord | Unset):
    """

    record: SocialPlansPrecheckRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record is not UNSET:
            field_dict["record"] = record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_plans_precheck_record import SocialPlansPrecheckRecord  # noqa: PLC0415

        d = dict(src_dict)
        _record = d.pop("record", UNSET)
        record: SocialPlansPrecheckRecord | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = SocialPlansPrecheckRecord.from_dict(_record)

        social_plans_precheck_data = cls(
            record=record,
        )

        social_plans_precheck_data.additional_properties = d
        return social_plans_precheck_data

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

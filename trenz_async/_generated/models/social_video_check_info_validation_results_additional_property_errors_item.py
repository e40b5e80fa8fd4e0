# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem"
)


@_attrs_define
class SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem:
    """
    Attributes:
        field (str | Unset):
        reason (str | Unset):
    """

    field: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        reason = d.pop("reason", UNSET)

        social_video_check_info_validation_results_additional_property_errors_item = (
            cls(
                field=field,
                reason=reason,
            )
        )

        social_video_check_info_validation_results_additional_property_errors_item.additional_properties = d
        return (
            social_video_check_info_validation_results_additional_property_errors_item
        )

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

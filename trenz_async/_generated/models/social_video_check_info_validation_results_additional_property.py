# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_video_check_info_validation_results_additional_property_errors_item import (
        SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem,
    )


T = TypeVar("T", bound="SocialVideoCheckInfoValidationResultsAdditionalProperty")


@_attrs_define
class SocialVideoCheckInfoValidationResultsAdditionalProperty:
    """
    Attributes:
        errors (list[SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem] | Unset):
        is_valid (bool | Unset):
    """

    errors: (
        list[SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem] | Unset
    ) = UNSET
    is_valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        is_valid = self.is_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_video_check_info_validation_results_additional_property_errors_item import (
            SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: (
            list[SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem]
            | Unset
        ) = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        is_valid = d.pop("is_valid", UNSET)

        social_video_check_info_validation_results_additional_property = cls(
            errors=errors,
            is_valid=is_valid,
        )

        social_video_check_info_validation_results_additional_property.additional_properties = d
        return social_video_check_info_validation_results_additional_property

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

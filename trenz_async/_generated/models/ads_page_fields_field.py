# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdsPageFieldsField")


@_attrs_define
class AdsPageFieldsField:
    """
    Attributes:
        field_id (str | Unset):
        field_name (str | Unset):
        field_type (str | Unset):
        options (list[str] | Unset):
        required (bool | Unset):
    """

    field_id: str | Unset = UNSET
    field_name: str | Unset = UNSET
    field_type: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_name = self.field_name

        field_type = self.field_type

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["field_id"] = field_id
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if field_type is not UNSET:
            field_dict["field_type"] = field_type
        if options is not UNSET:
            field_dict["options"] = options
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("field_id", UNSET)

        field_name = d.pop("field_name", UNSET)

        field_type = d.pop("field_type", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        required = d.pop("required", UNSET)

        ads_page_fields_field = cls(
            field_id=field_id,
            field_name=field_name,
            field_type=field_type,
            options=options,
            required=required,
        )

        ads_page_fields_field.additional_properties = d
        return ads_page_fields_field

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdsIntegratedReportFilteringItem")


@_attrs_define
class AdsIntegratedReportFilteringItem:
    """
    Attributes:
        field_name (str | Unset): Filter field name
        filter_type (str | Unset): Filter type
        filter_value (str | Unset): Filter value
    """

    field_name: str | Unset = UNSET
    filter_type: str | Unset = UNSET
    filter_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        filter_type = self.filter_type

        filter_value = self.filter_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if filter_type is not UNSET:
            field_dict["filter_type"] = filter_type
        if filter_value is not UNSET:
            field_dict["filter_value"] = filter_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_name = d.pop("field_name", UNSET)

        filter_type = d.pop("filter_type", UNSET)

        filter_value = d.pop("filter_value", UNSET)

        ads_integrated_report_filtering_item = cls(
            field_name=field_name,
            filter_type=filter_type,
            filter_value=filter_value,
        )

        ads_integrated_report_filtering_item.additional_properties = d
        return ads_integrated_report_filtering_item

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

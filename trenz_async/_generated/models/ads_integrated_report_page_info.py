# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdsIntegratedReportPageInfo")


@_attrs_define
class AdsIntegratedReportPageInfo:
    """Pagination

    Attributes:
        page (int | Unset):
        page_size (int | Unset):
        total_number (int | Unset):
        total_page (int | Unset):
    """

    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_number: int | Unset = UNSET
    total_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        page_size = self.page_size

        total_number = self.total_number

        total_page = self.total_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total_number is not UNSET:
            field_dict["total_number"] = total_number
        if total_page is not UNSET:
            field_dict["total_page"] = total_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        total_number = d.pop("total_number", UNSET)

        total_page = d.pop("total_page", UNSET)

        ads_integrated_report_page_info = cls(
            page=page,
            page_size=page_size,
            total_number=total_number,
            total_page=total_page,
        )

        ads_integrated_report_page_info.additional_properties = d
        return ads_integrated_report_page_info

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

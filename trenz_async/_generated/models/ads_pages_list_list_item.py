# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdsPagesListListItem")


@_attrs_define
class AdsPagesListListItem:
    """
    Attributes:
        business_type (str | Unset):
        create_time (str | Unset):
        page_id (str | Unset):
        status (str | Unset):
        title (str | Unset):
        update_time (str | Unset):
    """

    business_type: str | Unset = UNSET
    create_time: str | Unset = UNSET
    page_id: str | Unset = UNSET
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    update_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_type = self.business_type

        create_time = self.create_time

        page_id = self.page_id

        status = self.status

        title = self.title

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_type is not UNSET:
            field_dict["business_type"] = business_type
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_type = d.pop("business_type", UNSET)

        create_time = d.pop("create_time", UNSET)

        page_id = d.pop("page_id", UNSET)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        update_time = d.pop("update_time", UNSET)

        ads_pages_list_list_item = cls(
            business_type=business_type,
            create_time=create_time,
            page_id=page_id,
            status=status,
            title=title,
            update_time=update_time,
        )

        ads_pages_list_list_item.additional_properties = d
        return ads_pages_list_list_item

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

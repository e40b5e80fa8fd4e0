# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAccountsListBody")


@_attrs_define
class SocialAccountsListBody:
    """
    Attributes:
        group_id (str | Unset): Group filter: numeric ID = specific group, "ungrouped" = ungrouped, empty = all
        keyword (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        platform (str | Unset):
        sort_by (str | Unset):  Default: 'display_time'.
        sort_order (str | Unset):  Default: 'desc'.
        status (str | Unset):
    """

    group_id: str | Unset = UNSET
    keyword: str | Unset = UNSET
    page: int | Unset = 1
    page_size: int | Unset = 20
    platform: str | Unset = UNSET
    sort_by: str | Unset = "display_time"
    sort_order: str | Unset = "desc"
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        keyword = self.keyword

        page = self.page

        page_size = self.page_size

        platform = self.platform

        sort_by = self.sort_by

        sort_order = self.sort_order

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if platform is not UNSET:
            field_dict["platform"] = platform
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("group_id", UNSET)

        keyword = d.pop("keyword", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        platform = d.pop("platform", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        status = d.pop("status", UNSET)

        social_accounts_list_body = cls(
            group_id=group_id,
            keyword=keyword,
            page=page,
            page_size=page_size,
            platform=platform,
            sort_by=sort_by,
            sort_order=sort_order,
            status=status,
        )

        social_accounts_list_body.additional_properties = d
        return social_accounts_list_body

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

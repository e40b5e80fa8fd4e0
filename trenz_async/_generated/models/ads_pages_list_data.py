# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_pages_list_list_item import AdsPagesListListItem
    from ..models.ads_pages_list_page_info import AdsPagesListPageInfo


T = TypeVar("T", bound="AdsPagesListData")


@_attrs_define
class AdsPagesListData:
    """
    Attributes:
        list_ (list[AdsPagesListListItem] | Unset): Landing page list
        page_info (AdsPagesListPageInfo | Unset): Pagination
    """

    list_: list[AdsPagesListListItem] | Unset = UNSET
    page_info: AdsPagesListPageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not UNSET:
            field_dict["list"] = list_
        if page_info is not UNSET:
            field_dict["page_info"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_pages_list_list_item import AdsPagesListListItem  # noqa: PLC0415
        from ..models.ads_pages_list_page_info import AdsPagesListPageInfo  # noqa: PLC0415

        d = dict(src_dict)
        _list_ = d.pop("list", UNSET)
        list_: list[AdsPagesListListItem] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                list_item = AdsPagesListListItem.from_dict(list_item_data)

                list_.append(list_item)

        _page_info = d.pop("page_info", UNSET)
        page_info: AdsPagesListPageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = AdsPagesListPageInfo.from_dict(_page_info)

        ads_pages_list_data = cls(
            list_=list_,
            page_info=page_info,
        )

        ads_pages_list_data.additional_properties = d
        return ads_pages_list_data

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

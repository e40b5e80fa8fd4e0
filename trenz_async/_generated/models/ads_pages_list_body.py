# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_pages_list_update_time_range import AdsPagesListUpdateTimeRange


T = TypeVar("T", bound="AdsPagesListBody")


@_attrs_define
class AdsPagesListBody:
    """
    Attributes:
        account_id (str | Unset): Advertiser account ID
        advertiser_id (str | Unset): Advertiser account ID (one of `advertiser_account_id` or `library_id` is required)
        business_type (str | Unset): Page type, default LEAD_GEN
        business_types (list[str] | Unset): Page type array (takes precedence over `business_type`)
        library_id (str | Unset): Form library ID (required when migrating the page to Business Center)
        page (int | Unset): Page number
        page_size (int | Unset): Page size, default 20, max 100 Default: 20.
        status (str | Unset): Page status filter
        title (str | Unset): Page title fuzzy search
        update_time_range (AdsPagesListUpdateTimeRange | Unset): Updated time range (click to expand for details)
    """

    account_id: str | Unset = UNSET
    advertiser_id: str | Unset = UNSET
    business_type: str | Unset = UNSET
    business_types: list[str] | Unset = UNSET
    library_id: str | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = 20
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    update_time_range: AdsPagesListUpdateTimeRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        advertiser_id = self.advertiser_id

        business_type = self.business_type

        business_types: list[str] | Unset = UNSET
        if not isinstance(self.business_types, Unset):
            business_types = self.business_types

        library_id = self.library_id

        page = self.page

        page_size = self.page_size

        status = self.status

        title = self.title

        update_time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update_time_range, Unset):
            update_time_range = self.update_time_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if business_type is not UNSET:
            field_dict["business_type"] = business_type
        if business_types is not UNSET:
            field_dict["business_types"] = business_types
        if library_id is not UNSET:
            field_dict["library_id"] = library_id
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if update_time_range is not UNSET:
            field_dict["update_time_range"] = update_time_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_pages_list_update_time_range import (
            AdsPagesListUpdateTimeRange,  # noqa: PLC0415
        )

        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        advertiser_id = d.pop("advertiser_id", UNSET)

        business_type = d.pop("business_type", UNSET)

        business_types = cast(list[str], d.pop("business_types", UNSET))

        library_id = d.pop("library_id", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        _update_time_range = d.pop("update_time_range", UNSET)
        update_time_range: AdsPagesListUpdateTimeRange | Unset
        if isinstance(_update_time_range, Unset):
            update_time_range = UNSET
        else:
            update_time_range = AdsPagesListUpdateTimeRange.from_dict(
                _update_time_range
            )

        ads_pages_list_body = cls(
            account_id=account_id,
            advertiser_id=advertiser_id,
            business_type=business_type,
            business_types=business_types,
            library_id=library_id,
            page=page,
            page_size=page_size,
            status=status,
            title=title,
            update_time_range=update_time_range,
        )

        ads_pages_list_body.additional_properties = d
        return ads_pages_list_body

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

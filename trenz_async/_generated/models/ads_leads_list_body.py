# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdsLeadsListBody")


@_attrs_define
class AdsLeadsListBody:
    """
    Attributes:
        advertiser_id (str | Unset): Advertiser account ID
        end_time (int | Unset): Lead creation time end (Unix seconds)
        lead_id (str | Unset): Lead ID (exact match)
        page (int | Unset): Page number
        page_size (int | Unset): Page size, default 10, max 100 Default: 10.
        platform (str | Unset): Platform type, e.g. tiktok
        start_time (int | Unset): Lead creation time start (Unix seconds)
    """

    advertiser_id: str | Unset = UNSET
    end_time: int | Unset = UNSET
    lead_id: str | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = 10
    platform: str | Unset = UNSET
    start_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advertiser_id = self.advertiser_id

        end_time = self.end_time

        lead_id = self.lead_id

        page = self.page

        page_size = self.page_size

        platform = self.platform

        start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if platform is not UNSET:
            field_dict["platform"] = platform
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advertiser_id = d.pop("advertiser_id", UNSET)

        end_time = d.pop("end_time", UNSET)

        lead_id = d.pop("lead_id", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        platform = d.pop("platform", UNSET)

        start_time = d.pop("start_time", UNSET)

        ads_leads_list_body = cls(
            advertiser_id=advertiser_id,
            end_time=end_time,
            lead_id=lead_id,
            page=page,
            page_size=page_size,
            platform=platform,
            start_time=start_time,
        )

        ads_leads_list_body.additional_properties = d
        return ads_leads_list_body

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdsListListItem")


@_attrs_define
class AdsListListItem:
    """
    Attributes:
        ad_id (str | Unset):
        ad_name (str | Unset):
        adgroup_id (str | Unset):
        advertiser_id (str | Unset):
        campaign_id (str | Unset):
        create_time (str | Unset):
        operation_status (str | Unset):
        status (str | Unset):
    """

    ad_id: str | Unset = UNSET
    ad_name: str | Unset = UNSET
    adgroup_id: str | Unset = UNSET
    advertiser_id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    create_time: str | Unset = UNSET
    operation_status: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_id = self.ad_id

        ad_name = self.ad_name

        adgroup_id = self.adgroup_id

        advertiser_id = self.advertiser_id

        campaign_id = self.campaign_id

        create_time = self.create_time

        operation_status = self.operation_status

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_id is not UNSET:
            field_dict["ad_id"] = ad_id
        if ad_name is not UNSET:
            field_dict["ad_name"] = ad_name
        if adgroup_id is not UNSET:
            field_dict["adgroup_id"] = adgroup_id
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if operation_status is not UNSET:
            field_dict["operation_status"] = operation_status
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ad_id = d.pop("ad_id", UNSET)

        ad_name = d.pop("ad_name", UNSET)

        adgroup_id = d.pop("adgroup_id", UNSET)

        advertiser_id = d.pop("advertiser_id", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        create_time = d.pop("create_time", UNSET)

        operation_status = d.pop("operation_status", UNSET)

        status = d.pop("status", UNSET)

        ads_list_list_item = cls(
            ad_id=ad_id,
            ad_name=ad_name,
            adgroup_id=adgroup_id,
            advertiser_id=advertiser_id,
            campaign_id=campaign_id,
            create_time=create_time,
            operation_status=operation_status,
            status=status,
        )

        ads_list_list_item.additional_properties = d
        return ads_list_list_item

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

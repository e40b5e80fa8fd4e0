# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdsListFiltering")


@_attrs_define
class AdsListFiltering:
    """Filter (click to expand for details)

    Attributes:
        ad_ids (list[str] | Unset): Ad ID list
        ad_name (str | Unset): Ad name (fuzzy search)
        adgroup_ids (list[str] | Unset): Ad group ID list
        campaign_ids (list[str] | Unset): Ad campaign ID list
        objective_type (str | Unset): Delivery objective type
        primary_status (str | Unset): Primary status
        secondary_status (str | Unset): Sub-status
    """

    ad_ids: list[str] | Unset = UNSET
    ad_name: str | Unset = UNSET
    adgroup_ids: list[str] | Unset = UNSET
    campaign_ids: list[str] | Unset = UNSET
    objective_type: str | Unset = UNSET
    primary_status: str | Unset = UNSET
    secondary_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_ids: list[str] | Unset = UNSET
        if not isinstance(self.ad_ids, Unset):
            ad_ids = self.ad_ids

        ad_name = self.ad_name

        adgroup_ids: list[str] | Unset = UNSET
        if not isinstance(self.adgroup_ids, Unset):
            adgroup_ids = self.adgroup_ids

        campaign_ids: list[str] | Unset = UNSET
        if not isinstance(self.campaign_ids, Unset):
            campaign_ids = self.campaign_ids

        objective_type = self.objective_type

        primary_status = self.primary_status

        secondary_status = self.secondary_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_ids is not UNSET:
            field_dict["ad_ids"] = ad_ids
        if ad_name is not UNSET:
            field_dict["ad_name"] = ad_name
        if adgroup_ids is not UNSET:
            field_dict["adgroup_ids"] = adgroup_ids
        if campaign_ids is not UNSET:
            field_dict["campaign_ids"] = campaign_ids
        if objective_type is not UNSET:
            field_dict["objective_type"] = objective_type
        if primary_status is not UNSET:
            field_dict["primary_status"] = primary_status
        if secondary_status is not UNSET:
            field_dict["secondary_status"] = secondary_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ad_ids = cast(list[str], d.pop("ad_ids", UNSET))

        ad_name = d.pop("ad_name", UNSET)

        adgroup_ids = cast(list[str], d.pop("adgroup_ids", UNSET))

        campaign_ids = cast(list[str], d.pop("campaign_ids", UNSET))

        objective_type = d.pop("objective_type", UNSET)

        primary_status = d.pop("primary_status", UNSET)

        secondary_status = d.pop("secondary_status", UNSET)

        ads_list_filtering = cls(
            ad_ids=ad_ids,
            ad_name=ad_name,
            adgroup_ids=adgroup_ids,
            campaign_ids=campaign_ids,
            objective_type=objective_type,
            primary_status=primary_status,
            secondary_status=secondary_status,
        )

        ads_list_filtering.additional_properties = d
        return ads_list_filtering

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

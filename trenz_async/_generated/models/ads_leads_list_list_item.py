# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_leads_list_list_item_form_data import AdsLeadsListListItemFormData


T = TypeVar("T", bound="AdsLeadsListListItem")


@_attrs_define
class AdsLeadsListListItem:
    """
    Attributes:
        ad_id (str | Unset):
        advertiser_id (str | Unset):
        create_time (str | Unset):
        form_data (AdsLeadsListListItemFormData | Unset):
        lead_id (str | Unset):
        page_id (str | Unset):
        platform (str | Unset):
    """

    ad_id: str | Unset = UNSET
    advertiser_id: str | Unset = UNSET
    create_time: str | Unset = UNSET
    form_data: AdsLeadsListListItemFormData | Unset = UNSET
    lead_id: str | Unset = UNSET
    page_id: str | Unset = UNSET
    platform: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_id = self.ad_id

        advertiser_id = self.advertiser_id

        create_time = self.create_time

        form_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.form_data, Unset):
            form_data = self.form_data.to_dict()

        lead_id = self.lead_id

        page_id = self.page_id

        platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_id is not UNSET:
            field_dict["ad_id"] = ad_id
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if form_data is not UNSET:
            field_dict["form_data"] = form_data
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_leads_list_list_item_form_data import (
            AdsLeadsListListItemFormData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        ad_id = d.pop("ad_id", UNSET)

        advertiser_id = d.pop("advertiser_id", UNSET)

        create_time = d.pop("create_time", UNSET)

        _form_data = d.pop("form_data", UNSET)
        form_data: AdsLeadsListListItemFormData | Unset
        if isinstance(_form_data, Unset):
            form_data = UNSET
        else:
            form_data = AdsLeadsListListItemFormData.from_dict(_form_data)

        lead_id = d.pop("lead_id", UNSET)

        page_id = d.pop("page_id", UNSET)

        platform = d.pop("platform", UNSET)

        ads_leads_list_list_item = cls(
            ad_id=ad_id,
            advertiser_id=advertiser_id,
            create_time=create_time,
            form_data=form_data,
            lead_id=lead_id,
            page_id=page_id,
            platform=platform,
        )

        ads_leads_list_list_item.additional_properties = d
        return ads_leads_list_list_item

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdsAccountUpdateRemarkAccount")


@_attrs_define
class AdsAccountUpdateRemarkAccount:
    """Updated account info

    Attributes:
        account_id (str | Unset): Account ID
        advertiser_id (str | Unset): Advertiser ID
        remark (str | Unset): Updated remark
    """

    account_id: str | Unset = UNSET
    advertiser_id: str | Unset = UNSET
    remark: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        advertiser_id = self.advertiser_id

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        advertiser_id = d.pop("advertiser_id", UNSET)

        remark = d.pop("remark", UNSET)

        ads_account_update_remark_account = cls(
            account_id=account_id,
            advertiser_id=advertiser_id,
            remark=remark,
        )

        ads_account_update_remark_account.additional_properties = d
        return ads_account_update_remark_account

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

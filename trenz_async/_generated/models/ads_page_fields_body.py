# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AdsPageFieldsBody")


@_attrs_define
class AdsPageFieldsBody:
    """
    Attributes:
        account_id (str): Advertiser account ID
        advertiser_id (str): Advertiser account ID
        page_id (str): Page ID
    """

    account_id: str
    advertiser_id: str
    page_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        advertiser_id = self.advertiser_id

        page_id = self.page_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "advertiser_id": advertiser_id,
                "page_id": page_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        advertiser_id = d.pop("advertiser_id")

        page_id = d.pop("page_id")

        ads_page_fields_body = cls(
            account_id=account_id,
            advertiser_id=advertiser_id,
            page_id=page_id,
        )

        ads_page_fields_body.additional_properties = d
        return ads_page_fields_body

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

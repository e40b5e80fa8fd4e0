# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialTiktokShopShowcaseAddBody")


@_attrs_define
class SocialTiktokShopShowcaseAddBody:
    """
    Attributes:
        account_id (int): Platform account ID
        add_type (str): Add mode: PRODUCT_ID/PRODUCT_LINK
        product_ids (list[str] | Unset): Product ID list, max 20
        product_link (str | Unset): Product URL
    """

    account_id: int
    add_type: str
    product_ids: list[str] | Unset = UNSET
    product_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        add_type = self.add_type

        product_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_ids, Unset):
            product_ids = self.product_ids

        product_link = self.product_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "add_type": add_type,
            }
        )
        if product_ids is not UNSET:
            field_dict["product_ids"] = product_ids
        if product_link is not UNSET:
            field_dict["product_link"] = product_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        add_type = d.pop("add_type")

        product_ids = cast(list[str], d.pop("product_ids", UNSET))

        product_link = d.pop("product_link", UNSET)

        social_tiktok_shop_showcase_add_body = cls(
            account_id=account_id,
            add_type=add_type,
            product_ids=product_ids,
            product_link=product_link,
        )

        social_tiktok_shop_showcase_add_body.additional_properties = d
        return social_tiktok_shop_showcase_add_body

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

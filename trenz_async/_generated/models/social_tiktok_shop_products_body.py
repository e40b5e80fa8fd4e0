# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialTiktokShopProductsBody")


@_attrs_define
class SocialTiktokShopProductsBody:
    """
    Attributes:
        account_id (int): Platform account ID
        data_source (str | Unset): Data source: shop/showcase
        origin (str | Unset): Source: LIVE/SHOWCASE
        page_size (int | Unset): Page size, 1-20
        page_token (str | Unset): Pagination token
        sort_field (str | Unset): Sort field: PRODUCT_ID/PRICE/SALE
        sort_order (str | Unset): Sort direction: DESC/ASC
        title_keyword (str | Unset): Product title search
    """

    account_id: int
    data_source: str | Unset = UNSET
    origin: str | Unset = UNSET
    page_size: int | Unset = UNSET
    page_token: str | Unset = UNSET
    sort_field: str | Unset = UNSET
    sort_order: str | Unset = UNSET
    title_keyword: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        data_source = self.data_source

        origin = self.origin

        page_size = self.page_size

        page_token = self.page_token

        sort_field = self.sort_field

        sort_order = self.sort_order

        title_keyword = self.title_keyword

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
            }
        )
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if origin is not UNSET:
            field_dict["origin"] = origin
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if page_token is not UNSET:
            field_dict["page_token"] = page_token
        if sort_field is not UNSET:
            field_dict["sort_field"] = sort_field
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if title_keyword is not UNSET:
            field_dict["title_keyword"] = title_keyword

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        data_source = d.pop("data_source", UNSET)

        origin = d.pop("origin", UNSET)

        page_size = d.pop("page_size", UNSET)

        page_token = d.pop("page_token", UNSET)

        sort_field = d.pop("sort_field", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        title_keyword = d.pop("title_keyword", UNSET)

        social_tiktok_shop_products_body = cls(
            account_id=account_id,
            data_source=data_source,
            origin=origin,
            page_size=page_size,
            page_token=page_token,
            sort_field=sort_field,
            sort_order=sort_order,
            title_keyword=title_keyword,
        )

        social_tiktok_shop_products_body.additional_properties = d
        return social_tiktok_shop_products_body

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

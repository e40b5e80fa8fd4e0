# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_tiktok_shop_products_product import (
        SocialTiktokShopProductsProduct,
    )


T = TypeVar("T", bound="SocialTiktokShopProductsData")


@_attrs_define
class SocialTiktokShopProductsData:
    """
    Attributes:
        creator_type (str | Unset):
        data_source (str | Unset):
        next_page_token (str | Unset):
        products (list[SocialTiktokShopProductsProduct] | Unset):
        total_count (int | Unset):
    """

    creator_type: str | Unset = UNSET
    data_source: str | Unset = UNSET
    next_page_token: str | Unset = UNSET
    products: list[SocialTiktokShopProductsProduct] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creator_type = self.creator_type

        data_source = self.data_source

        next_page_token = self.next_page_token

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creator_type is not UNSET:
            field_dict["creator_type"] = creator_type
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if products is not UNSET:
            field_dict["products"] = products
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_tiktok_shop_products_product import (
            SocialTiktokShopProductsProduct,  # noqa: PLC0415
        )

        d = dict(src_dict)
        creator_type = d.pop("creator_type", UNSET)

        data_source = d.pop("data_source", UNSET)

        next_page_token = d.pop("next_page_token", UNSET)

        _products = d.pop("products", UNSET)
        products: list[SocialTiktokShopProductsProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = SocialTiktokShopProductsProduct.from_dict(
                    products_item_data
                )

                products.append(products_item)

        total_count = d.pop("total_count", UNSET)

        social_tiktok_shop_products_data = cls(
            creator_type=creator_type,
            data_source=data_source,
            next_page_token=next_page_token,
            products=products,
            total_count=total_count,
        )

        social_tiktok_shop_products_data.additional_properties = d
        return social_tiktok_shop_products_data

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

# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsTopProductsProduct")


@_attrs_define
class SocialAnalyticsTopProductsProduct:
    """
    Attributes:
        image_url (str | Unset):
        platform_product_id (str | Unset):
        price_amount (float | Unset):
        price_currency (str | Unset):
        product_id (int | Unset):
        title (str | Unset):
        total_gmv (float | Unset):
        total_items_sold (int | Unset):
        total_orders (int | Unset):
        video_count (int | Unset):
    """

    image_url: str | Unset = UNSET
    platform_product_id: str | Unset = UNSET
    price_amount: float | Unset = UNSET
    price_currency: str | Unset = UNSET
    product_id: int | Unset = UNSET
    title: str | Unset = UNSET
    total_gmv: float | Unset = UNSET
    total_items_sold: int | Unset = UNSET
    total_orders: int | Unset = UNSET
    video_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        platform_product_id = self.platform_product_id

        price_amount = self.price_amount

        price_currency = self.price_currency

        product_id = self.product_id

        title = self.title

        total_gmv = self.total_gmv

        total_items_sold = self.total_items_sold

        total_orders = self.total_orders

        video_count = self.video_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if platform_product_id is not UNSET:
            field_dict["platform_product_id"] = platform_product_id
        if price_amount is not UNSET:
            field_dict["price_amount"] = price_amount
        if price_currency is not UNSET:
            field_dict["price_currency"] = price_currency
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if title is not UNSET:
            field_dict["title"] = title
        if total_gmv is not UNSET:
            field_dict["total_gmv"] = total_gmv
        if total_items_sold is not UNSET:
            field_dict["total_items_sold"] = total_items_sold
        if total_orders is not UNSET:
            field_dict["total_orders"] = total_orders
        if video_count is not UNSET:
            field_dict["video_count"] = video_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        platform_product_id = d.pop("platform_product_id", UNSET)

        price_amount = d.pop("price_amount", UNSET)

        price_currency = d.pop("price_currency", UNSET)

        product_id = d.pop("product_id", UNSET)

        title = d.pop("title", UNSET)

        total_gmv = d.pop("total_gmv", UNSET)

        total_items_sold = d.pop("total_items_sold", UNSET)

        total_orders = d.pop("total_orders", UNSET)

        video_count = d.pop("video_count", UNSET)

        social_analytics_top_products_product = cls(
            image_url=image_url,
            platform_product_id=platform_product_id,
            price_amount=price_amount,
            price_currency=price_currency,
            product_id=product_id,
            title=title,
            total_gmv=total_gmv,
            total_items_sold=total_items_sold,
            total_orders=total_orders,
            video_count=video_count,
        )

        social_analytics_top_products_product.additional_properties = d
        return social_analytics_top_products_product

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

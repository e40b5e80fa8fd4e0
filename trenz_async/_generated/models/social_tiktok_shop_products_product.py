# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_tiktok_shop_products_product_commission import (
        SocialTiktokShopProductsProductCommission,
    )
    from ..models.social_tiktok_shop_products_product_image import (
        SocialTiktokShopProductsProductImage,
    )
    from ..models.social_tiktok_shop_products_product_price import (
        SocialTiktokShopProductsProductPrice,
    )


T = TypeVar("T", bound="SocialTiktokShopProductsProduct")


@_attrs_define
class SocialTiktokShopProductsProduct:
    """
    Attributes:
        added_status (str | Unset):
        brand_name (str | Unset): Brand name
        commission (SocialTiktokShopProductsProductCommission | Unset): Commission info
        detail_link (str | Unset): Product detail URL
        id (str | Unset):
        images (list[SocialTiktokShopProductsProductImage] | Unset):
        inventory_status (str | Unset): Stock status
        is_hidden (bool | Unset): Whether hidden
        price (SocialTiktokShopProductsProductPrice | Unset):
        review_status (str | Unset): Review status
        sale_regions (list[str] | Unset): Sales region
        sales_count (int | Unset): Sales
        shop_name (str | Unset): Seller name
        source (str | Unset): Product source
        title (str | Unset):
    """

    added_status: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    commission: SocialTiktokShopProductsProductCommission | Unset = UNSET
    detail_link: str | Unset = UNSET
    id: str | Unset = UNSET
    images: list[SocialTiktokShopProductsProductImage] | Unset = UNSET
    inventory_status: str | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    price: SocialTiktokShopProductsProductPrice | Unset = UNSET
    review_status: str | Unset = UNSET
    sale_regions: list[str] | Unset = UNSET
    sales_count: int | Unset = UNSET
    shop_name: str | Unset = UNSET
    source: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_status = self.added_status

        brand_name = self.brand_name

        commission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = self.commission.to_dict()

        detail_link = self.detail_link

        id = self.id

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        inventory_status = self.inventory_status

        is_hidden = self.is_hidden

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        review_status = self.review_status

        sale_regions: list[str] | Unset = UNSET
        if not isinstance(self.sale_regions, Unset):
            sale_regions = self.sale_regions

        sales_count = self.sales_count

        shop_name = self.shop_name

        source = self.source

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added_status is not UNSET:
            field_dict["added_status"] = added_status
        if brand_name is not UNSET:
            field_dict["brand_name"] = brand_name
        if commission is not UNSET:
            field_dict["commission"] = commission
        if detail_link is not UNSET:
            field_dict["detail_link"] = detail_link
        if id is not UNSET:
            field_dict["id"] = id
        if images is not UNSET:
            field_dict["images"] = images
        if inventory_status is not UNSET:
            field_dict["inventory_status"] = inventory_status
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if price is not UNSET:
            field_dict["price"] = price
        if review_status is not UNSET:
            field_dict["review_status"] = review_status
        if sale_regions is not UNSET:
            field_dict["sale_regions"] = sale_regions
        if sales_count is not UNSET:
            field_dict["sales_count"] = sales_count
        if shop_name is not UNSET:
            field_dict["shop_name"] = shop_name
        if source is not UNSET:
            field_dict["source"] = source
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_tiktok_shop_products_product_commission import (
            SocialTiktokShopProductsProductCommission,  # noqa: PLC0415
        )
        from ..models.social_tiktok_shop_products_product_image import (
            SocialTiktokShopProductsProductImage,  # noqa: PLC0415
        )
        from ..models.social_tiktok_shop_products_product_price import (
            SocialTiktokShopProductsProductPrice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        added_status = d.pop("added_status", UNSET)

        brand_name = d.pop("brand_name", UNSET)

        _commission = d.pop("commission", UNSET)
        commission: SocialTiktokShopProductsProductCommission | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = SocialTiktokShopProductsProductCommission.from_dict(
                _commission
            )

        detail_link = d.pop("detail_link", UNSET)

        id = d.pop("id", UNSET)

        _images = d.pop("images", UNSET)
        images: list[SocialTiktokShopProductsProductImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = SocialTiktokShopProductsProductImage.from_dict(
                    images_item_data
                )

                images.append(images_item)

        inventory_status = d.pop("inventory_status", UNSET)

        is_hidden = d.pop("is_hidden", UNSET)

        _price = d.pop("price", UNSET)
        price: SocialTiktokShopProductsProductPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = SocialTiktokShopProductsProductPrice.from_dict(_price)

        review_status = d.pop("review_status", UNSET)

        sale_regions = cast(list[str], d.pop("sale_regions", UNSET))

        sales_count = d.pop("sales_count", UNSET)

        shop_name = d.pop("shop_name", UNSET)

        source = d.pop("source", UNSET)

        title = d.pop("title", UNSET)

        social_tiktok_shop_products_product = cls(
            added_status=added_status,
            brand_name=brand_name,
            commission=commission,
            detail_link=detail_link,
            id=id,
            images=images,
            inventory_status=inventory_status,
            is_hidden=is_hidden,
            price=price,
            review_status=review_status,
            sale_regions=sale_regions,
            sales_count=sales_count,
            shop_name=shop_name,
            source=source,
            title=title,
        )

        social_tiktok_shop_products_product.additional_properties = d
        return social_tiktok_shop_products_product

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

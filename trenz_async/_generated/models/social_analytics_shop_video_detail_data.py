# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_analytics_shop_video_detail_daily_metric import (
        SocialAnalyticsShopVideoDetailDailyMetric,
    )
    from ..models.social_analytics_shop_video_detail_product import (
        SocialAnalyticsShopVideoDetailProduct,
    )
    from ..models.social_analytics_shop_video_detail_video import (
        SocialAnalyticsShopVideoDetailVideo,
    )


T = TypeVar("T", bound="SocialAnalyticsShopVideoDetailData")


@_attrs_define
class SocialAnalyticsShopVideoDetailData:
    """
    Attributes:
        daily_metrics (list[SocialAnalyticsShopVideoDetailDailyMetric] | Unset):
        products (list[SocialAnalyticsShopVideoDetailProduct] | Unset):
        video (SocialAnalyticsShopVideoDetailVideo | Unset):
    """

    daily_metrics: list[SocialAnalyticsShopVideoDetailDailyMetric] | Unset = UNSET
    products: list[SocialAnalyticsShopVideoDetailProduct] | Unset = UNSET
    video: SocialAnalyticsShopVideoDetailVideo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.daily_metrics, Unset):
            daily_metrics = []
            for daily_metrics_item_data in self.daily_metrics:
                daily_metrics_item = daily_metrics_item_data.to_dict()
                daily_metrics.append(daily_metrics_item)

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if daily_metrics is not UNSET:
            field_dict["daily_metrics"] = daily_metrics
        if products is not UNSET:
            field_dict["products"] = products
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_analytics_shop_video_detail_daily_metric import (
            SocialAnalyticsShopVideoDetailDailyMetric,  # noqa: PLC0415
        )
        from ..models.social_analytics_shop_video_detail_product import (
            SocialAnalyticsShopVideoDetailProduct,  # noqa: PLC0415
        )
        from ..models.social_analytics_shop_video_detail_video import (
            SocialAnalyticsShopVideoDetailVideo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _daily_metrics = d.pop("daily_metrics", UNSET)
        daily_metrics: list[SocialAnalyticsShopVideoDetailDailyMetric] | Unset = UNSET
        if _daily_metrics is not UNSET:
            daily_metrics = []
            for daily_metrics_item_data in _daily_metrics:
                daily_metrics_item = (
                    SocialAnalyticsShopVideoDetailDailyMetric.from_dict(
                        daily_metrics_item_data
                    )
                )

                daily_metrics.append(daily_metrics_item)

        _products = d.pop("products", UNSET)
        products: list[SocialAnalyticsShopVideoDetailProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = SocialAnalyticsShopVideoDetailProduct.from_dict(
                    products_item_data
                )

                products.append(products_item)

        _video = d.pop("video", UNSET)
        video: SocialAnalyticsShopVideoDetailVideo | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = SocialAnalyticsShopVideoDetailVideo.from_dict(_video)

        social_analytics_shop_video_detail_data = cls(
            daily_metrics=daily_metrics,
            products=products,
            video=video,
        )

        social_analytics_shop_video_detail_data.additional_properties = d
        return social_analytics_shop_video_detail_data

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

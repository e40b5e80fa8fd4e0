# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_detail_data_item import AdsDetailDataItem
    from ..models.ads_detail_image import AdsDetailImage
    from ..models.ads_detail_video import AdsDetailVideo


T = TypeVar("T", bound="AdsDetailData")


@_attrs_define
class AdsDetailData:
    """
    Attributes:
        ad_id (str | Unset): Ad ID
        ad_name (str | Unset): Ad name
        ad_text (str | Unset): Ad copy
        adgroup_id (str | Unset): Ad group ID
        adgroup_name (str | Unset): Ad group name
        advertiser_id (str | Unset): Advertiser account ID
        advertiser_name (str | Unset): Advertiser account name
        bid_price (float | Unset): Bid
        budget (float | Unset): Budget amount
        campaign_id (str | Unset): Campaign ID
        campaign_name (str | Unset): Campaign name
        currency (str | Unset): Currency
        data_items (list[AdsDetailDataItem] | Unset): Performance data
        images (list[AdsDetailImage] | Unset): Image file
        objective_type_desc (str | Unset): Promotion objective description
        operation_status (str | Unset): Operation status
        schedule_end_time (str | Unset): Delivery end time
        schedule_start_time (str | Unset): Delivery start time
        state_desc (str | Unset): Status description
        videos (list[AdsDetailVideo] | Unset): Video file
    """

    ad_id: str | Unset = UNSET
    ad_name: str | Unset = UNSET
    ad_text: str | Unset = UNSET
    adgroup_id: str | Unset = UNSET
    adgroup_name: str | Unset = UNSET
    advertiser_id: str | Unset = UNSET
    advertiser_name: str | Unset = UNSET
    bid_price: float | Unset = UNSET
    budget: float | Unset = UNSET
    campaign_id: str | Unset = UNSET
    campaign_name: str | Unset = UNSET
    currency: str | Unset = UNSET
    data_items: list[AdsDetailDataItem] | Unset = UNSET
    images: list[AdsDetailImage] | Unset = UNSET
    objective_type_desc: str | Unset = UNSET
    operation_status: str | Unset = UNSET
    schedule_end_time: str | Unset = UNSET
    schedule_start_time: str | Unset = UNSET
    state_desc: str | Unset = UNSET
    videos: list[AdsDetailVideo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_id = self.ad_id

        ad_name = self.ad_name

        ad_text = self.ad_text

        adgroup_id = self.adgroup_id

        adgroup_name = self.adgroup_name

        advertiser_id = self.advertiser_id

        advertiser_name = self.advertiser_name

        bid_price = self.bid_price

        budget = self.budget

        campaign_id = self.campaign_id

        campaign_name = self.campaign_name

        currency = self.currency

        data_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_items, Unset):
            data_items = []
            for data_items_item_data in self.data_items:
                data_items_item = data_items_item_data.to_dict()
                data_items.append(data_items_item)

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        objective_type_desc = self.objective_type_desc

        operation_status = self.operation_status

        schedule_end_time = self.schedule_end_time

        schedule_start_time = self.schedule_start_time

        state_desc = self.state_desc

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_id is not UNSET:
            field_dict["ad_id"] = ad_id
        if ad_name is not UNSET:
            field_dict["ad_name"] = ad_name
        if ad_text is not UNSET:
            field_dict["ad_text"] = ad_text
        if adgroup_id is not UNSET:
            field_dict["adgroup_id"] = adgroup_id
        if adgroup_name is not UNSET:
            field_dict["adgroup_name"] = adgroup_name
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if advertiser_name is not UNSET:
            field_dict["advertiser_name"] = advertiser_name
        if bid_price is not UNSET:
            field_dict["bid_price"] = bid_price
        if budget is not UNSET:
            field_dict["budget"] = budget
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if data_items is not UNSET:
            field_dict["data_items"] = data_items
        if images is not UNSET:
            field_dict["images"] = images
        if objective_type_desc is not UNSET:
            field_dict["objective_type_desc"] = objective_type_desc
        if operation_status is not UNSET:
            field_dict["operation_status"] = operation_status
        if schedule_end_time is not UNSET:
            field_dict["schedule_end_time"] = schedule_end_time
        if schedule_start_time is not UNSET:
            field_dict["schedule_start_time"] = schedule_start_time
        if state_desc is not UNSET:
            field_dict["state_desc"] = state_desc
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_detail_data_item import AdsDetailDataItem  # noqa: PLC0415
        from ..models.ads_detail_image import AdsDetailImage  # noqa: PLC0415
        from ..models.ads_detail_video import AdsDetailVideo  # noqa: PLC0415

        d = dict(src_dict)
        ad_id = d.pop("ad_id", UNSET)

        ad_name = d.pop("ad_name", UNSET)

        ad_text = d.pop("ad_text", UNSET)

        adgroup_id = d.pop("adgroup_id", UNSET)

        adgroup_name = d.pop("adgroup_name", UNSET)

        advertiser_id = d.pop("advertiser_id", UNSET)

        advertiser_name = d.pop("advertiser_name", UNSET)

        bid_price = d.pop("bid_price", UNSET)

        budget = d.pop("budget", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        campaign_name = d.pop("campaign_name", UNSET)

        currency = d.pop("currency", UNSET)

        _data_items = d.pop("data_items", UNSET)
        data_items: list[AdsDetailDataItem] | Unset = UNSET
        if _data_items is not UNSET:
            data_items = []
            for data_items_item_data in _data_items:
                data_items_item = AdsDetailDataItem.from_dict(data_items_item_data)

                data_items.append(data_items_item)

        _images = d.pop("images", UNSET)
        images: list[AdsDetailImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = AdsDetailImage.from_dict(images_item_data)

                images.append(images_item)

        objective_type_desc = d.pop("objective_type_desc", UNSET)

        operation_status = d.pop("operation_status", UNSET)

        schedule_end_time = d.pop("schedule_end_time", UNSET)

        schedule_start_time = d.pop("schedule_start_time", UNSET)

        state_desc = d.pop("state_desc", UNSET)

        _videos = d.pop("videos", UNSET)
        videos: list[AdsDetailVideo] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = AdsDetailVideo.from_dict(videos_item_data)

                videos.append(videos_item)

        ads_detail_data = cls(
            ad_id=ad_id,
            ad_name=ad_name,
            ad_text=ad_text,
            adgroup_id=adgroup_id,
            adgroup_name=adgroup_name,
            advertiser_id=advertiser_id,
            advertiser_name=advertiser_name,
            bid_price=bid_price,
            budget=budget,
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            currency=currency,
            data_items=data_items,
            images=images,
            objective_type_desc=objective_type_desc,
            operation_status=operation_status,
            schedule_end_time=schedule_end_time,
            schedule_start_time=schedule_start_time,
            state_desc=state_desc,
            videos=videos,
        )

        ads_detail_data.additional_properties = d
        return ads_detail_data

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
